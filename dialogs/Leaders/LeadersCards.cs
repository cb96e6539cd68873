using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using Elements = OpsBot.Dialogs.Cards.CardElements;
using OpsBot.Dialogs.Status;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Reconciliation;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Dialogs.Leaders;

/// <summary>What the bot posts to the leaders: the digest, the alerts, the escalations, as Adaptive Cards.</summary>
public static class LeadersCards
{
    private const int BreaksShown = 5;

    /// <summary>
    /// The morning digest. When yesterday's reconciliation found records that disagree, they are listed under the
    /// balance line: a day can add up to the cent and still hold a break (a status that does not match its credits).
    /// </summary>
    public static IMessageActivity Digest(Digest digest, DayReconciliation? reconciliation, string language, Func<string, string> names)
    {
        var card = StatusMessage.ToJObject(DigestCard.Build(digest, language, names));
        var breaks = reconciliation?.Exceptions.Where(e => e.Breaks).ToList() ?? [];
        if (breaks.Count > 0 && card["body"] is JArray body)
        {
            var fr = IsFrench(language);
            var lines = new List<string> { fr ? $"Les registres ne concordent pas{Nbsp}:" : "Records disagree:" };
            lines.AddRange(breaks.Take(BreaksShown).Select(b => "• " + ReconciliationMessages.Describe(b, language)));
            if (breaks.Count > BreaksShown)
                lines.Add(fr ? $"… et {breaks.Count - BreaksShown} de plus." : $"… and {breaks.Count - BreaksShown} more.");
            // Right under the balance line, the one element of the digest's head that carries a colour.
            var at = body.Select((e, i) => (e, i)).FirstOrDefault(x => x.e["color"] is not null).i + 1;
            body.Insert(at, Elements.Text(string.Join("\n\n", lines), color: "Attention"));
        }
        return StatusMessage.Of(card);
    }

    /// <summary>An SLA warning, a threshold crossed, controls overdue.</summary>
    public static IMessageActivity Alert(LeadersNotice notice, string language) => Lines(LeadersText.Render(notice, language), language, attention: true);

    /// <summary>An analyst's escalation: who, when, what, and the payments it names.</summary>
    public static IMessageActivity Escalation(Escalation escalation, string language, TimeZoneInfo zone) =>
        Lines(LeadersText.Escalation(escalation, language, zone), language, attention: false);

    /// <summary>A text of several lines as a card: its first line as the title, one block per line after it.</summary>
    public static IMessageActivity Lines(string text, string language, bool attention)
    {
        var lines = text.Split('\n');
        var card = new AdaptiveCard().Add(Elements.Text(lines[0], weight: "Bolder", color: attention ? "Attention" : null));
        foreach (var line in lines.Skip(1)) card.Add(Elements.Text(line));
        var json = card.ToJson();
        json["lang"] = language;
        json["fallbackText"] = text;
        var activity = StatusMessage.Of(json);
        activity.Summary = lines[0];
        return activity;
    }
}
