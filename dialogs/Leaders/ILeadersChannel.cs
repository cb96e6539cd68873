using Microsoft.Bot.Schema;
using OpsBot.Skills.Proactive;

namespace OpsBot.Dialogs.Leaders;

/// <summary>
/// Where the leaders hear from the bot without asking: their channel (setting <c>Leaders:Channel</c>) or, when none is
/// set, the personal chats of those holding the Leaders role. The bot's host implements it over Teams; tests record.
/// </summary>
public interface ILeadersChannel
{
    /// <param name="message">Makes the message; called once per conversation posted to (sending an activity changes it).</param>
    Task<LeadersDelivery> PostAsync(Func<IActivity> message, CancellationToken cancellationToken);
}

/// <summary>One conversation posted to, and how it went.</summary>
public sealed record LeadersPost(string ConversationId, PostOutcome Outcome);

/// <summary>What became of a post to the leaders: one line per conversation tried.</summary>
public sealed record LeadersDelivery(IReadOnlyList<LeadersPost> Posts)
{
    public static readonly LeadersDelivery Nowhere = new([]);

    /// <summary>No leaders' conversation is known yet: nobody could be told.</summary>
    public bool NowhereToPost => Posts.Count == 0;

    /// <summary>At least one leaders' conversation has it.</summary>
    public bool Delivered => Posts.Any(p => p.Outcome.Delivered);

    /// <summary>
    /// The delivery as one outcome, for the proactive round: delivered if any conversation has it (posting again
    /// would repeat it there); else given up if any attempt may succeed later; else stopped or skipped.
    /// </summary>
    public PostOutcome Outcome
    {
        get
        {
            if (Posts.FirstOrDefault(p => p.Outcome.Delivered) is { } delivered) return delivered.Outcome;
            if (Posts.FirstOrDefault(p => p.Outcome.Result == PostResult.GaveUp) is { } gaveUp) return gaveUp.Outcome;
            if (Posts.FirstOrDefault(p => p.Outcome.Result == PostResult.Stopped) is { } stopped) return stopped.Outcome;
            return Posts.FirstOrDefault()?.Outcome
                ?? new PostOutcome(PostResult.GaveUp, 0, Reason: "no leaders' conversation is known yet");
        }
    }
}
