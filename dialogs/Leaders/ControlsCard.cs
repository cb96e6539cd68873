using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Status;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Dialogs.Leaders;

/// <summary>
/// The day's controls checklist as a card: each control done (by whom, when) or due by its cut-off (overdue in red),
/// with a Tick button on those still open. The button is an Action.Execute: Teams replaces the card in place with the
/// answer, so everyone looking at it (a channel) sees who ticked what.
/// </summary>
public static class ControlsCard
{
    public const string TickVerb = "controls.tick";

    public static JObject Build(IReadOnlyList<ControlStatus> controls, DateOnly day, string language, TimeZoneInfo zone, string? notice = null)
    {
        var fr = IsFrench(language);
        var done = controls.Count(c => c.Done);
        var card = new AdaptiveCard()
            .Add(CardElements.Text(fr ? $"Contrôles quotidiens — {Date(day, language)}" : $"Daily controls — {Date(day, language)}", weight: "Bolder", size: "Medium"))
            .Add(CardElements.Text(fr ? $"{done} sur {controls.Count} faits" : $"{done} of {controls.Count} done", subtle: true));
        if (notice is not null) card.Add(CardElements.Text(notice, color: "Accent"));

        foreach (var control in controls)
        {
            var items = new List<JObject>
            {
                CardElements.Text(Line(control, language, zone), color: control.Done ? "Good" : control.Overdue ? "Attention" : null),
            };
            if (!control.Done)
            {
                var tick = CardElements.Execute(fr ? "Cocher" : "Tick", TickVerb,
                    new JObject { ["controlId"] = control.Control.Id, ["day"] = IsoDate(day) });
                tick["id"] = "tick-" + control.Control.Id;
                items.Add(CardElements.Actions(tick));
            }
            card.Add(CardElements.Container(items, separator: true));
        }

        var json = card.ToJson();
        json["lang"] = language;
        json["fallbackText"] = LeadersText.ControlsStatus(controls, language, zone);
        return json;
    }

    /// <summary>"✓ All files of the day ingested — done by Marie Gagnon at 9:42 a.m." / "☐ Suspense reconciled — due by 4:00 p.m. (overdue)".</summary>
    public static string Line(ControlStatus control, string language, TimeZoneInfo zone)
    {
        var fr = IsFrench(language);
        var label = control.Control.Label(language);
        if (control.Tick is { } tick)
        {
            var at = StatusFormat.Time(TimeZoneInfo.ConvertTime(tick.At, zone), language);
            return fr ? $"✓ {label} — fait par {tick.ByName ?? tick.By} à {at}" : $"✓ {label} — done by {tick.ByName ?? tick.By} at {at}";
        }
        var due = StatusFormat.Time(control.Control.CutOff, language);
        return fr
            ? $"☐ {label} — heure limite {due}{(control.Overdue ? " (en retard)" : "")}"
            : $"☐ {label} — due by {due}{(control.Overdue ? " (overdue)" : "")}";
    }
}
