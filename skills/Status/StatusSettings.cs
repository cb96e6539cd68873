using System.Globalization;
using Microsoft.Extensions.Configuration;
using OpsBot.Skills.Calendar;

namespace OpsBot.Skills.Status;

/// <summary>
/// The SLA and what the status shows. Settings: <c>Sla:BusinessDays</c> (default 1: applied within one business day
/// of receipt), <c>Sla:Holidays</c> (federal | quebec), <c>Status:OldestShown</c>, <c>Status:TopReasonsShown</c>.
/// </summary>
public sealed record StatusSettings
{
    public int SlaBusinessDays { get; init; } = 1;
    public HolidaySet Holidays { get; init; } = HolidaySet.Federal;
    public int OldestShown { get; init; } = 5;
    public int TopReasonsShown { get; init; } = 5;

    public static StatusSettings From(IConfiguration configuration) => new()
    {
        SlaBusinessDays = Settings.WholeNumber(configuration, "Sla:BusinessDays", 1, min: 0, max: 30),
        Holidays = HolidaySets.Parse(configuration["Sla:Holidays"]),
        OldestShown = Settings.WholeNumber(configuration, "Status:OldestShown", 5, min: 0, max: 50),
        TopReasonsShown = Settings.WholeNumber(configuration, "Status:TopReasonsShown", 5, min: 1, max: 20),
    };
}

/// <summary>Reads settings with messages that name the setting and the bad value.</summary>
public static class Settings
{
    public static int WholeNumber(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{key} is a whole number from {min} to {max}, not '{text}'.");
    }

    public static decimal? Amount(IConfiguration configuration, string key)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return null;
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"{key} is a positive amount such as 250000.00, not '{text}'.");
    }

    /// <summary>A local time of day as HH:mm (24-hour).</summary>
    public static TimeOnly Time(IConfiguration configuration, string key, TimeOnly fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new FormatException($"{key} is a time of day as HH:mm (24-hour), not '{text}'.");
    }
}
