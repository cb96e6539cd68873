using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Emails;

/// <summary>
/// What the email flow tests run against: a French-speaking and an English-speaking customer in the bot's store,
/// one payment per default template, and helpers that read an email card back (its parts, buttons and link).
/// Card numbers exist only in the account data and are never printed.
/// </summary>
internal static class EmailFlowData
{
    public const string FrenchAccount = "A0000001";
    public const string EnglishAccount = "A0000002";

    /// <summary>Applied after an analyst found it: the card number given (ending 1050) failed its check digit.</summary>
    public const string WrongReference = "BR2611270000001";
    /// <summary>Paid to Marie Tremblay's replaced card (ending 4321).</summary>
    public const string OldCard = "BR2611270000002";
    /// <summary>John Smith's wire, credited straight through.</summary>
    public const string Applied = "BR2611270000003";
    /// <summary>A cheque without its stub: nobody knows whose.</summary>
    public const string Unidentified = "BR2611290000004";
    /// <summary>Sent back to the remitter: no template fits by default.</summary>
    public const string Returned = "BR2611290000005";
    /// <summary>Marie Tremblay's $1,500.00, credited straight through: more than her $1,000.00 statement balance.</summary>
    public const string OverStatement = "BR2611280000006";

    public static readonly string[] CardNumbers =
    [
        EmailTestData.Card("3742", "4321"), EmailTestData.Card("3741", "1005"), EmailTestData.Card("3743", "2468"),
    ];

    public static Dictionary<string, long> Seed(BotHarness bot)
    {
        bot.Store.Accounts.Insert(new CardAccount
        {
            Id = FrenchAccount, HolderName = "Marie Tremblay", Language = "fr", Province = "QC",
            Email = "marie.tremblay@example.ca", StatementBalance = 1000.00m,
            Cards =
            [
                new AccountCard { Number = CardNumbers[0], Status = CardStatus.Replaced },
                new AccountCard { Number = CardNumbers[1], Status = CardStatus.Active },
            ],
        });
        bot.Store.Accounts.Insert(new CardAccount
        {
            Id = EnglishAccount, HolderName = "John Smith", Language = "en", Province = "ON",
            Email = "john.smith@example.com", StatementBalance = 20000.00m,
            Cards = [new AccountCard { Number = CardNumbers[2], Status = CardStatus.Active }],
        });

        var ids = new Dictionary<string, long>
        {
            [WrongReference] = Add(bot, new Payment
            {
                BankReference = WrongReference, ReceivedOn = new(2026, 11, 27), Amount = 1234.56m, Channel = Channels.BillPayment,
                PayerName = "MARIE TREMBLAY", Reference = CardMask.MaskLastFour("1050"), ReferenceEnding = "1050",
                Reason = UnappliedReasons.FailsLuhn, SourceFile = "test.csv", Format = "csv",
            }, FrenchAccount, "analyst-2", new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.Zero)),
            [OldCard] = Add(bot, new Payment
            {
                BankReference = OldCard, ReceivedOn = new(2026, 11, 27), Amount = 250.00m, Channel = Channels.BillPayment,
                PayerName = "M TREMBLAY", Reference = CardMask.MaskLastFour("4321"), ReferenceEnding = "4321",
                SourceFile = "test.csv", Format = "csv",
            }, FrenchAccount, Allocation.Auto, new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero)),
            [Applied] = Add(bot, new Payment
            {
                BankReference = Applied, ReceivedOn = new(2026, 11, 27), Amount = 12345.67m, Channel = Channels.Wire,
                PayerName = "JOHN SMITH", SourceFile = "test.csv", Format = "csv",
            }, EnglishAccount, Allocation.Auto, new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero)),
            [Unidentified] = Add(bot, new Payment
            {
                BankReference = Unidentified, ReceivedOn = new(2026, 11, 29), Amount = 75.25m, Channel = Channels.Cheque,
                PayerName = "J SMITH", Memo = "NOVEMBER PAYMENT", Reason = UnappliedReasons.NoReference,
                SourceFile = "test.csv", Format = "csv",
            }, null, null, default),
            [Returned] = Add(bot, new Payment
            {
                BankReference = Returned, ReceivedOn = new(2026, 11, 29), Amount = 40.00m, Channel = Channels.Eft,
                PayerName = "UNKNOWN PAYER", Status = PaymentStatus.Returned, Reason = UnappliedReasons.NoReference,
                SourceFile = "test.csv", Format = "csv",
            }, null, null, default),
            [OverStatement] = Add(bot, new Payment
            {
                BankReference = OverStatement, ReceivedOn = new(2026, 11, 28), Amount = 1500.00m, Channel = Channels.BillPayment,
                PayerName = "MARIE TREMBLAY", Reference = CardMask.MaskLastFour("1005"), ReferenceEnding = "1005",
                SourceFile = "test.csv", Format = "csv",
            }, FrenchAccount, Allocation.Auto, new DateTimeOffset(2026, 11, 28, 17, 0, 0, TimeSpan.Zero)),
        };
        return ids;
    }

    private static long Add(BotHarness bot, Payment payment, string? accountId, string? by, DateTimeOffset at)
    {
        payment = payment with { IngestedAt = BotHarness.Now };
        if (accountId is not null) payment = payment.WithAllocated(payment.Amount);
        var id = bot.Store.Payments.Insert(payment).AsInt64;
        if (accountId is not null)
            bot.Store.Allocations.Insert(new Allocation
            {
                PaymentId = id, AccountId = accountId, Amount = payment.Amount, By = by!, At = at,
                State = AllocationState.Applied, ApprovedBy = by == Allocation.Auto ? null : "leader-1", DecidedAt = at,
            });
        return id;
    }

    // ----- reading replies -----

    public static string TextOf(IActivity activity) => ((IMessageActivity)activity).Text ?? "";

    /// <summary>The Adaptive Card of a reply, which must be one, in version 1.5.</summary>
    public static JObject Card(IActivity activity)
    {
        var card = BotHarness.CardOf(activity);
        Assert.NotNull(card);
        Assert.Equal("1.5", card!.Value<string>("version"));
        return card;
    }

    /// <summary>A fact of the card's fact set, by its title.</summary>
    public static string Fact(JObject card, string title) =>
        card.SelectTokens("$.body[?(@.type == 'FactSet')].facts[*]").First(f => f.Value<string>("title") == title).Value<string>("value")!;

    /// <summary>Each language part: its heading ("Français"/"English"), its subject line, and its body as lines.</summary>
    public static IReadOnlyList<(string Heading, string Subject, string Body)> Parts(JObject card) =>
        card["body"]!.OfType<JObject>()
            .Where(e => e.Value<string>("type") == "Container")
            .Select(c =>
            {
                var texts = c["items"]!.Select(i => i.Value<string>("text")!).ToList();
                var blocks = c["items"]!.Skip(2).Select(i => (Text: i.Value<string>("text")!, NewParagraph: i.Value<string>("spacing") != "None"));
                var body = string.Concat(blocks.Select((b, n) => (n == 0 ? "" : b.NewParagraph ? "\n\n" : "\n") + b.Text));
                return (texts[0], texts[1], body);
            })
            .ToList();

    /// <summary>The card's top-level button with this title, or null.</summary>
    public static JObject? Button(JObject card, string title) =>
        card["actions"]?.OfType<JObject>().FirstOrDefault(a => a.Value<string>("title") == title);

    public static IReadOnlyList<string> ButtonTitles(JObject card) =>
        card["actions"]?.Select(a => a.Value<string>("title")!).ToList() ?? [];

    /// <summary>Pressing an Action.Submit, with the values of the card's inputs beside its data, as Teams sends them.</summary>
    public static Activity Press(JObject action, JObject? inputs = null, string locale = "en-CA")
    {
        var data = (JObject)action["data"]!.DeepClone();
        if (inputs is not null) data.Merge(inputs);
        return Pressed(data, locale);
    }

    /// <summary>A button's data as Teams sends it, with the client's locale (TestAdapter only adds it to typed text).</summary>
    public static Activity Pressed(JObject data, string locale = "en-CA")
    {
        var press = BotHarness.Press(data);
        press.Locale = locale;
        return press;
    }

    /// <summary>The "Draft" button inside "Another template".</summary>
    public static JObject TemplateDraftButton(JObject card, string anotherTemplateTitle) =>
        (JObject)Button(card, anotherTemplateTitle)!["card"]!["actions"]![0]!;

    public static IReadOnlyList<string> TemplateChoices(JObject card, string anotherTemplateTitle) =>
        Button(card, anotherTemplateTitle)!["card"]!["body"]![0]!["choices"]!.Select(c => c.Value<string>("value")!).ToList();

    /// <summary>A mailto: link's address, and its subject and body decoded.</summary>
    public static (string To, string Subject, string Body) Mailto(string link)
    {
        Assert.StartsWith("mailto:", link);
        var question = link.IndexOf('?');
        var query = link[(question + 1)..].Split('&')
            .ToDictionary(p => p[..p.IndexOf('=')], p => Uri.UnescapeDataString(p[(p.IndexOf('=') + 1)..]));
        return (link["mailto:".Length..question], query["subject"], query["body"]);
    }

    /// <summary>Sends one message or press and collects the replies (the flow fails if fewer come).</summary>
    public static async Task<List<IActivity>> Exchange(TestFlow flow, object message, int replies = 1)
    {
        var got = new List<IActivity>();
        var f = message is string text ? flow.Send(text) : flow.Send((IActivity)message);
        for (var i = 0; i < replies; i++) f = f.AssertReply(a => got.Add(a));
        await f.AssertNoReply("no more replies", 100).StartTestAsync();
        return got;
    }

    /// <summary>True when the text holds any of the seeded full card numbers. Returns a bool so nothing prints one.</summary>
    public static bool HoldsACardNumber(string text) =>
        CardNumbers.Any(text.Contains) || PanScanner.Scan(text, "reply").Any();
}
