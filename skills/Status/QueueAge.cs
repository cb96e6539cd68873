using Humanizer;
using OpsBot.Skills.Formatting;

namespace OpsBot.Skills.Status;

/// <summary>Ages as people say them, in English or French: "3 days ago" / "il y a 3 jours", "2 business days" / "2 jours ouvrables".</summary>
public static class QueueAge
{
    /// <summary>How long ago, in calendar terms (Humanizer): "yesterday", "3 days ago", "il y a 3 jours".</summary>
    public static string Since(DateOnly receivedOn, DateOnly today, string language) =>
        receivedOn >= today
            ? (CanadianFormat.IsFrench(language) ? "aujourd'hui" : "today")
            : receivedOn.Humanize(today, CanadianFormat.Culture(language));

    /// <summary>A span of calendar days (Humanizer): "3 days", "3 jours".</summary>
    public static string Days(int days, string language) =>
        TimeSpan.FromDays(days).Humanize(culture: CanadianFormat.Culture(language), maxUnit: TimeUnit.Day, minUnit: TimeUnit.Day);

    /// <summary>
    /// An age in business days. Written out here rather than by Humanizer, whose plural rules for a compound noun are
    /// English-only ("jour ouvrable" would become "jour ouvrables").
    /// </summary>
    public static string BusinessDays(int days, string language) => CanadianFormat.IsFrench(language)
        ? days <= 1 ? $"{days} jour ouvrable" : $"{days} jours ouvrables"
        : days == 1 ? "1 business day" : $"{days} business days";
}
