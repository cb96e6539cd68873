using System.Globalization;

namespace OpsBot.Skills.Formatting;

/// <summary>
/// Amounts and dates the way Canadians read them, in English and in French, whatever the current culture is.
/// Written out by hand rather than left to the platform's culture data, whose spaces differ between versions.
/// </summary>
public static class CanadianFormat
{
    public const char Nbsp = '\u00A0';

    public static string Money(decimal amount, string language, string currency = "CAD")
    {
        var negative = amount < 0;
        var number = Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);
        var symbol = currency == "CAD" ? "$" : currency;
        string text;
        if (IsFrench(language))
        {
            number = number.Replace(',', Nbsp).Replace('.', ',');
            text = $"{number}{Nbsp}{symbol}";
            if (currency == "USD") text = $"{number}{Nbsp}$ US";
        }
        else
        {
            text = currency switch
            {
                "CAD" => "$" + number,
                "USD" => "US$" + number,
                _ => $"{number} {currency}",
            };
        }
        return negative ? "-" + text : text;
    }

    /// <summary>en: "November 30, 2026"; fr: "30 novembre 2026" (and "1er décembre 2026").</summary>
    public static string Date(DateOnly date, string language)
    {
        if (IsFrench(language))
        {
            var day = date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
            return $"{day} {FrenchMonths[date.Month - 1]} {date.Year}";
        }
        return $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}";
    }

    /// <summary>"le 30 novembre 2026" in French sentences; the English date is unchanged.</summary>
    public static string DateInSentence(DateOnly date, string language) =>
        IsFrench(language) ? "le " + Date(date, language) : Date(date, language);

    /// <summary>2026-11-30: the form tables use in both languages.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool IsFrench(string? language) =>
        language is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    public static CultureInfo Culture(string language) =>
        CultureInfo.GetCultureInfo(IsFrench(language) ? "fr-CA" : "en-CA");

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
}
