using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;

namespace OpsBot.Dialogs.Status;

/// <summary>
/// The leaders' cards are built as System.Text.Json nodes (StatusCard, DigestCard); the Bot Framework sends
/// Newtonsoft objects. This turns one into a message whose summary (notifications, clients without cards) is the
/// card's fallback text.
/// </summary>
public static class StatusMessage
{
    public static JObject ToJObject(JsonObject card) => JObject.Parse(card.ToJsonString());

    public static IMessageActivity Of(JsonObject card) => Of(ToJObject(card));

    public static IMessageActivity Of(JObject card)
    {
        var activity = MessageFactory.Attachment(AdaptiveCard.Attach(card));
        activity.Summary = card.Value<string>("fallbackText");
        return activity;
    }
}
