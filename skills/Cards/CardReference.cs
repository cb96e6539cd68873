using System.Text;
using System.Text.RegularExpressions;

namespace OpsBot.Skills.Cards;

/// <summary>What a remitter typed as the reference, normalized the way a card number would be.</summary>
public static partial class CardReference
{
    [GeneratedRegex(@"^\s*(?:AMEX|AMERICAN\s+EXPRESS|CARD|CARTE|ACCT|ACCOUNT|COMPTE|NO|N°|#)[\s:.#\-]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWord();

    public static string DigitsOnly(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) if (c is >= '0' and <= '9') sb.Append(c);
        return sb.ToString();
    }

    /// <summary>
    /// The reference as the digits a card number would be, once spaces, dashes and a leading word such as
    /// "AMEX" are taken away; null when anything else is left (letters, other punctuation), so that
    /// "INV 2024 0001" is never read as a card number.
    /// </summary>
    public static string? NormalizeToDigits(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        var text = reference.Trim();
        // Leading words may repeat: "AMEX CARD 3714 ...".
        for (var i = 0; i < 3; i++)
        {
            var stripped = LeadingWord().Replace(text, "");
            if (stripped == text) break;
            text = stripped;
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9') sb.Append(c);
            else if (c is ' ' or '-' or '\u00A0' or '.' ) continue;
            else return null;
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
