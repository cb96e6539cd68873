using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Access;

namespace OpsBot.Dialogs.Conversation;

/// <summary>
/// Who is speaking, as every right and every audit event knows them: the Teams user's AAD object id
/// (<c>From.AadObjectId</c>), never their display name. Use with <c>using static OpsBot.Dialogs.Conversation.Actors;</c>.
/// </summary>
public static class Actors
{
    /// <summary>The person behind this turn; null when the activity does not say who it is.</summary>
    public static Actor? ActorOf(ITurnContext turn) => ActorOf(turn.Activity);

    public static Actor? ActorOf(DialogContext dc) => ActorOf(dc.Context.Activity);

    /// <summary>
    /// In Teams only the AAD object id counts: without one, nobody is recognised. Other channels (the console chat,
    /// the emulator, tests) have no AAD identity, so there the channel's user id stands in; those channels are only
    /// open to someone who already runs the bot.
    /// </summary>
    public static Actor? ActorOf(IActivity activity)
    {
        var from = activity.From;
        if (from is null) return null;
        var id = !string.IsNullOrWhiteSpace(from.AadObjectId) ? from.AadObjectId
            : activity.ChannelId != Microsoft.Bot.Connector.Channels.Msteams && !string.IsNullOrWhiteSpace(from.Id) ? from.Id
            : null;
        return id is null ? null : new Actor(id, from.Name);
    }
}
