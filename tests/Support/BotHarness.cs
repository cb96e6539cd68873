using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using OpsBot.Bot.Hosting;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Support;

/// <summary>
/// The bot as the composition root builds it, on an in-memory store and a fake clock (Monday, November 30, 2026,
/// 10:00 in Toronto), for TestFlow tests.
/// </summary>
public sealed class BotHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 30);

    public BotHarness(Action<IServiceCollection>? configure = null, OpsStore? store = null)
    {
        Store = store ?? OpsStore.InMemory();
        Seal = new ReferenceSeal(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("OpsBot:TimeZone", "America/Toronto")]).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddOpsBot(configuration);
        services.AddSingleton(Store);
        services.AddSingleton(Seal);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(Now);
    public OpsStore Store { get; }
    public ReferenceSeal Seal { get; }
    public ServiceProvider Services { get; }
    public IBot Bot => Services.GetRequiredService<IBot>();

    public TestAdapter Adapter(string locale = "en-CA", string conversation = "conversation-1", string user = "analyst-1")
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversation, user, "opsbot")) { Locale = locale };
        adapter.Use(Services.GetRequiredService<CardNumberMasking>());
        return adapter;
    }

    public TestFlow Flow(string locale = "en-CA", string conversation = "conversation-1", string user = "analyst-1") =>
        new(Adapter(locale, conversation, user), Bot);

    private long _nextId = 1;

    public Payment AddPayment(string bankReference, DateOnly receivedOn, decimal amount, string? payer = null,
        PaymentStatus status = PaymentStatus.Unapplied, string channel = Channels.BillPayment, string? reference = null,
        string? referenceEnding = null, string? sealedReference = null, string? reason = UnappliedReasons.NoReference)
    {
        var payment = new Payment
        {
            Id = _nextId++,
            BankReference = bankReference,
            ReceivedOn = receivedOn,
            Amount = amount,
            PayerName = payer,
            Status = status,
            Channel = channel,
            Reference = reference,
            ReferenceEnding = referenceEnding,
            SealedReference = sealedReference,
            Reason = status == PaymentStatus.Applied ? null : reason,
            AllocatedAmount = status == PaymentStatus.Applied ? amount : 0m,
            SourceFile = "test.csv",
            Format = "csv",
            IngestedAt = Now,
        };
        Store.Payments.Insert(payment);
        return payment;
    }

    public void AddAccount(string id, string holder, params string[] cardNumbers) =>
        Store.Accounts.Insert(new CardAccount
        {
            Id = id,
            HolderName = holder,
            Cards = cardNumbers.Select(n => new AccountCard { Number = n, Status = CardStatus.Active }).ToList(),
        });

    public void AddAllocation(long paymentId, string accountId, decimal amount) =>
        Store.Allocations.Insert(new Allocation { PaymentId = paymentId, AccountId = accountId, Amount = amount, By = Allocation.Auto, At = Now });

    public void Dispose()
    {
        Services.Dispose();
        Store.Dispose();
    }

    /// <summary>The Adaptive Card of a reply, or null.</summary>
    public static JObject? CardOf(IActivity activity) =>
        (activity as IMessageActivity)?.Attachments?.FirstOrDefault(a => a.ContentType == AdaptiveCard.ContentType)?.Content is { } content
            ? JObject.FromObject(content)
            : null;

    /// <summary>A card as the console shows it: enough to assert what a user reads.</summary>
    public static string CardText(IActivity activity) =>
        CardOf(activity) is { } card ? global::OpsBot.Dialogs.Cards.CardText.Render(card).Text : "";

    /// <summary>An Action.Submit press, as Teams sends it.</summary>
    public static Activity Press(JObject data) => new() { Type = ActivityTypes.Message, Value = data };
}
