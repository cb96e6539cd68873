using System.Text;
using System.Text.RegularExpressions;
using OpsBot.Skills.Cards;

namespace OpsBot.Skills.Emails.Model;

/// <summary>
/// What may cross to a language model. A card number must never cross: <see cref="HoldsCardNumber"/> looks for any
/// card-length digit run, also one broken by non-breaking spaces or typographic dashes (or their JSON escapes),
/// which <see cref="CardMask.ContainsPanLike"/> alone reads as separate numbers.
/// </summary>
public static partial class ModelBoundary
{
    [GeneratedRegex(@"\\u(?:00[aA]0|200[0-9aA]|202[fF]|2011|2012|2013|2014)|\\t")]
    private static partial Regex JsonEscapedSeparator();

    public static bool HoldsCardNumber(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        if (CardMask.ContainsPanLike(text)) return true;
        var plain = JsonEscapedSeparator().Replace(text, " ");
        var sb = new StringBuilder(plain.Length);
        foreach (var c in plain)
            sb.Append(c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            });
        return CardMask.ContainsPanLike(sb.ToString());
    }
}
