using System.Text.Json.Nodes;
using OpsBot.Skills.Status;
using static OpsBot.Dialogs.Status.CardElements;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Dialogs.Status;

/// <summary>
/// The queue status as an Adaptive Card (version 1.5), in English or French. The ageing bands are drawn as a
/// Teams chart (Chart.VerticalBar) and the queue by channel as a pie (Chart.Pie); each chart carries a FactSet as its
/// fallback, so a client that cannot draw charts shows the same numbers as text.
/// </summary>
public static class StatusCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <param name="analystName">Turns an analyst's user id into the name to show (the dialog knows the roster); ids by default.</param>
    public static JsonObject Build(QueueStatus status, string language, Func<string, string>? analystName = null) =>
        Card(language, Summary(status, language), Body(status, language, analystName ?? (id => id)));

    /// <summary>The card's elements, for cards that embed the status (the daily digest).</summary>
    public static IEnumerable<JsonNode> Body(QueueStatus status, string language, Func<string, string> analystName)
    {
        var fr = IsFrench(language);
        yield return Text(StatusText.Heading(status, language), bold: true, size: "Medium");
        yield return Text(StatusText.Sla(status.SlaBusinessDays, language), subtle: true);
        if (status.HolidayToday is { } holiday)
            yield return Text((fr ? $"Jour férié{Nbsp}: " : "Holiday: ") + holiday.Name(language), subtle: true);

        yield return Facts(
        [
            (fr ? "Non affectés" : "Unapplied", StatusFormat.CountAndAmount(status.Unapplied, language)),
            (fr ? "Hors délai" : "Over SLA", StatusFormat.CountAndAmount(status.SlaBreaches, language)),
            (fr ? "À affecter aujourd'hui" : "Due today", StatusFormat.CountAndAmount(status.DueToday, language)),
            (fr ? "Taux de traitement direct" : "Straight-through rate", StatusFormat.Percent(status.StraightThroughRate, language)),
        ]);

        yield return Text(fr ? "Âge de la file (jours ouvrables)" : "Queue age (business days)", bold: true, separator: true);
        yield return AgeingChart(status, language);

        yield return Text(fr ? "Aujourd'hui" : "Today", bold: true, separator: true);
        var day = status.TodayFlow;
        yield return Facts(
        [
            (fr ? "Reçus" : "Received", StatusFormat.CountAndAmount(day.Received, language)),
            (fr ? "Portés au compte directement" : "Credited straight through", StatusFormat.CountAndAmount(day.StraightThrough, language)),
            (fr ? "Affectés par les analystes" : "Allocated by analysts", StatusFormat.CountAndAmount(day.Allocated, language)),
            (fr ? "Reste à affecter" : "Remaining", StatusFormat.CountAndAmount(day.Remaining, language)),
        ]);

        if (status.ByChannel.Count > 0)
        {
            yield return Text(fr ? "File par canal" : "Queue by channel", bold: true, separator: true);
            yield return ChannelChart(status, language);
        }

        if (status.Oldest.Count > 0)
        {
            yield return Text(fr ? "Les plus anciens" : "Oldest", bold: true, separator: true);
            foreach (var item in status.Oldest)
                yield return Text(StatusText.OldestLine(item, status.Today, language), subtle: !item.SlaBreached);
        }

        yield return Text(fr ? "Affectations par analyste aujourd'hui" : "Allocations by analyst today", bold: true, separator: true);
        yield return status.ByAnalyst.Count == 0
            ? Text(fr ? "Aucune pour l'instant." : "None yet.", subtle: true)
            : Facts(status.ByAnalyst.Select(a => (analystName(a.Key), StatusFormat.CountAndAmount(a.Total, language))));

        if (status.TopReasons.Count > 0)
        {
            yield return Text(fr ? "Principales raisons" : "Top reasons unapplied", bold: true, separator: true);
            yield return Facts(status.TopReasons.Select(r =>
                (StatusLabels.Reason(r.Reason, language), r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>The ageing bands as bars (how many items in each), with a FactSet of count and amount as the text fallback.</summary>
    public static JsonObject AgeingChart(QueueStatus status, string language)
    {
        var fr = IsFrench(language);
        return new JsonObject
        {
            ["type"] = "Chart.VerticalBar",
            ["id"] = "ageing-chart",
            ["title"] = fr ? "Paiements non affectés par âge" : "Unapplied payments by age",
            ["xAxisTitle"] = fr ? "Jours ouvrables depuis la réception" : "Business days since receipt",
            ["yAxisTitle"] = fr ? "Paiements" : "Payments",
            ["showBarValues"] = true,
            ["colorSet"] = "sequential",
            ["data"] = new JsonArray([.. status.Ageing.Select(a => (JsonNode)new JsonObject
            {
                ["x"] = StatusLabels.Bucket(a.Bucket, language),
                ["y"] = a.Total.Count,
            })]),
            ["fallback"] = Facts(status.Ageing.Select(a =>
                (StatusLabels.Bucket(a.Bucket, language), StatusFormat.CountAndAmount(a.Total, language)))),
        };
    }

    /// <summary>The unapplied amount by channel as a pie, with a FactSet as the text fallback.</summary>
    public static JsonObject ChannelChart(QueueStatus status, string language) => new()
    {
        ["type"] = "Chart.Pie",
        ["id"] = "channel-chart",
        ["title"] = IsFrench(language) ? "Montant non affecté par canal" : "Unapplied amount by channel",
        ["colorSet"] = "categorical",
        ["data"] = new JsonArray([.. status.ByChannel.Select(c => (JsonNode)new JsonObject
        {
            ["legend"] = StatusLabels.Channel(c.Key, language),
            ["value"] = c.Total.Amount,
        })]),
        ["fallback"] = Facts(status.ByChannel.Select(c =>
            (StatusLabels.Channel(c.Key, language), StatusFormat.CountAndAmount(c.Total, language)))),
    };

    /// <summary>What a client that cannot show cards at all displays, and what notifications preview.</summary>
    public static string Summary(QueueStatus status, string language) => IsFrench(language)
        ? $"{StatusText.Heading(status, language)} — non affectés{Nbsp}: {StatusFormat.CountAndAmount(status.Unapplied, language)}; hors délai{Nbsp}: {status.SlaBreaches.Count}"
        : $"{StatusText.Heading(status, language)} — unapplied: {StatusFormat.CountAndAmount(status.Unapplied, language)}; over SLA: {status.SlaBreaches.Count}";
}
