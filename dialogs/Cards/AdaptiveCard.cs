using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace OpsBot.Dialogs.Cards;

/// <summary>
/// Adaptive Card JSON (version 1.5, what Teams renders), built in code. The AdaptiveCards package is deliberately not
/// used (it cannot be restored here and nothing needs it): a card is a <see cref="JObject"/>.
/// </summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    private readonly JArray _body = [];
    private readonly JArray _actions = [];

    public AdaptiveCard Add(JObject element)
    {
        _body.Add(element);
        return this;
    }

    public AdaptiveCard AddAction(JObject action)
    {
        _actions.Add(action);
        return this;
    }

    public JObject ToJson()
    {
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = _body.DeepClone(),
        };
        if (_actions.Count > 0) card["actions"] = _actions.DeepClone();
        // Teams draws cards at full width only when asked.
        card["msteams"] = new JObject { ["width"] = "Full" };
        return card;
    }

    public Attachment ToAttachment() => Attach(ToJson());

    public static Attachment Attach(JObject card) => new() { ContentType = ContentType, Content = card };

    public IMessageActivity ToActivity(string? summary = null)
    {
        var activity = Microsoft.Bot.Builder.MessageFactory.Attachment(ToAttachment());
        // The text shows in notifications and in clients that cannot draw cards.
        if (summary is not null) activity.Summary = summary;
        return activity;
    }
}

/// <summary>The card elements the bot uses.</summary>
public static class CardElements
{
    public static JObject Text(string text, string? weight = null, string? size = null, bool subtle = false, string? color = null, bool wrap = true)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (weight is not null) block["weight"] = weight;
        if (size is not null) block["size"] = size;
        if (subtle) block["isSubtle"] = true;
        if (color is not null) block["color"] = color;
        return block;
    }

    public static JObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JArray(facts.Select(f => new JObject { ["title"] = f.Title, ["value"] = f.Value })),
    };

    public static JObject Container(IEnumerable<JObject> items, bool separator = false, JObject? selectAction = null)
    {
        var container = new JObject { ["type"] = "Container", ["items"] = new JArray(items) };
        if (separator) { container["separator"] = true; container["spacing"] = "Medium"; }
        if (selectAction is not null) container["selectAction"] = selectAction;
        return container;
    }

    public static JObject Columns(params JObject[] columns) => new() { ["type"] = "ColumnSet", ["columns"] = new JArray(columns) };

    public static JObject Column(string width, params JObject[] items) => new()
    {
        ["type"] = "Column", ["width"] = width, ["items"] = new JArray(items),
    };

    public static JObject Actions(params JObject[] actions) => new() { ["type"] = "ActionSet", ["actions"] = new JArray(actions) };

    /// <summary>A button whose data comes back as a message's Value (Action.Submit); <c>verb</c> names what to do.</summary>
    public static JObject Submit(string title, string verb, JObject? data = null)
    {
        var payload = data is null ? new JObject() : (JObject)data.DeepClone();
        payload["verb"] = verb;
        return new JObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = payload };
    }

    /// <summary>A Universal Action (Action.Execute): an invoke whose answer replaces the card.</summary>
    public static JObject Execute(string title, string verb, JObject? data = null) => new()
    {
        ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data ?? new JObject(),
    };
}
