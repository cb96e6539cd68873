using System.Text.Json.Nodes;

namespace OpsBot.Dialogs.Status;

/// <summary>
/// The few Adaptive Card elements the leaders' cards are made of, as plain JSON: cards are sent as
/// application/vnd.microsoft.card.adaptive content, and the AdaptiveCards package is not used (see shared/docs/packages.md).
/// </summary>
internal static class CardElements
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    public static JsonObject Card(string language, string fallbackText, IEnumerable<JsonNode> body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = Schema,
        ["version"] = Version,
        ["lang"] = language,
        ["fallbackText"] = fallbackText,
        // Charts need room: Teams draws the card at the full width of the conversation.
        ["msteams"] = new JsonObject { ["width"] = "Full" },
        ["body"] = new JsonArray([.. body]),
    };

    public static JsonObject Text(string text, bool bold = false, bool subtle = false, string? size = null, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold) block["weight"] = "Bolder";
        if (subtle) block["isSubtle"] = true;
        if (size is not null) block["size"] = size;
        if (separator) block["separator"] = true;
        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };
}
