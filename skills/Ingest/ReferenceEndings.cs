using System.Text.RegularExpressions;

namespace OpsBot.Skills.Ingest;

/// <summary>
/// The last digits of a card when that is all the remitter gave: "ending 91005", "xxxx 1005", "****1005",
/// "XXXX-XXXXXX-X1005", "se terminant par 1005", or a reference of just four or five digits. Four or five digits
/// are not a card number, so they are kept in the clear for research to search on.
/// </summary>
public static partial class ReferenceEndings
{
    [GeneratedRegex(@"\b(?:ending(?:\s+(?:in|with))?|ends\s+(?:in|with)|last\s*(?:4|5|four|five)?\s*(?:digits)?|(?:se\s+)?terminant\s+par|finissant\s+par|(?:4|5|quatre|cinq)?\s*derniers\s+chiffres)\s*[:#\-]?\s*(?<digits>\d{4,5})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spoken();

    [GeneratedRegex(@"(?<![\p{L}\d])[xX*•]{2,}(?:[\s\-]*[xX*•]+)*[\s\-]*(?<digits>\d{4,5})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Masked();

    [GeneratedRegex(@"^\s*(?<digits>\d{4,5})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    /// <summary>The four or five last digits the text gives, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var pattern in new[] { Spoken(), Masked(), Bare() })
            if (pattern.Match(text) is { Success: true } m) return m.Groups["digits"].Value;
        return null;
    }
}
