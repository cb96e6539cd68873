namespace OpsBot.Skills.Research.References;

/// <summary>The ways people mistype a number (after Verhoeff's classification), and "two digits wrong".</summary>
public enum KeyingError
{
    /// <summary>One digit typed for another: 3714… → 3715…</summary>
    Substitution,
    /// <summary>Two neighbouring digits swapped: …47… → …74…</summary>
    AdjacentTransposition,
    /// <summary>A digit left out: 14 digits instead of 15.</summary>
    OmittedDigit,
    /// <summary>A digit typed twice or added: 16 digits instead of 15.</summary>
    AddedDigit,
    /// <summary>Two digits one apart swapped: abc → cba. Luhn cannot see it.</summary>
    JumpTransposition,
    /// <summary>A doubled digit typed as another doubled digit: aa → bb.</summary>
    Twin,
    /// <summary>aca → bcb.</summary>
    JumpTwin,
    /// <summary>Heard or read wrong: 13 ↔ 30, 14 ↔ 40, … 19 ↔ 90.</summary>
    Phonetic,
    /// <summary>Two digits wrong: rarer, and far more numbers are that close, so it is weaker evidence.</summary>
    TwoSubstitutions,
}
