using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using OpsBot.Skills.Lookup;
using OpsBot.Skills.Time;

namespace OpsBot.Dialogs.Understanding;

/// <summary>
/// The deterministic recognizer (no model): intents from patterns in English and French, entities from
/// Microsoft.Recognizers.Text (amounts, dates, numbers) and from patterns (payment references, card endings, names).
/// Dates are resolved against Canada's clock (<see cref="OpsClock"/>).
/// </summary>
public sealed partial class OpsRecognizer(OpsClock clock, IEnumerable<IntentPattern>? featurePatterns = null)
{
    private readonly IReadOnlyList<IntentPattern> _patterns = [.. featurePatterns ?? [], .. IntentPattern.BuiltIn];

    public Understood Recognize(string text, string fallbackLanguage, IReadOnlyList<PastedCardNumber>? pasted = null)
    {
        if (pasted is null)
        {
            // Not masked by the middleware (a direct call): take the numbers out here.
            var (masked, numbers) = PastedCardNumbers.Extract(text);
            text = masked;
            pasted = numbers;
        }
        var detected = LanguageDetector.Detect(text);
        var language = detected ?? Layer.Languages.Normalize(fallbackLanguage);
        var work = new StringBuilder(text);

        var references = Take(work, BankReference()).Select(r => r.ToUpperInvariant()).Distinct().ToList();
        var accounts = Take(work, AccountId()).Select(a => a.ToUpperInvariant()).Distinct().ToList();
        Take(work, MaskedCard());
        var ending = Take(work, CardEnding(), "d").FirstOrDefault();
        var status = ReadStatus(text);
        var (amount, numbersSeen) = ReadAmounts(work, language, out var dateText);
        var dates = ReadDates(dateText, language);

        var (intent, requested) = FindIntent(text);
        var understood = new Understood
        {
            Text = text,
            Language = detected,
            RequestedLanguage = requested,
            BankReferences = references,
            AccountIds = accounts,
            CardEnding = ending,
            PastedCards = pasted,
            PayerName = ReadPayerName(text),
            Amount = amount,
            Dates = dates,
            Status = status,
            Numbers = numbersSeen,
        };
        if (intent == Intents.None && understood.HasLookupCriteria) intent = Intents.Lookup;
        return understood with { Intent = intent };
    }

    /// <summary>One amount of money in <paramref name="text"/> ("$1,234.56", "1 234,56 $", "250"), or null.</summary>
    public decimal? ReadAmount(string text, string language)
    {
        var normalized = NormalizeSpacedThousands(text);
        foreach (var culture in Cultures(language))
        {
            var currency = NumberWithUnitRecognizer.RecognizeCurrency(normalized, culture).Select(AmountOf).FirstOrDefault(a => a is not null);
            if (currency is { } found) return found;
            var number = NumberRecognizer.RecognizeNumber(normalized, culture).Select(NumberOf).FirstOrDefault(n => n is not null);
            if (number is { } n) return n;
        }
        return null;
    }

    /// <summary>The day or range of days <paramref name="text"/> names ("yesterday", "du 1er au 3 novembre"), or null.</summary>
    public DateRange? ReadDates(string text, string language)
    {
        var today = clock.Today;
        var reference = clock.Now.DateTime;
        foreach (var culture in Cultures(language))
        {
            foreach (var result in DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, reference))
            {
                if (DateRangeOf(result, today) is { } range) return range;
            }
        }
        return null;
    }

    private (string Intent, string? Requested) FindIntent(string text)
    {
        foreach (var pattern in _patterns)
        {
            if (!pattern.Pattern.IsMatch(text)) continue;
            if (pattern.Intent != Intents.Language) return (pattern.Intent, null);
            var french = Regex.IsMatch(text, @"fran[cç]ais|french", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            return (Intents.Language, french ? Layer.Languages.French : Layer.Languages.English);
        }
        return (Intents.None, null);
    }

    // ----- entities -----

    [GeneratedRegex(@"\b[A-Za-z]{2,4}\d{6,}[A-Za-z0-9]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex BankReference();

    [GeneratedRegex(@"\b[Aa]\d{7}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccountId();

    [GeneratedRegex(@"•[•\s]*\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex MaskedCard();

    [GeneratedRegex(@"(?:(?:card|carte)\s+)?(?:ending(?:\s+(?:in|with))?|ends?\s+(?:in|with)|last\s+(?:4|four)(?:\s+digits)?(?:\s+(?:of|are))?|(?:se\s+)?terminant\s+par|finissant\s+par|qui\s+(?:se\s+)?termine\s+par|qui\s+finit\s+par|(?:4|quatre)\s+derniers\s+chiffres(?:\s+sont)?)\s*:?\s*(?<d>\d{4,5})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CardEnding();

    // "5 000", "1 234,56": French thousands separated by spaces, which the recognizers do not read inside a decimal.
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d{1,2})?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedThousands();

    [GeneratedRegex(@"(?:\bover|\babove|\bmore\s+than|\bgreater\s+than|>|\bplus\s+de|\bau-dessus\s+de|\bsup[ée]rieurs?\s+[àa]|\bexceeding|\bd[ée]passant)\s*\$?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Over();

    [GeneratedRegex(@"(?:\bat\s+least|\bminimum(?:\s+of)?|\bau\s+moins|\bd'au\s+moins|≥|>=)\s*\$?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"(?:\bunder|\bbelow|\bless\s+than|<|\bmoins\s+de|\bsous|\binf[ée]rieurs?\s+[àa]|\bat\s+most|\bau\s+plus|\bmaximum(?:\s+of)?|≤|<=)\s*\$?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Under();

    [GeneratedRegex(@"(?:\bbetween|\bentre|\bfrom|\bde)\s*\$?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    [GeneratedRegex(@"(?:\bof|\bfor|\bamount|\bamounting\s+to|\bde|\bd'|\bpour|\bmontant(?:\s+de)?|\bà|\$)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountWord();

    [GeneratedRegex(@"(?:\b(?:from|by|payer|payor|remitter|de|par|payeur|pay[ée]s?\s+par)\s+|\bd['’])(?<name>\p{L}[\p{L}'’\-.]*(?:\s+\p{L}[\p{L}'’\-.]*){0,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayerPhrase();

    private static readonly HashSet<string> NameStopWords = new(System.StringComparer.Ordinal)
    {
        // English
        "yesterday", "today", "tomorrow", "last", "this", "next", "on", "in", "over", "under", "above", "below", "between",
        "received", "paid", "card", "ending", "for", "with", "of", "the", "and", "or", "since", "before", "after", "amount",
        "status", "unapplied", "applied", "returned", "week", "month", "year", "day", "days", "payment", "payments", "to",
        "at", "a", "an", "ago", "that", "which", "who", "dated", "over", "more", "less", "than", "least",
        // French
        "hier", "aujourd", "hui", "demain", "dernier", "derniere", "derniers", "la", "le", "les", "l", "ce", "cette", "ces",
        "semaine", "mois", "annee", "jour", "jours", "recu", "recus", "recue", "recues", "paye", "payes", "plus", "moins",
        "entre", "depuis", "avant", "apres", "pour", "avec", "du", "des", "au", "aux", "carte", "se", "terminant", "montant",
        "non", "appliques", "applique", "suspens", "et", "ou", "paiement", "paiements", "versement", "versements", "il", "y",
        "a", "qui", "un", "une", "statut", "retournes", "mon", "ma", "mes", "son", "sa", "ses",
        // Months and days, both languages
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    };

    private static string? ReadPayerName(string text)
    {
        foreach (Match m in PayerPhrase().Matches(text))
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kept = new List<string>();
            foreach (var word in words)
            {
                var plain = PayerNames.Words(word);
                if (plain.Length == 0 || plain.Any(NameStopWords.Contains)) break;
                kept.Add(word.TrimEnd('.', ','));
            }
            if (kept.Count > 0) return string.Join(' ', kept);
        }
        return null;
    }

    private static PaymentStatusFilter ReadStatus(string text)
    {
        var lower = text.ToLowerInvariant();
        if (Regex.IsMatch(lower, @"\bpartially\s+applied\b|\bpartiellement\b")) return PaymentStatusFilter.PartiallyApplied;
        if (Regex.IsMatch(lower, @"\bunapplied\b|\bnon[- ]appliqu|\bnon[- ]affect|\ben\s+suspens\b|\bsuspense\b|\bopen\s+(payments|items)\b")) return PaymentStatusFilter.Open;
        if (Regex.IsMatch(lower, @"\breturned\b|\bretourn[ée]s?\b|\brenvoy[ée]s?\b")) return PaymentStatusFilter.Returned;
        if (Regex.IsMatch(lower, @"\bapplied\b|\bappliqu(é|és|ée|ées)\b|\bcredited\b|\bcr[ée]dit[ée]s\b")) return PaymentStatusFilter.Applied;
        return PaymentStatusFilter.Any;
    }

    /// <summary>
    /// Amounts: those with a currency first, then numbers after a comparison ("over 5000") or an amount word
    /// ("de 250"). What was read is blanked out so that the dates are read from what is left.
    /// </summary>
    private static (AmountRange? Amount, IReadOnlyList<decimal> Numbers) ReadAmounts(StringBuilder work, string language, out string rest)
    {
        var text = NormalizeSpacedThousands(work.ToString());
        var culture = Cultures(language).First();
        var found = new List<(int Start, int End, decimal Value, string Currency)>();
        foreach (var r in NumberWithUnitRecognizer.RecognizeCurrency(text, culture))
            if (AmountOf(r) is { } value) found.Add((r.Start, r.End, value, CurrencyOf(r)));
        var numbers = new List<decimal>();
        var numberResults = NumberRecognizer.RecognizeNumber(text, culture)
            .Where(r => NumberOf(r) is not null && !found.Any(f => r.Start >= f.Start && r.End <= f.End))
            .ToList();
        foreach (var r in numberResults)
        {
            numbers.Add(NumberOf(r)!.Value);
            var before = text[..r.Start];
            if (Over().IsMatch(before) || AtLeast().IsMatch(before) || Under().IsMatch(before) || Between().IsMatch(before))
                found.Add((r.Start, r.End, NumberOf(r)!.Value, "CAD"));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        AmountRange? range = null;
        if (found.Count >= 2 && Between().IsMatch(text[..found[0].Start]) && Regex.IsMatch(text[found[0].End..found[1].Start], @"^\W*(and|to|et|à|a|-)\W*$", RegexOptions.IgnoreCase))
        {
            range = new AmountRange(Math.Min(found[0].Value, found[1].Value), Math.Max(found[0].Value, found[1].Value), found[0].Currency);
        }
        else if (found.Count > 0)
        {
            var (start, _, value, currency) = found[0];
            var before = text[..start];
            range = Over().IsMatch(before) ? new AmountRange(value + 0.01m, null, currency)
                : AtLeast().IsMatch(before) ? new AmountRange(value, null, currency)
                : Under().IsMatch(before) ? new AmountRange(null, value - 0.01m, currency)
                : new AmountRange(value, value, currency);
        }

        var blanked = new StringBuilder(text);
        foreach (var (start, end, _, _) in found) Blank(blanked, start, end + 1 - start);
        rest = blanked.ToString();

        if (range is null)
        {
            // A bare number is an amount only when a word says so ("paiements de 250 reçus hier"), and not if it
            // turns out to be part of a date.
            foreach (var r in numberResults)
            {
                if (!AmountWord().IsMatch(text[..r.Start])) continue;
                var dateless = DateTimeRecognizer.RecognizeDateTime(text, culture).Any(d => r.Start >= d.Start && r.End <= d.End);
                if (dateless) continue;
                var value = NumberOf(r)!.Value;
                range = new AmountRange(value, value);
                Blank(blanked, r.Start, r.End + 1 - r.Start);
                rest = blanked.ToString();
                break;
            }
        }
        return (range, numbers);
    }

    private static DateRange? DateRangeOf(ModelResult result, DateOnly today)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
            return null;
        var list = values.ToList();
        var candidates = new List<DateRange>();
        foreach (var v in list)
        {
            var type = v.GetValueOrDefault("type");
            if (type is "date" or "datetime" && Day(v.GetValueOrDefault("value")) is { } day)
                candidates.Add(new DateRange(day, day));
            else if (type is "daterange" or "datetimerange" && Day(v.GetValueOrDefault("start")) is { } start)
            {
                var end = Day(v.GetValueOrDefault("end")) ?? today;
                // "(2026-11-01,2026-11-03,P2D)" is a range the user spelled out: its end day is meant. A named period
                // ("last week", "2026-11") ends the day before its "end".
                var spelledOut = v.GetValueOrDefault("timex")?.StartsWith('(') == true && type == "daterange";
                if (!spelledOut && end > start) end = end.AddDays(-1);
                candidates.Add(new DateRange(start, end < start ? start : end));
            }
        }
        if (candidates.Count == 0) return null;
        // "November 3" could be this year's or next year's: payments are in the past, so the latest one not after today.
        return candidates.Where(c => c.From <= today).OrderByDescending(c => c.From).FirstOrDefault() ?? candidates[0];
    }

    private static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static decimal? AmountOf(ModelResult r) =>
        r.Resolution?.GetValueOrDefault("value") is string s && Resolved(s) is { } d && d >= 0 ? d : null;

    // Resolved values carry no thousands separators, but the French recognizers write the decimal comma ("1234,56").
    private static decimal? Resolved(string value)
    {
        var text = value.Contains('.') ? value.Replace(",", "") : value.Replace(',', '.');
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static string CurrencyOf(ModelResult r) =>
        r.Resolution?.GetValueOrDefault("isoCurrency") as string is { Length: 3 } iso ? iso
        : r.Resolution?.GetValueOrDefault("unit") as string is "United States dollar" ? "USD" : "CAD";

    private static decimal? NumberOf(ModelResult r) =>
        r.Resolution?.GetValueOrDefault("subtype") as string is "integer" or "decimal"
        && r.Resolution.GetValueOrDefault("value") is string s ? Resolved(s) : null;

    private static string NormalizeSpacedThousands(string text) =>
        SpacedThousands().Replace(text, m => new string(m.Value.Where(c => c is not (' ' or '\u00A0' or '\u202F')).ToArray()).PadRight(m.Length));

    private static IEnumerable<string> Cultures(string language) =>
        Layer.Languages.Normalize(language) == Layer.Languages.French ? [Culture.French, Culture.English] : [Culture.English, Culture.French];

    private static List<string> Take(StringBuilder work, Regex pattern, string? group = null)
    {
        var taken = new List<string>();
        foreach (Match m in pattern.Matches(work.ToString()))
        {
            taken.Add(group is null ? m.Value : m.Groups[group].Value);
            Blank(work, m.Index, m.Length);
        }
        return taken;
    }

    private static void Blank(StringBuilder work, int start, int length)
    {
        for (var i = start; i < start + length && i < work.Length; i++) work[i] = ' ';
    }
}
