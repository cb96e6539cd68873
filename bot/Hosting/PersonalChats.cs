using Microsoft.Bot.Schema;
using OpsBot.Dialogs.Conversation;

namespace OpsBot.Bot.Hosting;

/// <summary>
/// Reaches one person in their personal chat with the bot: the <see cref="ConversationDirectory"/> finds the chat by
/// the person's AAD object id (remembered from their messages), and the <see cref="ProactiveMessenger"/> writes to it.
/// The message is worded in that chat's language (<see cref="ChatLanguage"/>).
/// </summary>
public sealed class PersonalChats(ConversationDirectory directory, ProactiveMessenger messenger, ChatLanguage languages) : IPersonalChats
{
    public async Task<bool> TellAsync(string actorId, Func<string, IActivity> message, CancellationToken cancellationToken)
    {
        if (Find(actorId) is not { } chat) return false;
        var language = await languages.OfAsync(chat.Reference.GetContinuationActivity(), cancellationToken);
        return await messenger.SendAsync(chat.Id, message(language), cancellationToken);
    }

    /// <summary>
    /// The person's most recent personal chat. Outside Teams (the console chat) people have no AAD object id and are
    /// known by their channel user id instead, as <see cref="Actors.ActorOf(IActivity)"/> does.
    /// </summary>
    public ConversationEntry? Find(string actorId) =>
        directory.Active().FirstOrDefault(e => e.ConversationType is null or "personal"
            && (string.Equals(e.UserAadObjectId, actorId, StringComparison.OrdinalIgnoreCase)
                || (e.ChannelId != Microsoft.Bot.Connector.Channels.Msteams && e.UserAadObjectId is null
                    && string.Equals(e.UserId, actorId, StringComparison.OrdinalIgnoreCase))));
}
