using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;

namespace OpsBot.Bot.Hosting;

/// <summary>
/// Writes to a conversation the bot is in without being asked: digests, alerts, escalations (leaders' feature).
/// Uses the conversation references the <see cref="ConversationDirectory"/> keeps, through the Bot Framework's
/// ContinueConversation. Retries and backoff on Teams' throttling belong to the caller that knows its volume.
/// </summary>
public sealed class ProactiveMessenger(CloudAdapter adapter, ConversationDirectory directory, IConfiguration configuration)
{
    /// <summary>Sends <paramref name="activity"/> to a remembered conversation; false if the bot is not (or no longer) there.</summary>
    public async Task<bool> SendAsync(string conversationId, IActivity activity, CancellationToken cancellationToken)
    {
        if (directory.Find(conversationId) is not { Active: true } entry) return false;
        await ContinueAsync(entry, (turn, ct) => turn.SendActivityAsync(activity, ct), cancellationToken);
        return true;
    }

    /// <summary>Runs <paramref name="callback"/> in a turn of the remembered conversation (send, update, read members…).</summary>
    public Task ContinueAsync(ConversationEntry entry, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        adapter.ContinueConversationAsync(configuration["MicrosoftAppId"] ?? "", entry.Reference, callback, cancellationToken);
}
