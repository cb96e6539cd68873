using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpsBot.Bot.Hosting;
using OpsBot.Dialogs.Allocations;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Access;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Allocations;

/// <summary>
/// The whole bot (composition root, real dialogs) for flow tests of allocation and reconciliation, with a team whose
/// roles come from real settings keyed on AAD object ids. Each person chats in their own TestAdapter conversation,
/// with <c>from.aadObjectId</c> set as Teams sets it; proactive messages reach those conversations through the real
/// <see cref="ProactiveMessenger"/> and <see cref="ConversationDirectory"/> (only the Bot Framework's network call is
/// swapped for the person's TestAdapter).
/// </summary>
public sealed class FlowTeam : IDisposable
{
    public static readonly Actor Ana = new("6f1c2e3a-0000-4000-8000-00000000a001", "Ana Analyst");
    public static readonly Actor Bob = new("6f1c2e3a-0000-4000-8000-00000000a002", "Bob Analyst");
    public static readonly Actor Paula = new("6f1c2e3a-0000-4000-8000-00000000b001", "Paula Approver");
    public static readonly Actor Quinn = new("6f1c2e3a-0000-4000-8000-00000000b002", "Quinn Approver");
    public static readonly Actor Leo = new("6f1c2e3a-0000-4000-8000-00000000c001", "Leo Leader");
    public static readonly Actor Agnes = new("6f1c2e3a-0000-4000-8000-00000000d001", "Agnes Agent");
    public static readonly Actor Stranger = new("6f1c2e3a-0000-4000-8000-00000000e001", "Sam Stranger");

    /// <summary>The team as an operator would write it in appsettings.json or the environment (Roles__Analysts__0=…).</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Roles:Analysts:0"] = Ana.Id,
        ["Roles:Analysts:1"] = Bob.Id,
        // Teams sends object ids in lower case; settings may hold them in upper case.
        ["Roles:Approvers:0"] = Paula.Id.ToUpperInvariant(),
        ["Roles:Approvers:1"] = Quinn.Id,
        ["Roles:Leaders:0"] = Leo.Id,
        ["Roles:Agents:0"] = Agnes.Id,
        ["MicrosoftAppId"] = "",
    };

    private readonly ConcurrentDictionary<string, TestAdapter> _chats = new();

    public FlowTeam()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        Bot = new BotHarness(services =>
        {
            services.AddSingleton(Roles.FromConfiguration(configuration));
            services.AddSingleton<CloudAdapter>(new ToTestChats(_chats));
        });
    }

    public BotHarness Bot { get; }
    public AllocationService Service => Bot.Services.GetRequiredService<AllocationService>();
    public MakerNotices Notices => Bot.Services.GetRequiredService<MakerNotices>();

    /// <summary>The person's personal chat with the bot (one per person and locale).</summary>
    public TestAdapter Chat(Actor who, string locale = "en-CA") => _chats.GetOrAdd(ConversationId(who, locale), id =>
    {
        var reference = TestAdapter.CreateConversation(id, "user", "opsbot");
        // As in Teams: a personal chat, and the user's AAD object id on every activity.
        reference.Conversation = new ConversationAccount(conversationType: "personal", id: id);
        reference.User = new ChannelAccount("29:" + who.DisplayName.Replace(' ', '-'), who.DisplayName, aadObjectId: who.Id);
        var adapter = new TestAdapter(reference) { Locale = locale };
        adapter.Use(Bot.Services.GetRequiredService<CardNumberMasking>());
        return adapter;
    });

    public TestFlow Flow(Actor who, string locale = "en-CA") => new(Chat(who, locale), Bot.Bot);

    /// <summary>Presses an Action.Execute button as <paramref name="who"/> and returns the card that replaces it.</summary>
    public async Task<JObject> PressAsync(Actor who, JObject button, string locale = "en-CA", params (string, string)[] inputs)
    {
        JObject? replaced = null;
        await Flow(who, locale).Send(Press(button, locale, inputs)).AssertReply(a => replaced = Replacement(a)).StartTestAsync();
        return replaced!;
    }

    public static string ConversationId(Actor who, string locale) => $"personal-{who.DisplayName.Replace(' ', '-')}-{locale}";

    // ----- the books -----

    public CardAccount Account(string id, string holder, CardStatus status = CardStatus.Active)
    {
        var account = new CardAccount
        {
            Id = id,
            HolderName = holder,
            Cards = [new AccountCard { Number = TestCards.AmexEndingIn(id[^4..]), Status = status }],
        };
        Bot.Store.Accounts.Insert(account);
        return account;
    }

    public Payment Payment(string reference, decimal amount, string payer = "Marie Tremblay", DateOnly? receivedOn = null,
        string channel = Channels.BillPayment) =>
        Bot.AddPayment(reference, receivedOn ?? BotHarness.Today, amount, payer, channel: channel, reason: UnappliedReasons.UnknownCard);

    public IReadOnlyList<Allocation> AllocationsOf(long paymentId) =>
        Bot.Store.Allocations.Find(a => a.PaymentId == paymentId).OrderBy(a => a.Id).ToList();

    public Payment Reload(Payment payment) => Bot.Store.Payments.FindById(payment.Id);

    // ----- what comes back -----

    public static string TextOf(IActivity activity) => ((IMessageActivity)activity).Text ?? "";

    public static JObject CardOf(IActivity activity) => BotHarness.CardOf(activity) ?? throw new Xunit.Sdk.XunitException(
        $"Expected a card, got: {TextOf(activity)}");

    public static string Render(JObject card) => global::OpsBot.Dialogs.Cards.CardText.Render(card).Text;

    /// <summary>The body of an invoke's answer.</summary>
    public static AdaptiveCardInvokeResponse InvokeAnswer(IActivity activity)
    {
        Assert.Equal(ActivityTypesEx.InvokeResponse, activity.Type);
        var response = (InvokeResponse)((Activity)activity).Value;
        Assert.Equal(200, response.Status);
        return (AdaptiveCardInvokeResponse)response.Body;
    }

    /// <summary>The card an Action.Execute answer puts in place of the one pressed.</summary>
    public static JObject Replacement(IActivity activity)
    {
        var answer = InvokeAnswer(activity);
        Assert.Equal(AdaptiveCard.ContentType, answer.Type);
        var card = (JObject)answer.Value;
        Assert.Equal("1.5", card.Value<string>("version"));
        return card;
    }

    /// <summary>The short message an Action.Execute answer shows instead of a card.</summary>
    public static string InvokeMessage(IActivity activity)
    {
        var answer = InvokeAnswer(activity);
        Assert.Equal("application/vnd.microsoft.activity.message", answer.Type);
        return (string)answer.Value;
    }

    /// <summary>The Action.Execute button with this verb on a card.</summary>
    public static JObject Button(JObject card, string verb) =>
        (card["actions"] as JArray ?? []).OfType<JObject>().Single(a => a.Value<string>("verb") == verb);

    public static bool HasActions(JObject card) => card["actions"] is JArray { Count: > 0 };

    /// <summary>What Teams sends when an Action.Execute button is pressed, with the card's inputs merged into its data.</summary>
    public static Activity Press(JObject button, string locale = "en-CA", params (string Input, string Value)[] inputs)
    {
        Assert.Equal("Action.Execute", button.Value<string>("type"));
        var data = (JObject)(button["data"]?.DeepClone() ?? new JObject());
        foreach (var (input, value) in inputs) data[input] = value;
        return new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = CardActionRequest.InvokeName,
            Locale = locale,
            Value = new JObject
            {
                ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = button["verb"], ["data"] = data },
                ["trigger"] = "manual",
            },
        };
    }

    public void Dispose() => Bot.Dispose();

    /// <summary>
    /// The host's CloudAdapter with its one network call, continuing a conversation, sent to the TestAdapter of that
    /// conversation instead of Teams' connector service.
    /// </summary>
    private sealed class ToTestChats(ConcurrentDictionary<string, TestAdapter> chats)
        : CloudAdapter(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()))
    {
        public override Task ContinueConversationAsync(string botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
            chats[reference.Conversation.Id].ContinueConversationAsync(botAppId, reference, callback, cancellationToken);
    }
}
