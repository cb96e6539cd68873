using System.Globalization;
using System.Text;

namespace OpsBot.Skills.Lookup;

/// <summary>Names compared the way people read them: no accents, no case, words in any order.</summary>
public static class PayerNames
{
    /// <summary>"Côté, Jean-François" → ["cote", "jean", "francois"].</summary>
    public static string[] Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [];
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// True when every word asked for is a word of the payer's name, or the start of one when it has three letters
    /// or more ("Trem" finds "Tremblay").
    /// </summary>
    public static bool Matches(string? payerName, string asked)
    {
        var payer = Words(payerName);
        var wanted = Words(asked);
        if (wanted.Length == 0 || payer.Length == 0) return false;
        return wanted.All(w => payer.Any(p => p == w || (w.Length >= 3 && p.StartsWith(w, StringComparison.Ordinal))));
    }
}
