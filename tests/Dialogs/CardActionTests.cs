using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Dialogs;

public class CardActionTests
{
    /// <summary>What a feature such as allocation does: an Action.Execute whose answer replaces the card.</summary>
    private sealed class ConfirmHandler : ICardActionHandler
    {
        public IReadOnlyCollection<string> Verbs { get; } = ["test.confirm"];

        public Task HandleAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
        {
            var who = action.Data.Value<string>("what");
            dc.ReplacementCard = new AdaptiveCard().Add(CardElements.Text(dc.Say(new($"Confirmed: {who}", $"Confirmé\u00A0: {who}")))).ToJson();
            return Task.CompletedTask;
        }
    }

    private static Activity Execute(string verb, JObject data) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = CardActionRequest.InvokeName,
        Locale = "fr-CA",
        Value = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
    };

    [Fact]
    public async Task An_action_execute_is_answered_with_the_card_that_replaces_the_one_pressed()
    {
        using var bot = new BotHarness(s => s.AddSingleton<ICardActionHandler, ConfirmHandler>());

        await bot.Flow("fr-CA").Send(Execute("test.confirm", new JObject { ["what"] = "BR1" })).AssertReply(a =>
        {
            Assert.Equal(ActivityTypesEx.InvokeResponse, a.Type);
            var body = (AdaptiveCardInvokeResponse)((InvokeResponse)((Activity)a).Value).Body;
            Assert.Equal(200, body.StatusCode);
            Assert.Equal(AdaptiveCard.ContentType, body.Type);
            var card = (JObject)body.Value;
            Assert.Equal("Confirmé\u00A0: BR1", card["body"]![0]!.Value<string>("text"));
            Assert.Null(card["actions"]);
        }).StartTestAsync();
    }

    [Fact]
    public async Task An_action_submit_reaches_the_same_handler_through_its_verb()
    {
        var pressed = new List<string>();
        using var bot = new BotHarness(s => s.AddSingleton<ICardActionHandler>(new RecordingHandler(pressed)));

        await bot.Flow().Send(BotHarness.Press(new JObject { ["verb"] = "test.record", ["n"] = 7 }))
            .AssertReply("recorded 7").StartTestAsync();

        Assert.Equal(["test.record:False"], pressed);
    }

    private sealed class RecordingHandler(List<string> pressed) : ICardActionHandler
    {
        public IReadOnlyCollection<string> Verbs { get; } = ["test.record"];

        public Task HandleAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
        {
            pressed.Add($"{action.Verb}:{action.IsExecute}");
            return dc.SendAsync($"recorded {action.Data.Value<int>("n")}", cancellationToken);
        }
    }
}
