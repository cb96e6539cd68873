using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace OpsBot.Dialogs.Layer;

/// <summary>What a turn produced besides its messages: for an Action.Execute invoke, what replaces the card.</summary>
public sealed record TurnOutcome(JObject? ReplacementCard, string? InvokeMessage);

/// <summary>Runs one turn of a conversation against its saved state (the root of the conversation, see <c>ConversationRouter</c>).</summary>
public interface ITurnRunner
{
    Task<TurnOutcome> RunTurnAsync(DialogContext dc, CancellationToken cancellationToken);
}

/// <summary>
/// The turn as the Bot Framework's scale-out sample treats it: load the conversation's state with its ETag, run the
/// turn on a context that buffers its replies, save the state with the ETag, and only then send the replies. When the
/// save loses a race (two turns of one conversation at once, or two bot instances), the whole turn runs again on the
/// fresh state. Anything a turn changes outside the state must therefore be idempotent (see the allocation feature).
/// </summary>
public sealed class DialogHost(IStorage storage, DialogSet dialogs, ITurnRunner runner)
{
    public const int MaxAttempts = 5;

    public static string StateKey(IActivity activity) =>
        $"{activity.ChannelId}/conversations/{activity.Conversation?.Id ?? "none"}";

    public async Task<TurnOutcome> RunAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var key = StateKey(turn.Activity);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await storage.ReadAsync([key], cancellationToken);
            var record = stored.TryGetValue(key, out var item)
                ? ((JObject)item).ToObject<ConversationRecord>() ?? new ConversationRecord()
                : new ConversationRecord();

            var buffered = new BufferedTurn(turn);
            var dc = new DialogContext(dialogs, buffered.Context, record.Data);
            var outcome = await runner.RunTurnAsync(dc, cancellationToken);

            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = record }, cancellationToken);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                continue;
            }
            await buffered.FlushAsync(turn, cancellationToken);
            return outcome;
        }
    }
}
