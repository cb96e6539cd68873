using System.Text;
using OpsBot.Skills.Formatting;
using static OpsBot.Skills.Formatting.CanadianFormat;
using static OpsBot.Skills.Status.StatusLabels;

namespace OpsBot.Skills.Status;

/// <summary>The status as plain text, for the command line and for chat clients that cannot show a card.</summary>
public static class StatusText
{
    public static string Render(QueueStatus status, string language)
    {
        var fr = IsFrench(language);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line(Heading(status, language));
        if (status.HolidayToday is { } holiday)
            Line(fr ? $"Jour férié{Nbsp}: {holiday.Name(language)}." : $"Holiday: {holiday.Name(language)}.");
        Line(Sla(status.SlaBusinessDays, language));
        Line();
        Line($"{Label("Unapplied", "Non affectés", language)} {StatusFormat.CountAndAmount(status.Unapplied, language)}");
        Line($"{Label("Over SLA", "Hors délai", language)} {StatusFormat.CountAndAmount(status.SlaBreaches, language)}");
        Line($"{Label("Due today", "À affecter aujourd'hui", language)} {StatusFormat.CountAndAmount(status.DueToday, language)}");
        Line();
        Line(Label("Ageing (business days)", "Âge (jours ouvrables)", language));
        foreach (var line in status.Ageing)
            Line($"  {Bucket(line.Bucket, language),-16} {line.Total.Count,5}  {Money(line.Total.Amount, language),16}");

        if (status.Oldest.Count > 0)
        {
            Line();
            Line(Label("Oldest", "Les plus anciens", language));
            foreach (var item in status.Oldest)
                Line("  " + OldestLine(item, status.Today, language));
        }

        if (status.ByChannel.Count > 0)
        {
            Line();
            Line(Label("By channel", "Par canal", language));
            foreach (var channel in status.ByChannel)
                Line($"  {Channel(channel.Key, language),-24} {channel.Total.Count,5}  {Money(channel.Total.Amount, language),16}");
        }

        var day = status.TodayFlow;
        Line();
        Line(Label("Today", "Aujourd'hui", language));
        Line($"  {(fr ? "Reçus" : "Received"),-30} {StatusFormat.CountAndAmount(day.Received, language)}");
        Line($"  {(fr ? "Portés au compte directement" : "Credited straight through"),-30} {StatusFormat.CountAndAmount(day.StraightThrough, language)}");
        Line($"  {(fr ? "Affectés par les analystes" : "Allocated by analysts"),-30} {StatusFormat.CountAndAmount(day.Allocated, language)}");
        Line($"  {(fr ? "Reste à affecter" : "Remaining"),-30} {StatusFormat.CountAndAmount(day.Remaining, language)}");
        if (day.Returned.Count > 0)
            Line($"  {(fr ? "Retournés" : "Returned"),-30} {StatusFormat.CountAndAmount(day.Returned, language)}");
        Line($"{Label("Straight-through rate", "Taux de traitement direct", language)} {StatusFormat.Percent(status.StraightThroughRate, language)}");

        Line();
        Line(Label("Allocations by analyst today", "Affectations par analyste aujourd'hui", language));
        if (status.ByAnalyst.Count == 0) Line(fr ? "  Aucune." : "  None yet.");
        foreach (var analyst in status.ByAnalyst)
            Line($"  {analyst.Key,-36} {analyst.Total.Count,5}  {Money(analyst.Total.Amount, language),16}");

        if (status.TopReasons.Count > 0)
        {
            Line();
            Line(Label("Top reasons unapplied", "Principales raisons", language));
            foreach (var reason in status.TopReasons)
                Line($"  {Reason(reason.Reason, language),-30} {reason.Count,5}");
        }
        return text.ToString();
    }

    /// <summary>"SLA: applied within 1 business day of receipt." / "Délai de service : affecté au plus tard 1 jour ouvrable après la réception."</summary>
    public static string Sla(int businessDays, string language) => (IsFrench(language), businessDays) switch
    {
        (true, 0) => $"Délai de service{Nbsp}: affecté le jour même de la réception.",
        (true, _) => $"Délai de service{Nbsp}: affecté au plus tard {QueueAge.BusinessDays(businessDays, language)} après la réception.",
        (false, 0) => "SLA: applied on the day received.",
        (false, _) => $"SLA: applied within {QueueAge.BusinessDays(businessDays, language)} of receipt.",
    };

    public static string Heading(QueueStatus status, string language) => IsFrench(language)
        ? $"État de la file — {CanadianFormat.Date(status.Today, language)}, {StatusFormat.Time(status.AsOf, language)}"
        : $"Queue status — {CanadianFormat.Date(status.Today, language)}, {StatusFormat.Time(status.AsOf, language)}";

    /// <summary>"BR123 · $250.00 · received 4 days ago (2 business days) · Cheque · No reference · over SLA".</summary>
    public static string OldestLine(QueueItem item, DateOnly today, string language)
    {
        var fr = IsFrench(language);
        var parts = new List<string>
        {
            item.BankReference,
            Money(item.UnappliedAmount, language, item.Currency),
            (fr ? "reçu " : "received ") + QueueAge.Since(item.ReceivedOn, today, language)
                + $" ({QueueAge.BusinessDays(item.AgeBusinessDays, language)})",
            Channel(item.Channel, language),
        };
        if (item.Reason is { Length: > 0 } reason) parts.Add(Reason(reason, language));
        if (item.SlaBreached) parts.Add(fr ? "hors délai" : "over SLA");
        return string.Join(" · ", parts);
    }
}
