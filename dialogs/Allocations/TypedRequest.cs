using System.Globalization;
using System.Text.RegularExpressions;
using OpsBot.Skills.Allocations;

namespace OpsBot.Dialogs.Allocations;

/// <summary>One account of a typed allocation, with the amount typed for it (none: what is left of the payment).</summary>
public sealed record AskedLine(string AccountId, decimal? Amount);

/// <summary>
/// What a typed request says: "allocate BR2611300000017 to A0001234", "100 to A0000001 and 50.25 to A0000002",
/// "répartir BR… 100 $ au compte A0000001 et 50,25 $ au compte A0000002", with an optional note after a colon or
/// "because". Read with patterns only (no model), so what is read is exactly what was typed.
/// </summary>
public static partial class TypedRequest
{
    /// <summary>
    /// The accounts and amounts of a message. <paramref name="unclear"/> is what could not be read: an amount that is
    /// not plainly dollars and cents, or a number not written next to its account ("A0000001 100"), which is never
    /// taken for what is left of the payment.
    /// </summary>
    public static IReadOnlyList<AskedLine> Lines(string text, out string? unclear)
    {
        unclear = null;
        var work = Blank(Before(text), BankReference());
        var lines = new List<AskedLine>();
        var paired = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in AmountToAccount().Matches(work))
        {
            var account = m.Groups["account"].Value.ToUpperInvariant();
            var amount = Amount(m.Groups["amount"].Value);
            if (amount is null) { unclear ??= m.Groups["amount"].Value.Trim(); continue; }
            lines.Add(new AskedLine(account, amount));
            paired.Add(account);
        }
        work = Blank(work, AmountToAccount());
        foreach (Match m in Account().Matches(work))
        {
            var account = m.Value.ToUpperInvariant();
            if (paired.Add(account)) lines.Add(new AskedLine(account, null));
        }
        if (Stray().Match(Blank(work, Account())) is { Success: true } stray) unclear ??= stray.Value.Trim();
        return lines;
    }

    private static string Blank(string text, Regex pattern) => pattern.Replace(text, m => new string(' ', m.Length));

    /// <summary>
    /// A dollar amount as people type it in either language: "50.25", "50,25", "1,234.56", "1 234,56 $", "$100".
    /// Null when it is not plainly dollars and cents (three decimals, letters): an amount is never guessed.
    /// </summary>
    public static decimal? Amount(string typed)
    {
        var s = new string(typed.Where(c => c is not ('$' or ' ' or '\u00A0' or '\u202F')).ToArray());
        if (EnglishThousands().IsMatch(s)) s = s.Replace(",", "");
        else if (PlainDecimal().IsMatch(s)) s = s.Replace(',', '.');
        else return null;
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }

    /// <summary>The reason or note typed after ":", "because", "parce que" (or "car", in French); null when none.</summary>
    public static string? Reason(string text, string language)
    {
        var m = (language == "fr" ? FrenchReason() : Reason()).Match(text);
        var why = m.Success ? m.Groups["why"].Value.Trim() : "";
        return why.Length == 0 ? null : why;
    }

    /// <summary>The text before its reason, so that numbers in a note are not read as amounts.</summary>
    private static string Before(string text)
    {
        var m = FrenchReason().Match(text);
        return m.Success ? text[..m.Index] : text;
    }

    /// <summary>The lines as the service takes them, once every amount is known.</summary>
    public static IReadOnlyList<AllocationLine> ToLines(IEnumerable<AskedLine> asked) =>
        asked.Select(l => new AllocationLine(l.AccountId, l.Amount ?? throw new InvalidOperationException("A line without an amount."))).ToList();

    [GeneratedRegex(@"\b[A-Za-z]{2,4}\d{6,}[A-Za-z0-9]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex BankReference();

    [GeneratedRegex(@"\b[Aa]\d{4,10}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Account();

    [GeneratedRegex(@"(?<![\w.,$])(?<amount>\$?\s?\d[\d \u00A0\u202F.,]*?)\s*\$?\s*(?:to|on|for|into|à|a|au|sur|pour|vers)?\s*(?:(?:the\s+)?account|(?:le\s+)?compte)?\s*(?<account>\b[Aa]\d{4,10})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountToAccount();

    [GeneratedRegex(@"\$?\d[\d \u00A0\u202F.,]*\$?", RegexOptions.CultureInvariant)]
    private static partial Regex Stray();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishThousands();

    [GeneratedRegex(@"^\d+([.,]\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainDecimal();

    [GeneratedRegex(@"(?:\s*:|\s+[—–]\s|\s+-\s|\bbecause(?:\s+of)?\b|\breason\s*:?|\bnote\s*:?|\bparce\s+qu[e']|\bmotif\s*:?|\braison\s*:?)\s*(?<why>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Reason();

    [GeneratedRegex(@"(?:\s*:|\s+[—–]\s|\s+-\s|\bbecause(?:\s+of)?\b|\breason\s*:?|\bnote\s*:?|\bparce\s+qu[e']|\bcar\b|\bmotif\s*:?|\braison\s*:?)\s*(?<why>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex FrenchReason();
}
