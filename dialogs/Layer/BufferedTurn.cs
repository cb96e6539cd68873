using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace OpsBot.Dialogs.Layer;

/// <summary>
/// A turn whose replies are held back: the dialogs "send" into a buffer, and the host sends the buffer for real only
/// once the conversation's new state is saved. If the save loses a race, the buffer is thrown away and the turn re-run,
/// so the user never sees the replies of a turn that did not count.
/// </summary>
public sealed class BufferedTurn
{
    private readonly BufferingAdapter _adapter = new();

    public BufferedTurn(ITurnContext real)
    {
        Context = new TurnContext(_adapter, real.Activity);
        // Services the adapter put on the turn (connector client, identity, pasted card numbers) stay visible.
        foreach (var (key, value) in real.TurnState) Context.TurnState[key] = value;
    }

    public TurnContext Context { get; }

    /// <summary>
    /// What the turn sent. A TurnContext keeps the replies of an "expectReplies" request itself instead of handing
    /// them to its adapter, so both places are read.
    /// </summary>
    public IReadOnlyList<Activity> Replies => [.. _adapter.Sent, .. Context.BufferedReplyActivities];

    public async Task FlushAsync(ITurnContext real, CancellationToken cancellationToken)
    {
        var replies = Replies;
        if (replies.Count > 0) await real.SendActivitiesAsync([.. replies], cancellationToken);
        foreach (var update in _adapter.Updated) await real.UpdateActivityAsync(update, cancellationToken);
    }

    private sealed class BufferingAdapter : BotAdapter
    {
        public List<Activity> Sent { get; } = [];
        public List<Activity> Updated { get; } = [];

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            Sent.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        {
            Updated.Add(activity);
            return Task.FromResult(new ResourceResponse(activity.Id));
        }

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException("Dialogs do not delete messages.");
    }
}
