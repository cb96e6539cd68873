using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Allocations;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Support;
using static OpsBot.Tests.Allocations.FlowTeam;

namespace OpsBot.Tests.Allocations;

public class AllocationFlowTests : IDisposable
{
    private const string Nbsp = "\u00A0";
    private readonly FlowTeam _team = new();

    public AllocationFlowTests()
    {
        _team.Account("A0001234", "Marie Tremblay");
        _team.Account("A0000001", "Luc Gagnon");
        _team.Account("A0000002", "Gestion ABC inc.");
    }

    public void Dispose() => _team.Dispose();

    /// <summary>Types the request, answers the note prompt, and returns the confirmation card.</summary>
    private async Task<JObject> ConfirmationCard(Actor who, string request, string note, string locale = "en-CA")
    {
        JObject? card = null;
        await _team.Flow(who, locale)
            .Send(request).AssertReply(a => Assert.Contains(locale.StartsWith("fr") ? "Ajoutez une note" : "Add a note", TextOf(a)))
            .Send(note).AssertReply(a => card = CardOf(a))
            .StartTestAsync();
        return card!;
    }

    [Fact]
    public async Task Allocating_in_full_by_typing_asks_for_a_note_then_a_confirmation_that_the_button_carries_out()
    {
        var payment = _team.Payment("BR2611300000017", 250m);

        var card = await ConfirmationCard(Ana, "allocate BR2611300000017 to A0001234", "customer called: old card saved in online banking");

        var text = Render(card);
        Assert.Equal("1.5", card.Value<string>("version"));
        Assert.Contains("Allocate payment BR2611300000017?", text);
        Assert.Contains("Payment: BR2611300000017 · $250.00", text);
        Assert.Contains("Received: November 30, 2026", text);
        Assert.Contains("Left to allocate: $250.00", text);
        Assert.Contains("A0001234 · Marie Tremblay: $250.00", text);
        Assert.Contains("Note: customer called: old card saved in online banking", text);
        var confirm = Button(card, AllocationVerbs.Confirm);
        Assert.Equal("Action.Execute", confirm.Value<string>("type"));
        Assert.Equal(32, confirm["data"]!.Value<string>("actionId")!.Length);
        Assert.NotNull(confirm["data"]!.Value<string>("seenVersion"));
        Assert.Empty(_team.AllocationsOf(payment.Id));

        var done = await _team.PressAsync(Ana, confirm);

        var doneText = Render(done);
        Assert.Contains("Allocated · BR2611300000017", doneText);
        Assert.Contains("Done: $250.00 from BR2611300000017 credited to A0001234. Left unapplied: $0.00.", doneText);
        Assert.False(HasActions(done));
        var allocation = Assert.Single(_team.AllocationsOf(payment.Id));
        Assert.Equal(AllocationState.Applied, allocation.State);
        Assert.Equal(Ana.Id, allocation.By);
        Assert.Equal(250m, allocation.Amount);
        Assert.Equal("customer called: old card saved in online banking", allocation.Note);
        Assert.Equal(PaymentStatus.Applied, _team.Reload(payment).Status);
    }

    [Fact]
    public async Task Imputer_en_entier_en_francais()
    {
        var payment = _team.Payment("BR2611300000017", 1234.56m);

        var card = await ConfirmationCard(Ana, "applique BR2611300000017 au compte A0001234", "aucune", "fr-CA");

        var text = Render(card);
        Assert.Contains($"Imputer le paiement BR2611300000017{Nbsp}?", text);
        Assert.Contains($"Paiement: BR2611300000017 · 1{Nbsp}234,56{Nbsp}$", text);
        Assert.Contains("Reçu le: 30 novembre 2026", text);
        Assert.Contains("Note: aucune", text);
        Assert.Contains("[1] Confirmer", text);
        Assert.Contains("[2] Annuler", text);

        var done = await _team.PressAsync(Ana, Button(card, AllocationVerbs.Confirm), "fr-CA");

        Assert.Contains($"C'est fait{Nbsp}: 1{Nbsp}234,56{Nbsp}$ du paiement BR2611300000017 crédités au compte A0001234. Reste non imputé{Nbsp}: 0,00{Nbsp}$.", Render(done));
        Assert.Null(Assert.Single(_team.AllocationsOf(payment.Id)).Note);
    }

    [Fact]
    public async Task A_split_credits_each_account_its_amount_and_leaves_the_rest_unapplied()
    {
        var payment = _team.Payment("BR2611300000021", 200m);

        var card = await ConfirmationCard(Ana, "allocate BR2611300000021 100 to A0000001 and 50.25 to A0000002", "two cards of one family");

        var text = Render(card);
        Assert.Contains("A0000001 · Luc Gagnon: $100.00", text);
        Assert.Contains("A0000002 · Gestion ABC inc.: $50.25", text);
        var done = await _team.PressAsync(Ana, Button(card, AllocationVerbs.Confirm));

        Assert.Contains("Done: $150.25 from BR2611300000021 credited to A0000001 and A0000002. Left unapplied: $49.75.", Render(done));
        var allocations = _team.AllocationsOf(payment.Id);
        Assert.Equal([("A0000001", 100m), ("A0000002", 50.25m)], allocations.Select(a => (a.AccountId, a.Amount)));
        var after = _team.Reload(payment);
        Assert.Equal(PaymentStatus.PartiallyApplied, after.Status);
        Assert.Equal(150.25m, after.AllocatedAmount);
    }

    [Fact]
    public async Task Repartir_en_francais_avec_virgules_decimales()
    {
        var payment = _team.Payment("BR2611300000021", 200m);

        var card = await ConfirmationCard(Ana, "répartir BR2611300000021 100 $ au compte A0000001 et 50,25 $ au compte A0000002", "famille", "fr-CA");

        Assert.Contains($"A0000002 · Gestion ABC inc.: 50,25{Nbsp}$", Render(card));
        var done = await _team.PressAsync(Ana, Button(card, AllocationVerbs.Confirm), "fr-CA");
        Assert.Contains($"150,25{Nbsp}$ du paiement BR2611300000021 crédités aux comptes A0000001 et A0000002. Reste non imputé{Nbsp}: 49,75{Nbsp}$.", Render(done));
        Assert.Equal(150.25m, _team.Reload(payment).AllocatedAmount);
    }

    [Theory]
    [InlineData("en-CA", "allocate BR2611300000017 300 to A0000001", "$300.00 is more than what is left of BR2611300000017: $250.00. Nothing was allocated.")]
    [InlineData("fr-CA", "répartir BR2611300000017 300 $ au compte A0000001", "300,00\u00A0$ dépasse ce qui reste du paiement BR2611300000017\u00A0: 250,00\u00A0$. Rien n'a été imputé.")]
    public async Task An_amount_over_the_payment_is_refused_clearly_before_any_card(string locale, string request, string refusal)
    {
        var payment = _team.Payment("BR2611300000017", 250m);

        await _team.Flow(Ana, locale).Send(request).AssertReply(refusal).AssertNoReply().StartTestAsync();

        Assert.Empty(_team.AllocationsOf(payment.Id));
    }

    [Fact]
    public async Task A_split_over_the_payment_is_refused_even_when_each_line_fits()
    {
        var payment = _team.Payment("BR2611300000017", 250m);

        await _team.Flow(Ana).Send("split BR2611300000017 200 to A0000001 and 100 to A0000002")
            .AssertReply("$300.00 is more than what is left of BR2611300000017: $250.00. Nothing was allocated.")
            .StartTestAsync();
        Assert.Empty(_team.AllocationsOf(payment.Id));
    }

    [Fact]
    public async Task A_number_not_next_to_its_account_is_not_taken_for_the_whole_payment()
    {
        _team.Payment("BR2611300000017", 250m);

        await _team.Flow(Ana).Send("allocate BR2611300000017 A0000001 100")
            .AssertReply(a => Assert.StartsWith("I couldn't tell what “100” is", TextOf(a)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Pressing_confirm_a_second_time_applies_nothing_more_and_says_who_did_it()
    {
        var payment = _team.Payment("BR2611300000017", 250m);
        var card = await ConfirmationCard(Ana, "allocate BR2611300000017 to A0001234", "none");
        var confirm = Button(card, AllocationVerbs.Confirm);

        var first = await _team.PressAsync(Ana, confirm);
        var second = await _team.PressAsync(Ana, confirm);

        Assert.False(HasActions(first));
        Assert.False(HasActions(second));
        Assert.Contains("Already done by Ana Analyst; nothing more was changed. Done: $250.00 from BR2611300000017 credited to A0001234.", Render(second));
        Assert.Single(_team.AllocationsOf(payment.Id));
        Assert.Equal(250m, _team.Reload(payment).AllocatedAmount);
    }

    [Fact]
    public async Task Two_analysts_racing_for_one_payment_get_one_allocation_and_one_clear_refusal()
    {
        var payment = _team.Payment("BR2611300000017", 250m);
        var anaCard = await ConfirmationCard(Ana, "allocate BR2611300000017 to A0001234", "found by name");
        var bobCard = await ConfirmationCard(Bob, "allocate BR2611300000017 to A0000001", "found by amount");

        var presses = await Task.WhenAll(
            Task.Run(() => _team.PressAsync(Ana, Button(anaCard, AllocationVerbs.Confirm))),
            Task.Run(() => _team.PressAsync(Bob, Button(bobCard, AllocationVerbs.Confirm))));

        var allocation = Assert.Single(_team.AllocationsOf(payment.Id));
        var texts = presses.Select(Render).ToList();
        var winner = allocation.By == Ana.Id ? 0 : 1;
        var winnerName = winner == 0 ? "Ana Analyst" : "Bob Analyst";
        Assert.Contains("Allocated · BR2611300000017", texts[winner]);
        Assert.Contains("Nothing was changed", texts[1 - winner]);
        Assert.Contains($"BR2611300000017 changed while you were looking at it ({winnerName} acted on it first). Nothing was allocated; look it up again.", texts[1 - winner]);
        Assert.All(presses, card => Assert.False(HasActions(card)));
    }

    [Fact]
    public async Task The_allocate_button_of_the_lookup_card_asks_for_the_account_and_a_note()
    {
        var payment = _team.Payment("BR2611300000017", 250m);
        JObject? allocate = null;

        await _team.Flow(Ana)
            .Send("find BR2611300000017").AssertReply(a =>
                allocate = (CardOf(a)["actions"] as JArray)!.OfType<JObject>().Single(b => b.Value<string>("title") == "Allocate"))
            .StartTestAsync();
        await _team.Flow(Ana)
            .Send(BotHarness.Press((JObject)allocate!["data"]!))
            .AssertReply("To which account should BR2611300000017 go? $250.00 is left to allocate. Type an account id such as “A0001234”, or split it: “100 to A0000001 and 50.25 to A0000002”.")
            .Send("A0001234").AssertReply(a => Assert.StartsWith("Add a note", TextOf(a)))
            .Send("no").AssertReply(a => Assert.Contains("A0001234 · Marie Tremblay: $250.00", Render(CardOf(a))))
            .StartTestAsync();
        Assert.Empty(_team.AllocationsOf(payment.Id));
    }

    [Fact]
    public async Task A_research_card_button_with_an_account_goes_straight_to_the_note()
    {
        var payment = _team.Payment("BR2611300000017", 250m);
        var research = new JObject
        {
            ["type"] = "Action.Execute", ["verb"] = "payment.allocate",
            ["data"] = new JObject { ["paymentId"] = payment.Id, ["accountId"] = "A0001234" },
        };

        await _team.Flow(Ana, "fr-CA")
            .Send(Press(research, "fr-CA"))
            .AssertReply(a => Assert.StartsWith("Ajoutez une note pour la piste d'audit", TextOf(a)))
            .AssertReply(a => Assert.Equal($"Imputons-le{Nbsp}: répondez ci-dessous.", InvokeMessage(a)))
            .Send("trouvé par le nom du payeur").AssertReply(a => Assert.Contains($"A0001234 · Marie Tremblay: 250,00{Nbsp}$", Render(CardOf(a))))
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_on_the_confirmation_replaces_it_and_changes_nothing()
    {
        var payment = _team.Payment("BR2611300000017", 250m);
        var card = await ConfirmationCard(Ana, "allocate BR2611300000017 to A0001234", "none");

        var cancelled = await _team.PressAsync(Ana, Button(card, AllocationVerbs.Cancel));

        Assert.Contains("Allocate payment BR2611300000017? · Cancelled: nothing was changed.", Render(cancelled));
        Assert.False(HasActions(cancelled));
        Assert.Empty(_team.AllocationsOf(payment.Id));
    }

    [Fact]
    public async Task A_card_number_pasted_in_the_note_is_masked_on_the_card_in_the_state_and_in_the_books()
    {
        var payment = _team.Payment("BR2611300000017", 250m);
        var pan = TestCards.AmexEndingIn("1005");

        JObject? card = null;
        await _team.Flow(Ana)
            .Send("allocate BR2611300000017 to A0001234").AssertReply(a => Assert.StartsWith("Add a note", TextOf(a)))
            .Send($"the customer gave {pan} on the phone")
            .AssertReply(a => Assert.StartsWith("Please don't paste full card numbers in chat (PCI DSS 4.2.2)", TextOf(a)))
            .AssertReply(a => card = CardOf(a))
            .StartTestAsync();
        var done = await _team.PressAsync(Ana, Button(card!, AllocationVerbs.Confirm));

        Assert.Contains("Note: the customer gave •••• •••••• •1005 on the phone", Render(card!));
        Assert.False(card!.ToString().Contains(pan), "The confirmation card held the pasted card number.");
        Assert.False(done.ToString().Contains(pan), "The final card held the pasted card number.");
        var note = Assert.Single(_team.AllocationsOf(payment.Id)).Note!;
        Assert.False(note.Contains(pan), "The allocation's note held the pasted card number.");
        Assert.EndsWith("•1005 on the phone", note);
        foreach (var doc in _team.Bot.Store.Documents(OpsBot.Dialogs.Layer.LiteDbStorage.CollectionName).FindAll())
            Assert.False(doc.ToString().Contains(pan), "The saved conversation state held the pasted card number.");
    }

    [Fact]
    public async Task Allocate_alone_asks_which_payment_and_takes_the_account_from_the_same_answer()
    {
        _team.Payment("BR2611300000017", 250m);

        await _team.Flow(Ana)
            .Send("allocate").AssertReply("Which payment? Give its bank reference (BR…).")
            .Send("BR2611300000017 to A0001234").AssertReply(a => Assert.StartsWith("Add a note", TextOf(a)))
            .Send("none").AssertReply(a => Assert.Contains("A0001234 · Marie Tremblay: $250.00", Render(CardOf(a))))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_fully_applied_payment_is_said_to_have_nothing_left()
    {
        var payment = _team.Payment("BR2611300000017", 250m);
        _team.Bot.Store.Payments.Update(payment.WithAllocated(250m));
        _team.Bot.AddAllocation(payment.Id, "A0001234", 250m);

        await _team.Flow(Ana, "fr-CA").Send("applique BR2611300000017 au compte A0000001")
            .AssertReply($"Il ne reste rien à imputer sur le paiement BR2611300000017{Nbsp}: il est entièrement imputé.")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_unknown_account_is_refused_before_the_note()
    {
        _team.Payment("BR2611300000017", 250m);
        await _team.Flow(Ana).Send("allocate BR2611300000017 to A0009999")
            .AssertReply("There is no account A0009999; nothing was allocated.").StartTestAsync();
    }
}

/// <summary>Cards and outcomes are Canadian in both languages whatever the machine's culture.</summary>
public class AllocationFlowCultureTests
{
    private static async Task<(string Card, string Outcome)> AllocateAsync(string locale, string request)
    {
        using var team = new FlowTeam();
        team.Account("A0000001", "Luc Gagnon");
        team.Payment("BR2611300000017", 2468.02m);
        JObject? card = null, outcome = null;
        await team.Flow(Ana, locale).Send(request).AssertReply(a => card = CardOf(a)).StartTestAsync();
        await team.Flow(Ana, locale).Send(Press(Button(card!, AllocationVerbs.Confirm), locale))
            .AssertReply(a => outcome = Replacement(a)).StartTestAsync();
        return (Render(card!), Render(outcome!));
    }

    private static async Task Check(string locale, string request, string line, string done)
    {
        var (card, outcome) = await AllocateAsync(locale, request);
        Assert.Contains(line, card);
        Assert.Contains(done, outcome);
    }

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "en-CA", "allocate BR2611300000017 1,234.56 to A0000001: half", "A0000001 · Luc Gagnon: $1,234.56", "Left unapplied: $1,233.46." },
        { "fr-CA", "répartir BR2611300000017 1 234,56 $ au compte A0000001 : moitié", "A0000001 · Luc Gagnon: 1\u00A0234,56\u00A0$", "Reste non imputé\u00A0: 1\u00A0233,46\u00A0$." },
    };

    [Theory, MemberData(nameof(Cases)), UseCulture("fr-CA")]
    public Task Under_fr_CA(string locale, string request, string line, string done) => Check(locale, request, line, done);

    [Theory, MemberData(nameof(Cases)), UseCulture("en-CA")]
    public Task Under_en_CA(string locale, string request, string line, string done) => Check(locale, request, line, done);

    [Theory, MemberData(nameof(Cases)), UseCulture("de-DE")]
    public Task Under_an_unrelated_culture(string locale, string request, string line, string done) => Check(locale, request, line, done);
}
