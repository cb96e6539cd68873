using System.Text.RegularExpressions;

namespace OpsBot.Skills.Cards;

/// <summary>
/// Finds card numbers in clear text: 15-digit Luhn-valid Amex numbers, plain or grouped 4-6-5 with spaces or
/// dashes. PCI DSS asks that logs and outputs be searched for them; a hit is a finding.
/// </summary>
public static partial class PanScanner
{
    [GeneratedRegex(@"(?<![\d])3[47]\d{2}[ \-]?\d{6}[ \-]?\d{5}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex AmexLike();

    public static IEnumerable<PanFinding> Scan(string text, string source)
    {
        var line = 1;
        var lineStart = 0;
        foreach (Match m in AmexLike().Matches(text))
        {
            var digits = CardReference.DigitsOnly(m.Value);
            if (!Luhn.IsValid(digits)) continue;
            for (var i = lineStart; i < m.Index; i++)
                if (text[i] == '\n') line++;
            lineStart = m.Index;
            yield return new PanFinding(source, line, CardMask.MaskLastFour(digits[^4..]));
        }
    }

    public static IEnumerable<PanFinding> ScanFile(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException) { yield break; }
        foreach (var finding in Scan(text, path)) yield return finding;
    }
}

/// <summary>Where a card number was found; the number itself is never repeated, only its last four digits.</summary>
public sealed record PanFinding(string Source, int Line, string Masked)
{
    public override string ToString() => $"{Source}:{Line}: card number {Masked} in clear text";
}
