using System.Text.RegularExpressions;

namespace OpsBot.Skills.Cards;

/// <summary>
/// Masks card numbers wherever they could appear in text that leaves the account data: references, memos,
/// messages, logs. PCI DSS allows the last four digits at most for this product.
/// </summary>
public static partial class CardMask
{
    /// <summary>"•••• •••••• •1005": the Amex 4-6-5 grouping with everything but the last four hidden.</summary>
    public static string MaskLastFour(string lastFour) => "•••• •••••• •" + lastFour;

    // A run of 12 to 19 digits, possibly broken by single spaces (plain or non-breaking) or dashes: every card
    // brand's length. A run glued to letters is an identifier (the bank reference BR2612010000017), not a card
    // number, unless the letters are a word customers put before one ("AMEX371…", "VISA4…").
    [GeneratedRegex(@"(?:(?<![\p{L}\d])|(?<=(?:AMEX|VISA|MC|CARD|CARTE|ACCT|NO)))\d(?:[ \-\u00A0\u202F]?\d){11,18}(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PanLike();

    /// <summary>True when the text holds a digit run long enough to be a card number of any brand.</summary>
    public static bool ContainsPanLike(string? text) => text is not null && PanLike().IsMatch(text);

    /// <summary>
    /// Replaces every card-length digit run in <paramref name="text"/> by its masked form. Any run of 12 to 19
    /// digits is masked, Luhn-valid or not: a mistyped card number is still mostly somebody's card number.
    /// </summary>
    public static string? MaskText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        return PanLike().Replace(text, m =>
        {
            var digits = CardReference.DigitsOnly(m.Value);
            return MaskLastFour(digits[^4..]);
        });
    }
}
