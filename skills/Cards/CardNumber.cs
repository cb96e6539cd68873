namespace OpsBot.Skills.Cards;

/// <summary>
/// A 15-digit American Express card number. Its <see cref="ToString"/> is masked on purpose: a card number that
/// slips into a log line, an exception or a reply shows only its last four digits.
/// </summary>
public readonly record struct CardNumber
{
    public const int Length = 15;

    private CardNumber(string digits) => Digits = digits;

    /// <summary>The full number. Only account data and matching may read it; never print it.</summary>
    public string Digits { get; }

    public string LastFour => Digits[^4..];

    public string Masked => CardMask.MaskLastFour(LastFour);

    public override string ToString() => Masked;

    public static bool TryParse(string? text, out CardNumber card, out CardNumberProblem problem)
    {
        card = default;
        var digits = CardReference.DigitsOnly(text);
        if (digits.Length == 0) { problem = CardNumberProblem.NoDigits; return false; }
        if (digits.Length != Length) { problem = CardNumberProblem.WrongLength; return false; }
        if (!(digits.StartsWith("34", StringComparison.Ordinal) || digits.StartsWith("37", StringComparison.Ordinal)))
        { problem = CardNumberProblem.NotAmex; return false; }
        if (!Luhn.IsValid(digits)) { problem = CardNumberProblem.FailsLuhn; return false; }
        card = new CardNumber(digits);
        problem = CardNumberProblem.None;
        return true;
    }

    public static CardNumber Parse(string text) =>
        TryParse(text, out var card, out var problem)
            ? card
            : throw new FormatException($"Not a valid card number ({problem}).");
}

public enum CardNumberProblem { None, NoDigits, WrongLength, NotAmex, FailsLuhn }
