namespace OpsBot.Skills.Proactive;

public enum PostResult
{
    Delivered,
    /// <summary>The conversation blocked or removed the bot; it is now marked stopped.</summary>
    Stopped,
    /// <summary>The conversation was already marked stopped: nothing was sent.</summary>
    Skipped,
    GaveUp,
}

public sealed record PostOutcome(PostResult Result, int Attempts, PostFailure? LastFailure = null, string? Reason = null)
{
    public bool Delivered => Result == PostResult.Delivered;
}

/// <summary>
/// Sends one message to one conversation under the <see cref="RetryPolicy"/>, waiting on the <see cref="TimeProvider"/>
/// between attempts and marking the conversation stopped when it has blocked or removed the bot. The bot's proactive
/// sender is a thin adapter over this: it supplies the send (continue the conversation, send the activity) and the
/// translation of the connector's exception into a <see cref="PostFailure"/>.
/// </summary>
public sealed class ResilientPoster(RetryPolicy policy, ConversationStops stops, TimeProvider time)
{
    /// <param name="classify">The failure an exception stands for; null for an exception that is not an HTTP answer (it propagates).</param>
    public async Task<PostOutcome> PostAsync(string conversationId, Func<CancellationToken, Task> send,
        Func<Exception, PostFailure?> classify, CancellationToken cancellationToken = default)
    {
        if (stops.IsStopped(conversationId))
            return new PostOutcome(PostResult.Skipped, 0, Reason: "the conversation blocked or removed the bot");

        for (var attempt = 1; ; attempt++)
        {
            PostFailure failure;
            try
            {
                await send(cancellationToken).ConfigureAwait(false);
                return new PostOutcome(PostResult.Delivered, attempt);
            }
            catch (Exception e) when (e is not OperationCanceledException && classify(e) is { } classified)
            {
                failure = classified;
            }

            switch (policy.Decide(attempt, failure))
            {
                case RetryDecision.Retry retry:
                    await Task.Delay(retry.Delay, time, cancellationToken).ConfigureAwait(false);
                    break;
                case RetryDecision.StopConversation stop:
                    stops.Stop(conversationId, failure);
                    return new PostOutcome(PostResult.Stopped, attempt, failure, stop.Reason);
                case RetryDecision.GiveUp giveUp:
                    return new PostOutcome(PostResult.GaveUp, attempt, failure, giveUp.Reason);
            }
        }
    }
}
