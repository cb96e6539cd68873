using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace OpsBot.Skills.Leaders;

/// <summary>One daily control of the checklist: its id, its label in both languages, and the local time it is due by.</summary>
public sealed record ControlDefinition(string Id, string LabelEn, string LabelFr, TimeOnly CutOff)
{
    public string Label(string language) => Formatting.CanadianFormat.IsFrench(language) ? LabelFr : LabelEn;
}

/// <summary>
/// The checklist, from <c>Controls:Items</c> (a list of {Id, LabelEn, LabelFr, CutOff "HH:mm"}); when none is
/// configured, the three controls the team's scorecard names.
/// </summary>
public static class ControlChecklist
{
    public static readonly IReadOnlyList<ControlDefinition> Defaults =
    [
        new("files-ingested", "All files of the day ingested", "Tous les fichiers du jour intégrés", new(10, 0)),
        new("over-sla-escalated", "Items over SLA escalated", "Éléments hors délai signalés aux responsables", new(15, 0)),
        new("suspense-reconciled", "Suspense reconciled", "Compte d'attente rapproché", new(16, 0)),
    ];

    public static IReadOnlyList<ControlDefinition> From(IConfiguration configuration)
    {
        var items = configuration.GetSection("Controls:Items").GetChildren().ToList();
        if (items.Count == 0) return Defaults;

        var controls = new List<ControlDefinition>();
        foreach (var item in items)
        {
            var where = $"Controls:Items:{item.Key}";
            string Required(string name) => item[name] is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)
                ? value.Trim()
                : throw new FormatException($"{where}:{name} is missing.");
            var id = Required("Id").ToLowerInvariant();
            var cutOffText = Required("CutOff");
            if (!TimeOnly.TryParseExact(cutOffText, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var cutOff))
                throw new FormatException($"{where}:CutOff is a local time as HH:mm, not '{cutOffText}'.");
            if (controls.Any(c => c.Id == id))
                throw new FormatException($"{where}:Id '{id}' is used twice.");
            controls.Add(new ControlDefinition(id, Required("LabelEn"), Required("LabelFr"), cutOff));
        }
        return controls;
    }
}
