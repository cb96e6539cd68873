using System.Text.Json.Nodes;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Status;
using static OpsBot.Dialogs.Status.CardElements;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Dialogs.Status;

/// <summary>
/// The morning digest as an Adaptive Card: the previous business day's reconciliation (received = straight through +
/// allocated + unapplied + returned, and whether it balances), then the status card's content.
/// </summary>
public static class DigestCard
{
    public static JsonObject Build(Digest digest, string language, Func<string, string>? analystName = null)
    {
        var fr = IsFrench(language);
        var day = digest.PreviousDay;
        var title = fr ? $"Sommaire quotidien — {Date(digest.Day, language)}" : $"Daily digest — {Date(digest.Day, language)}";
        var body = new List<JsonNode>
        {
            Text(title, bold: true, size: "Large"),
            Text(fr ? $"Rapprochement du {Date(day.Date, language)}" : $"Reconciliation for {Date(day.Date, language)}", bold: true),
            Facts(
            [
                (fr ? "Reçus" : "Received", StatusFormat.CountAndAmount(day.Received, language)),
                (fr ? "Portés au compte directement" : "Credited straight through", StatusFormat.CountAndAmount(day.StraightThrough, language)),
                (fr ? "Affectés par les analystes" : "Allocated by analysts", StatusFormat.CountAndAmount(day.Allocated, language)),
                (fr ? "Non affectés" : "Still unapplied", StatusFormat.CountAndAmount(day.Remaining, language)),
                (fr ? "Retournés" : "Returned", StatusFormat.CountAndAmount(day.Returned, language)),
            ]),
            Balance(day, language),
        };
        body.AddRange(StatusCard.Body(digest.Status, language, analystName ?? (id => id)));
        return Card(language, $"{title} — {LeadersText.PreviousDay(day, language)}", body);
    }

    private static JsonObject Balance(DayFlow day, string language)
    {
        var block = Text(day.Balanced
            ? IsFrench(language) ? "Équilibré au cent près." : "Balanced to the cent."
            : IsFrench(language) ? $"NON ÉQUILIBRÉ{Nbsp}: à vérifier." : "NOT BALANCED: to be checked.", bold: !day.Balanced);
        block["color"] = day.Balanced ? "Good" : "Attention";
        return block;
    }
}
