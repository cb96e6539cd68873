using OpsBot.Skills.Cards;

namespace OpsBot.Skills.Lookup;

/// <summary>
/// A full card number an analyst typed into chat. It lives for one turn only: it is used to look payments up and is
/// never stored, logged or echoed. <see cref="ToString"/> is masked so that it cannot slip into a message by accident.
/// </summary>
public sealed class PastedCardNumber
{
    public PastedCardNumber(string digits)
    {
        if (digits.Length < 12 || !digits.All(char.IsAsciiDigit))
            throw new ArgumentException("A pasted card number is 12 to 19 digits.", nameof(digits));
        Digits = digits;
    }

    /// <summary>The digits. Only the lookup may read them; never print them.</summary>
    public string Digits { get; }

    public string LastFour => Digits[^4..];

    public override string ToString() => CardMask.MaskLastFour(LastFour);
}
