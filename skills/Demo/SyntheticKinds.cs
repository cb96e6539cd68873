namespace OpsBot.Skills.Demo;

/// <summary>What went wrong (or not) with a synthetic payment's reference: the ground truth research is scored on.</summary>
public enum PaymentKind
{
    Clean,
    OldCard,
    Substitution,
    AdjacentTransposition,
    OmittedDigit,
    AddedDigit,
    JumpTransposition,
    Twin,
    JumpTwin,
    Phonetic,
    LastDigits,
    NoReference,
    NonCustomer,
}

public static class PaymentKinds
{
    /// <summary>The kinds that are one keying error away from a card number on file.</summary>
    public static bool IsSingleKeyingError(this PaymentKind kind) => kind is PaymentKind.Substitution
        or PaymentKind.AdjacentTransposition or PaymentKind.OmittedDigit or PaymentKind.AddedDigit
        or PaymentKind.JumpTransposition or PaymentKind.Twin or PaymentKind.JumpTwin or PaymentKind.Phonetic;
}

/// <summary>
/// How often each kind happens. Keying errors follow Verhoeff's proportions (substitutions about 79%, adjacent
/// transpositions about 10%, omitted/added digits about 10%, the rest under 1% each); the other exception kinds
/// are the ones analysts meet daily.
/// </summary>
public sealed record PaymentMix
{
    /// <summary>Share of payments that cannot be credited straight through (about a fifth on a normal day).</summary>
    public double ExceptionShare { get; init; } = 0.2;
    /// <summary>Share of clean payments made with a replaced card's number (credited straight through all the same).</summary>
    public double OldCardShareOfClean { get; init; } = 0.05;

    public IReadOnlyDictionary<PaymentKind, double> ExceptionWeights { get; init; } = new Dictionary<PaymentKind, double>
    {
        [PaymentKind.Substitution] = 0.79 * 0.55,
        [PaymentKind.AdjacentTransposition] = 0.10 * 0.55,
        [PaymentKind.OmittedDigit] = 0.05 * 0.55,
        [PaymentKind.AddedDigit] = 0.04 * 0.55,
        [PaymentKind.JumpTransposition] = 0.008 * 0.55,
        [PaymentKind.Twin] = 0.005 * 0.55,
        [PaymentKind.JumpTwin] = 0.003 * 0.55,
        [PaymentKind.Phonetic] = 0.005 * 0.55,
        [PaymentKind.LastDigits] = 0.12,
        [PaymentKind.NoReference] = 0.18,
        [PaymentKind.NonCustomer] = 0.15,
    };

    /// <summary>Every keying-error kind equally often: for measuring accuracy per kind, not for realism.</summary>
    public static PaymentMix EveryKeyingErrorAlike { get; } = new()
    {
        ExceptionShare = 0.5,
        ExceptionWeights = Enum.GetValues<PaymentKind>().Where(k => k.IsSingleKeyingError() || k is PaymentKind.NonCustomer or PaymentKind.LastDigits or PaymentKind.NoReference)
            .ToDictionary(k => k, _ => 1.0),
    };
}
