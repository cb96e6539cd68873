using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Dialogs;

public class DialogHostTests : IDisposable
{
    private readonly OpsStore _store = OpsStore.InMemory();

    public void Dispose() => _store.Dispose();

    /// <summary>
    /// Counts the turn in the conversation's state. On its first run, another instance of the bot saves the same
    /// conversation while this one works, so this one's save loses the race.
    /// </summary>
    private sealed class RacingRunner(IStorage storage) : ITurnRunner
    {
        public int Runs { get; private set; }

        public async Task<TurnOutcome> RunTurnAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            Runs++;
            var key = DialogHost.StateKey(dc.Context.Activity);
            if (Runs == 1)
            {
                var other = new ConversationRecord { ETag = "*" };
                other.Data.Values["other"] = "saved meanwhile";
                await storage.WriteAsync(new Dictionary<string, object> { [key] = other }, cancellationToken);
            }
            dc.Conversation.Values["count"] = (dc.Conversation.Values.Value<int?>("count") ?? 0) + 1;
            await dc.SendAsync($"run {Runs}", cancellationToken);
            return new TurnOutcome(null, null);
        }
    }

    [Fact]
    public async Task A_turn_that_loses_the_race_to_save_runs_again_and_only_its_last_replies_are_sent()
    {
        var storage = new LiteDbStorage(_store);
        var runner = new RacingRunner(storage);
        var host = new DialogHost(storage, new DialogSet([]), runner);
        var adapter = new TestAdapter(TestAdapter.CreateConversation("race"));

        await new TestFlow(adapter, (turn, ct) => host.RunAsync(turn, ct))
            .Send("hello").AssertReply("run 2").AssertNoReply()
            .StartTestAsync();

        Assert.Equal(2, runner.Runs);
        var key = DialogHost.StateKey(new Activity { ChannelId = "test", Conversation = new ConversationAccount(id: "race") });
        var saved = ((JObject)(await storage.ReadAsync([key]))[key]).ToObject<ConversationRecord>()!;
        // The second run started from what the other instance saved and kept it.
        Assert.Equal("saved meanwhile", saved.Data.Values.Value<string>("other"));
        Assert.Equal(1, saved.Data.Values.Value<int>("count"));
    }

    private sealed class AlwaysLosing(IStorage storage) : ITurnRunner
    {
        public async Task<TurnOutcome> RunTurnAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            var key = DialogHost.StateKey(dc.Context.Activity);
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new ConversationRecord { ETag = "*" } }, cancellationToken);
            await dc.SendAsync("never seen", cancellationToken);
            return new TurnOutcome(null, null);
        }
    }

    [Fact]
    public async Task A_turn_that_never_wins_gives_up_and_sends_nothing()
    {
        var storage = new LiteDbStorage(_store);
        var host = new DialogHost(storage, new DialogSet([]), new AlwaysLosing(storage));
        var adapter = new TestAdapter(TestAdapter.CreateConversation("lost"));
        var sent = new List<IActivity>();

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            new TestFlow(adapter, (turn, ct) => host.RunAsync(turn, ct)).Send("hello").StartTestAsync());

        Assert.Null(adapter.GetNextReply());
    }
}
