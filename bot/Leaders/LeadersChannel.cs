using Microsoft.Bot.Schema;
using OpsBot.Bot.Hosting;
using OpsBot.Dialogs.Leaders;
using OpsBot.Skills.Proactive;

namespace OpsBot.Bot.Leaders;

/// <summary>
/// Posts to the leaders' conversations (see <see cref="LeadersAudience"/>) under Teams' rules: each post goes through a
/// <see cref="ResilientPoster"/> (backoff and jitter on 412/429/502/504, Retry-After honoured; a conversation that
/// answers 403 or 404 is stopped). A stopped conversation is resumed as soon as the bot hears from it again (a new
/// installation, a message): the directory's LastSeen is later than the stop.
/// </summary>
public sealed class LeadersChannel(
    LeadersAudience audience,
    IProactiveSender sender,
    ConversationStops stops,
    RetryPolicy policy,
    TimeProvider time,
    ILogger<LeadersChannel> logger) : ILeadersChannel
{
    /// <summary>
    /// For a post made while a user waits for the reply (an escalation): Teams gives a turn about 15 seconds, so a
    /// few short attempts, and no waiting on a long Retry-After.
    /// </summary>
    public static RetryPolicy InTurn() => new(maxAttempts: 3, baseDelay: TimeSpan.FromMilliseconds(500),
        maxDelay: TimeSpan.FromSeconds(3), maxRetryAfter: TimeSpan.FromSeconds(5));

    private readonly ResilientPoster _poster = new(policy, stops, time);

    /// <summary>The leaders' conversations that can be posted to now.</summary>
    public IReadOnlyList<ConversationEntry> Reachable() => [.. audience.Conversations().Where(c => !StillStopped(c))];

    public async Task<LeadersDelivery> PostAsync(Func<IActivity> message, CancellationToken cancellationToken)
    {
        var posts = new List<LeadersPost>();
        // Stopped conversations are tried too: the poster skips them, and the caller learns the leaders are cut off.
        foreach (var conversation in audience.Conversations())
        {
            StillStopped(conversation);
            var activity = message();
            var outcome = await _poster.PostAsync(conversation.Id, ct => sender.SendAsync(conversation, activity, ct),
                e => BotFrameworkFailures.Classify(e, time), cancellationToken).ConfigureAwait(false);
            if (!outcome.Delivered)
                logger.LogWarning("Post to the leaders' conversation {Conversation} not delivered: {Result} after {Attempts} attempt(s), {Reason}.",
                    conversation.Id, outcome.Result, outcome.Attempts, outcome.Reason);
            posts.Add(new LeadersPost(conversation.Id, outcome));
        }
        return new LeadersDelivery(posts);
    }

    private bool StillStopped(ConversationEntry conversation)
    {
        if (!stops.IsStopped(conversation.Id)) return false;
        var stop = stops.All().FirstOrDefault(s => s.Id == conversation.Id);
        if (stop is null || conversation.LastSeen <= stop.At) return true;
        stops.Resume(conversation.Id);
        logger.LogInformation("The bot heard from {Conversation} after it stopped posting there: posting again.", conversation.Id);
        return false;
    }
}
