using Microsoft.Bot.Schema;
using OpsBot.Bot.Hosting;

namespace OpsBot.Bot.Leaders;

/// <summary>Sends one activity to one remembered conversation, or throws what the connector threw. Tests record instead.</summary>
public interface IProactiveSender
{
    Task SendAsync(ConversationEntry to, IActivity activity, CancellationToken cancellationToken);
}

/// <summary>The real sender: the Bot Framework's ContinueConversation through the <see cref="ProactiveMessenger"/>.</summary>
public sealed class MessengerSender(ProactiveMessenger messenger) : IProactiveSender
{
    public Task SendAsync(ConversationEntry to, IActivity activity, CancellationToken cancellationToken) =>
        messenger.ContinueAsync(to, (turn, ct) => turn.SendActivityAsync(activity, ct), cancellationToken);
}
