using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Lookup;

public class LookupFlowTests : IDisposable
{
    private readonly BotHarness _bot = new();
    private static readonly DateOnly Yesterday = new(2026, 11, 29);

    public void Dispose() => _bot.Dispose();

    private static string TextOf(IActivity a) => ((IMessageActivity)a).Text ?? "";

    private static Action<IActivity> Card(Action<string> check) => a =>
    {
        Assert.NotNull(BotHarness.CardOf(a));
        Assert.Equal("1.5", BotHarness.CardOf(a)!.Value<string>("version"));
        check(BotHarness.CardText(a));
    };

    private void SeedTremblays()
    {
        _bot.AddPayment("BR2611300000017", new DateOnly(2026, 11, 27), 250m, "Marie Tremblay", reference: "•••• •••••• •1005", reason: UnappliedReasons.UnknownCard);
        _bot.AddPayment("BR2611300000021", Yesterday, 250m, "TREMBLAY MARIE");
        _bot.AddPayment("BR2611300000022", Yesterday, 75.10m, "Luc Tremblay", channel: Channels.Cheque);
        _bot.AddPayment("BR2611300000023", Yesterday, 250m, "Jean Côté", channel: Channels.Interac);
        _bot.AddPayment("BR2611300000024", Yesterday, 7500m, "Gestion ABC inc.", channel: Channels.Wire);
        _bot.AddPayment("BR2611300000025", Yesterday, 9000m, "Gestion XYZ", status: PaymentStatus.Applied);
    }

    [Fact]
    public async Task Find_by_reference_shows_the_payment_in_detail()
    {
        SeedTremblays();
        await _bot.Flow().Send("find BR2611300000017").AssertReply(Card(text =>
        {
            Assert.Contains("Payment BR2611300000017", text);
            Assert.Contains("$250.00", text);
            Assert.Contains("received 3 days ago", text);
            Assert.Contains("Received: November 27, 2026", text);
            Assert.Contains("Channel: Bill payment", text);
            Assert.Contains("Payer: Marie Tremblay", text);
            Assert.Contains("Reference: •••• •••••• •1005", text);
            Assert.Contains("Status: Unapplied", text);
            Assert.Contains("Reason: No account has this card", text);
            Assert.Contains("No allocations.", text);
            Assert.Contains("[1] Research", text);
            Assert.Contains("[2] Allocate", text);
            Assert.Contains("[3] Email", text);
        })).StartTestAsync();
    }

    [Fact]
    public async Task Le_detail_en_francais()
    {
        SeedTremblays();
        await _bot.Flow("fr-CA").Send("trouve le paiement BR2611300000017").AssertReply(Card(text =>
        {
            Assert.Contains("Paiement BR2611300000017", text);
            Assert.Contains("250,00\u00A0$", text);
            Assert.Contains("reçu il y a 3 jours", text);
            Assert.Contains("Reçu le: 27 novembre 2026", text);
            Assert.Contains("Statut: Non appliqué", text);
            Assert.Contains("Affecter", text);
        })).StartTestAsync();
    }

    [Fact]
    public async Task Payments_from_a_payer_yesterday_come_as_a_page_of_results()
    {
        SeedTremblays();
        await _bot.Flow().Send("payments from Tremblay yesterday").AssertReply(Card(text =>
        {
            Assert.Contains("2 payments found — 1 to 2", text);
            Assert.Contains("payer “Tremblay” · received November 29, 2026", text);
            Assert.Contains("BR2611300000021", text);
            Assert.Contains("BR2611300000022", text);
            Assert.DoesNotContain("BR2611300000017", text);
            Assert.Contains("$75.10", text);
            Assert.Contains("Details · BR2611300000022", text);
        })).StartTestAsync();
    }

    [Fact]
    public async Task Paiements_de_250_recus_hier()
    {
        SeedTremblays();
        await _bot.Flow("fr-CA").Send("paiements de 250 $ reçus hier").AssertReply(Card(text =>
        {
            Assert.Contains("2 paiements trouvés — 1 à 2", text);
            Assert.Contains("montant 250,00\u00A0$ · reçus le 29 novembre 2026", text);
            Assert.Contains("BR2611300000021", text);
            Assert.Contains("BR2611300000023", text);
            Assert.Contains("Virement Interac", text);
        })).StartTestAsync();
    }

    [Fact]
    public async Task Unapplied_over_an_amount()
    {
        SeedTremblays();
        await _bot.Flow().Send("unapplied over 5000").AssertReply(Card(text =>
        {
            // One payment: shown in detail. The applied one over 5000 is left out.
            Assert.Contains("Payment BR2611300000024", text);
            Assert.Contains("$7,500.00", text);
        })).StartTestAsync();
    }

    [Fact]
    public async Task Card_ending_finds_the_masked_reference()
    {
        SeedTremblays();
        await _bot.Flow().Send("card ending 1005")
            .AssertReply(Card(text => Assert.Contains("Payment BR2611300000017", text)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Nothing_found_says_what_was_asked()
    {
        SeedTremblays();
        await _bot.Flow().Send("payments from Gagnon yesterday")
            .AssertReply("No payment matches (payer “Gagnon” · received November 29, 2026).")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_lookup_without_criteria_asks_what_to_look_for()
    {
        SeedTremblays();
        await _bot.Flow()
            .Send("find a payment").AssertReply(a => Assert.StartsWith("What should I look for?", TextOf(a)))
            .Send("BR2611300000017").AssertReply(Card(text => Assert.Contains("Payment BR2611300000017", text)))
            .StartTestAsync();
    }

    [Fact]
    public async Task More_pages_through_the_results_by_typing_or_by_the_button()
    {
        for (var day = 1; day <= 7; day++)
            _bot.AddPayment($"BR26110000000{day:D2}", new DateOnly(2026, 11, day), 100m + day, "Marie Tremblay");
        JObject? moreData = null;

        await _bot.Flow()
            .Send("payments from Tremblay").AssertReply(a =>
            {
                var text = BotHarness.CardText(a);
                Assert.Contains("7 payments found — 1 to 5", text);
                Assert.Contains("More results", text);
                moreData = (JObject)BotHarness.CardOf(a)!["actions"]![0]!["data"]!;
            })
            .Send("more").AssertReply(Card(text =>
            {
                Assert.Contains("7 payments found — 6 to 7", text);
                Assert.Contains("BR2611000000001", text);
                Assert.DoesNotContain("More results", text);
            }))
            .Send("more").AssertReply("There are no more results.")
            .StartTestAsync();

        await _bot.Flow().Send(BotHarness.Press(moreData!))
            .AssertReply(Card(text => Assert.Contains("7 payments found — 6 to 7", text)))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_details_button_opens_the_payment()
    {
        SeedTremblays();
        await _bot.Flow().Send(BotHarness.Press(new JObject { ["verb"] = "lookup.detail", ["paymentId"] = 3 }))
            .AssertReply(Card(text =>
            {
                Assert.Contains("Payment BR2611300000022", text);
                Assert.Contains("Channel: Cheque", text);
            }))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_pasted_card_number_is_used_masked_and_warned_about_once_per_conversation()
    {
        var card = TestCards.AmexEndingIn("1005");
        _bot.AddAccount("A0000001", "Marie Tremblay", card);
        var credited = _bot.AddPayment("BR2611300000031", Yesterday, 120m, "M TREMBLAY", status: PaymentStatus.Applied);
        _bot.AddAllocation(credited.Id, "A0000001", 120m);
        var replies = new List<IActivity>();

        await _bot.Flow()
            .Send($"payments for {card}")
            .AssertReply(a => { replies.Add(a); Assert.StartsWith("Please don't paste full card numbers in chat (PCI DSS 4.2.2)", TextOf(a)); })
            .AssertReply(a => { replies.Add(a); Assert.Contains("Payment BR2611300000031", BotHarness.CardText(a)); })
            .Send($"find {card}")
            .AssertReply(a => { replies.Add(a); Assert.Contains("Payment BR2611300000031", BotHarness.CardText(a)); })
            .AssertNoReply()
            .StartTestAsync();

        await _bot.Flow("fr-CA", conversation: "another")
            .Send($"paiements de la carte {card}")
            .AssertReply(a => { replies.Add(a); Assert.StartsWith("Veuillez ne pas coller de numéro de carte complet", TextOf(a)); })
            .AssertReply(a => replies.Add(a))
            .StartTestAsync();

        foreach (var reply in replies)
            Assert.False(Newtonsoft.Json.JsonConvert.SerializeObject(reply).Contains(card), "A reply held the pasted card number.");
        // Nor is it in the conversation's saved state.
        foreach (var doc in _bot.Store.Documents(LiteDbStorage.CollectionName).FindAll())
            Assert.False(doc.ToString().Contains(card), "The saved state held the pasted card number.");
    }

    [Fact]
    public async Task An_action_execute_for_a_verb_nobody_handles_answers_in_the_invoke_response()
    {
        SeedTremblays();
        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = CardActionRequest.InvokeName,
            Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = "payment.nobody-handles", data = new { paymentId = 1 } } }),
        };
        await _bot.Flow().Send(invoke).AssertReply(a =>
        {
            Assert.Equal(ActivityTypesEx.InvokeResponse, a.Type);
            var body = (AdaptiveCardInvokeResponse)((InvokeResponse)((Activity)a).Value).Body;
            Assert.Equal(200, body.StatusCode);
            Assert.Equal("application/vnd.microsoft.activity.message", body.Type);
            Assert.Contains("“payment.nobody-handles”", (string)body.Value);
        }).StartTestAsync();
    }
}

public class LookupCultureTests
{
    private static async Task<string> DetailText(string locale, string text)
    {
        using var bot = new BotHarness();
        bot.AddPayment("BR2611300000017", new DateOnly(2026, 11, 27), 1234.56m, "Marie Tremblay");
        var card = "";
        await bot.Flow(locale).Send(text).AssertReply(a => card = BotHarness.CardText(a)).StartTestAsync();
        return card;
    }

    [Theory]
    [UseCulture("fr-CA")]
    [InlineData("en-CA", "find BR2611300000017", "$1,234.56", "November 27, 2026")]
    [InlineData("fr-CA", "trouve BR2611300000017", "1\u00A0234,56\u00A0$", "27 novembre 2026")]
    public async Task Amounts_and_dates_are_canadian_under_fr_CA(string locale, string text, string amount, string date)
    {
        var card = await DetailText(locale, text);
        Assert.Contains(amount, card);
        Assert.Contains(date, card);
    }

    [Theory]
    [UseCulture("en-CA")]
    [InlineData("en-CA", "find BR2611300000017", "$1,234.56", "November 27, 2026")]
    [InlineData("fr-CA", "trouve BR2611300000017", "1\u00A0234,56\u00A0$", "27 novembre 2026")]
    public async Task Amounts_and_dates_are_canadian_under_en_CA(string locale, string text, string amount, string date)
    {
        var card = await DetailText(locale, text);
        Assert.Contains(amount, card);
        Assert.Contains(date, card);
    }

    [Theory]
    [UseCulture("de-DE")]
    [InlineData("en-CA", "find BR2611300000017", "$1,234.56", "November 27, 2026", "received 3 days ago")]
    [InlineData("fr-CA", "trouve BR2611300000017", "1\u00A0234,56\u00A0$", "27 novembre 2026", "reçu il y a 3 jours")]
    public async Task Amounts_dates_and_ages_are_canadian_under_an_unrelated_culture(string locale, string text, string amount, string date, string age)
    {
        var card = await DetailText(locale, text);
        Assert.Contains(amount, card);
        Assert.Contains(date, card);
        Assert.Contains(age, card);
    }
}
