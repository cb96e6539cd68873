using System.Text;
using Newtonsoft.Json.Linq;

namespace OpsBot.Dialogs.Cards;

/// <summary>A card as plain text, for the console chat and for logs: its text, its facts, and its buttons numbered.</summary>
public static class CardText
{
    public static (string Text, IReadOnlyList<JObject> Actions) Render(JObject card)
    {
        var sb = new StringBuilder();
        var actions = new List<JObject>();
        foreach (var element in card["body"] as JArray ?? []) Element(element as JObject, sb, actions, "");
        foreach (var action in card["actions"] as JArray ?? []) if (action is JObject a) Button(a, sb, actions, "");
        return (sb.ToString().TrimEnd(), actions);
    }

    private static void Element(JObject? element, StringBuilder sb, List<JObject> actions, string indent)
    {
        if (element is null) return;
        switch (element.Value<string>("type"))
        {
            case "TextBlock":
                sb.Append(indent).AppendLine(element.Value<string>("text")?.Replace("**", ""));
                break;
            case "FactSet":
                foreach (var fact in element["facts"] as JArray ?? [])
                    sb.Append(indent).Append("  ").Append(fact.Value<string>("title")).Append(": ").AppendLine(fact.Value<string>("value"));
                break;
            case "ColumnSet":
                var cells = new List<string>();
                foreach (var column in element["columns"] as JArray ?? [])
                {
                    var inner = new StringBuilder();
                    foreach (var item in column["items"] as JArray ?? []) Element(item as JObject, inner, actions, "");
                    var text = string.Join(" · ", inner.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    if (text.Length > 0) cells.Add(text);
                }
                sb.Append(indent).AppendLine(string.Join(" | ", cells));
                break;
            case "Container":
                if (element.Value<bool?>("separator") == true) sb.AppendLine();
                foreach (var item in element["items"] as JArray ?? []) Element(item as JObject, sb, actions, indent);
                break;
            case "ActionSet":
                foreach (var action in element["actions"] as JArray ?? []) if (action is JObject a) Button(a, sb, actions, indent);
                break;
            default:
                // An element text cannot draw (a Teams chart): show its fallback, as a client without charts would.
                if (element["fallback"] is JObject fallback) Element(fallback, sb, actions, indent);
                break;
        }
    }

    // Buttons are numbered in the order they appear, so the user can type the number to press one.
    private static void Button(JObject action, StringBuilder sb, List<JObject> actions, string indent)
    {
        actions.Add(action);
        sb.Append(indent).AppendLine($"  [{actions.Count}] {action.Value<string>("title")}");
    }
}
