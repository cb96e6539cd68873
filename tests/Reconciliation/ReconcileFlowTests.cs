using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Reconciliation;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Reconciliation;
using OpsBot.Tests.Allocations;
using OpsBot.Tests.Support;
using static OpsBot.Tests.Allocations.FlowTeam;

namespace OpsBot.Tests.Reconciliation;

/// <summary>
/// "reconcile today" in Teams on a day seeded through the allocation service, whose figures are worked out by hand:
/// received 6 payments, $16,465.75 = straight through $100.00 + allocated $850.50 (250.50 + 600.00)
/// + unapplied $15,440.00 (400.00 + 15,000.00 + 40.00) + returned $75.25.
/// </summary>
public class ReconcileFlowTests : IDisposable
{
    private const string Nbsp = "\u00A0";
    private readonly FlowTeam _team = new();

    public ReconcileFlowTests() => SeedDay();

    public void Dispose() => _team.Dispose();

    private void SeedDay()
    {
        _team.Account("A0000001", "Luc Gagnon");
        _team.Account("A0000002", "Marie Tremblay");
        _team.Account("A0000003", "Gestion ABC inc.");
        var service = _team.Service;
        static string Id() => Guid.NewGuid().ToString("N");

        var auto = _team.Bot.AddPayment("BR2611300000101", BotHarness.Today, 100m, "Luc Gagnon", status: PaymentStatus.Applied);
        _team.Bot.AddAllocation(auto.Id, "A0000001", 100m);
        var full = _team.Payment("BR2611300000102", 250.50m);
        service.AllocateInFull(Ana, Id(), full.Id, "A0000002", "called");
        var partial = _team.Payment("BR2611300000103", 1000m, channel: Channels.Eft);
        service.Split(Ana, Id(), partial.Id, [new AllocationLine("A0000003", 600m)]);
        var pending = _team.Payment("BR2611300000104", 15_000m, channel: Channels.Cheque);
        service.AllocateInFull(Bob, Id(), pending.Id, "A0000001");
        var back = _team.Payment("BR2611300000105", 75.25m, channel: Channels.Wire);
        var asked = service.RequestReturn(Ana, Id(), back.Id, "no customer of ours");
        service.Approve(Paula, Id(), asked.ApprovalId!.Value);
        _team.Payment("BR2611300000106", 40m, channel: Channels.Interac);
    }

    private async Task<JObject> CardFor(Actor who, string ask, string locale = "en-CA")
    {
        JObject? card = null;
        await _team.Flow(who, locale).Send(ask).AssertReply(a => card = CardOf(a)).StartTestAsync();
        return card!;
    }

    [Fact]
    public async Task Reconcile_today_balances_the_seeded_day_and_a_leader_signs_it_off_once()
    {
        var card = await CardFor(Leo, "reconcile today");

        var text = Render(card);
        Assert.Equal("1.5", card.Value<string>("version"));
        Assert.Contains("Reconciliation · November 30, 2026", text);
        Assert.Contains("Balanced to the cent.", text);
        Assert.Contains("Received: 6 payments · $16,465.75", text);
        Assert.Contains("Bill payment: 2 payments · $350.50", text);
        Assert.Contains("Cheque: 1 payment · $15,000.00", text);
        Assert.Contains("EFT: 1 payment · $1,000.00", text);
        Assert.Contains("Interac e-Transfer: 1 payment · $40.00", text);
        Assert.Contains("Wire: 1 payment · $75.25", text);
        Assert.Contains("Straight through: 1 credit · $100.00", text);
        Assert.Contains("Allocated by analysts: 2 credits · $850.50", text);
        Assert.Contains("Unapplied: 3 payments · $15,440.00", text);
        Assert.Contains("Returned: 1 payment · $75.25", text);
        Assert.Contains("Difference: $0.00", text);
        Assert.Contains("Received $16,465.75 = straight through $100.00 + allocated $850.50 + unapplied $15,440.00 + returned $75.25", text);
        Assert.Contains("Exceptions (2)", text);
        Assert.Contains("- BR2611300000103: partly allocated, $400.00 left unapplied", text);
        Assert.Contains("- BR2611300000104: $15,000.00 waiting for an approver", text);
        var signOff = Button(card, ReconciliationCard.SignOffVerb);
        Assert.Equal("Action.Execute", signOff.Value<string>("type"));
        Assert.DoesNotContain(card["body"]!, e => e.Value<string>("type") == "Input.Text");

        var signed = await _team.PressAsync(Leo, signOff);
        var again = await _team.PressAsync(Paula, signOff);

        Assert.Contains("November 30, 2026 is signed off by Leo Leader: balanced, 2 exception(s) noted.", Render(signed));
        Assert.Contains("Signed off by Leo Leader on November 30, 2026, 10:00 AM.", Render(signed));
        Assert.False(HasActions(signed));
        Assert.Contains("Signed off by Leo Leader on November 30, 2026", Render(again));
        Assert.False(HasActions(again));
        var signature = _team.Bot.Services.GetRequiredService<DaySignOffs>().Find(BotHarness.Today)!;
        Assert.Equal(Leo.Id, signature.By);
        Assert.True(signature.Balanced);
        Assert.Single(_team.Bot.Store.AuditEvents.Find(e => e.Kind == AuditKinds.SignOff));
    }

    [Fact]
    public async Task An_analyst_reads_the_day_without_a_sign_off_button_and_a_signed_day_says_who_signed()
    {
        var card = await CardFor(Ana, "reconcile today");
        Assert.Contains("Not signed off yet: a team leader or an approver signs the day off.", Render(card));
        Assert.False(HasActions(card));

        await _team.PressAsync(Paula, Button(await CardFor(Paula, "reconcile today"), ReconciliationCard.SignOffVerb));
        var later = await CardFor(Leo, "reconcile today");
        Assert.Contains("Signed off by Paula Approver on November 30, 2026, 10:00 AM.", Render(later));
        Assert.False(HasActions(later));
    }

    [Fact]
    public async Task Le_rapprochement_en_francais()
    {
        var card = await CardFor(Paula, "rapprochement", "fr-CA");

        var text = Render(card);
        Assert.Contains("Rapprochement · 30 novembre 2026", text);
        Assert.Contains("Équilibré au cent près.", text);
        Assert.Contains($"Reçu: 6 paiements · 16{Nbsp}465,75{Nbsp}$", text);
        Assert.Contains($"Paiement de facture: 2 paiements · 350,50{Nbsp}$", text);
        Assert.Contains($"Traitement direct: 1 crédit · 100,00{Nbsp}$", text);
        Assert.Contains($"Imputé par les analystes: 2 crédits · 850,50{Nbsp}$", text);
        Assert.Contains($"Non imputé: 3 paiements · 15{Nbsp}440,00{Nbsp}$", text);
        Assert.Contains($"- BR2611300000104{Nbsp}: 15{Nbsp}000,00{Nbsp}$ en attente d'un approbateur", text);
        Assert.Contains("[1] Signer la journée", text);

        var signed = await _team.PressAsync(Paula, Button(card, ReconciliationCard.SignOffVerb), "fr-CA");
        Assert.Contains($"La journée du 30 novembre 2026 est signée par Paula Approver{Nbsp}: équilibrée, 2 exception(s) notée(s).", Render(signed));
        Assert.Contains($"Signé par Paula Approver le 30 novembre 2026, 10{Nbsp}h{Nbsp}00.", Render(signed));
    }

    [Theory]
    [InlineData("en-CA", "reconcile yesterday", "Reconciliation · November 29, 2026")]
    [InlineData("fr-CA", "rapprochement du 29 novembre", "Rapprochement · 29 novembre 2026")]
    public async Task Another_day_is_reconciled_by_naming_it(string locale, string ask, string title)
    {
        _team.Payment("BR2611290000001", 12.34m, receivedOn: BotHarness.Today.AddDays(-1));

        var text = Render(await CardFor(Leo, ask, locale));

        Assert.Contains(title, text);
        Assert.Contains(locale == "en-CA" ? "Received: 1 payment · $12.34" : $"Reçu: 1 paiement · 12,34{Nbsp}$", text);
    }

    [Theory]
    [InlineData("en-CA", "reconcile tomorrow", "December 1, 2026 hasn't come yet: there is nothing to reconcile.")]
    [InlineData("en-CA", "reconcile last week", "I reconcile one day at a time: which day? Try “reconcile today”, “reconcile yesterday” or “reconcile November 30”.")]
    [InlineData("fr-CA", "rapprochement de demain", "Le 1er décembre 2026 n'est pas encore arrivé\u00A0: il n'y a rien à rapprocher.")]
    public async Task A_day_to_come_or_a_range_is_answered_in_words(string locale, string ask, string answer)
    {
        await _team.Flow(Leo, locale).Send(ask).AssertReply(answer).StartTestAsync();
    }

    [Fact]
    public async Task Un_jour_sans_paiement_se_dit_au_singulier()
    {
        var text = Render(await CardFor(Leo, "rapprochement d'hier", "fr-CA"));
        Assert.Contains("Rapprochement · 29 novembre 2026", text);
        Assert.Contains("Aucun paiement n'a été reçu ce jour-là.", text);
        Assert.Contains($"Reçu: 0 paiement · 0,00{Nbsp}$", text);
        Assert.Contains($"Traitement direct: 0 crédit · 0,00{Nbsp}$", text);
    }

    [Fact]
    public async Task A_day_that_does_not_balance_is_signed_only_with_an_explanation()
    {
        // A payment that says it is credited with no allocation behind it: the records disagree.
        _team.Bot.AddPayment("BR2611300000199", BotHarness.Today, 19.99m, "Bad Data", status: PaymentStatus.Applied);

        var card = await CardFor(Leo, "reconcile today");
        var text = Render(card);
        Assert.Contains("Not balanced: a difference of $19.99.", text);
        Assert.Contains("BR2611300000199: the payment's credited amount differs from its allocations by $19.99", text);
        var box = card["body"]!.OfType<JObject>().Single(e => e.Value<string>("type") == "Input.Text");
        Assert.True(box.Value<bool>("isRequired"));

        var refused = await _team.PressAsync(Leo, Button(card, ReconciliationCard.SignOffVerb), "en-CA", ("explanation", ""));
        Assert.Contains("November 30, 2026 does not balance (difference $19.99, 1 break(s)). Fix it, or sign with an explanation.", Render(refused));
        Assert.True(HasActions(refused));
        Assert.Null(_team.Bot.Services.GetRequiredService<DaySignOffs>().Find(BotHarness.Today));

        var signed = await _team.PressAsync(Leo, Button(refused, ReconciliationCard.SignOffVerb), "en-CA", ("explanation", "the bank's correction file arrives tomorrow"));
        Assert.Contains("November 30, 2026 is signed off by Leo Leader with a break of $19.99, explained in the audit trail.", Render(signed));
        Assert.Contains("with a break of $19.99 (explained in the audit trail)", Render(signed));
        Assert.Equal("the bank's correction file arrives tomorrow", _team.Bot.Services.GetRequiredService<DaySignOffs>().Find(BotHarness.Today)!.Explanation);
    }

    [Fact]
    public async Task A_client_without_the_explanation_box_is_asked_in_the_chat()
    {
        _team.Bot.AddPayment("BR2611300000199", BotHarness.Today, 19.99m, "Bad Data", status: PaymentStatus.Applied);
        var card = await CardFor(Leo, "reconcile today");

        await _team.Flow(Leo)
            .Send(Press(Button(card, ReconciliationCard.SignOffVerb)))
            .AssertReply("November 30, 2026 does not balance (difference $19.99). Why sign it off anyway? Your explanation stays in the audit trail.")
            .AssertReply(a => Assert.StartsWith("November 30, 2026 does not balance", InvokeMessage(a)))
            .Send("correction tomorrow")
            .AssertReply(a => Assert.Contains("signed off by Leo Leader with a break of $19.99", Render(CardOf(a))))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_agent_cannot_sign_a_day_off_even_with_a_button()
    {
        var card = await CardFor(Leo, "reconcile today");
        await _team.Flow(Agnes).Send(Press(Button(card, ReconciliationCard.SignOffVerb)))
            .AssertReply(a => Assert.Equal("You can't sign a day off: that needs the role of team leader or approver. A team leader can add you in the settings.", InvokeMessage(a)))
            .StartTestAsync();
        Assert.Null(_team.Bot.Services.GetRequiredService<DaySignOffs>().Find(BotHarness.Today));
    }
}

/// <summary>The reconciliation card is Canadian in both languages whatever the machine's culture.</summary>
public class ReconcileFlowCultureTests
{
    private static async Task Check(string locale, string ask, string[] expected)
    {
        using var team = new FlowTeam();
        team.Payment("BR2611300000301", 1234.56m);
        team.Payment("BR2611300000302", 0.44m, channel: Channels.Cheque);
        JObject? card = null;
        await team.Flow(Leo, locale).Send(ask).AssertReply(a => card = CardOf(a)).StartTestAsync();
        var text = Render(card!);
        foreach (var e in expected) Assert.Contains(e, text);
    }

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "en-CA", "reconcile today", ["Reconciliation · November 30, 2026", "Received: 2 payments · $1,235.00", "Unapplied: 2 payments · $1,235.00"] },
        { "fr-CA", "rapprochement", ["Rapprochement · 30 novembre 2026", "Reçu: 2 paiements · 1\u00A0235,00\u00A0$", "Non imputé: 2 paiements · 1\u00A0235,00\u00A0$"] },
    };

    [Theory, MemberData(nameof(Cases)), UseCulture("fr-CA")]
    public Task Under_fr_CA(string locale, string ask, string[] expected) => Check(locale, ask, expected);

    [Theory, MemberData(nameof(Cases)), UseCulture("en-CA")]
    public Task Under_en_CA(string locale, string ask, string[] expected) => Check(locale, ask, expected);

    [Theory, MemberData(nameof(Cases)), UseCulture("de-DE")]
    public Task Under_an_unrelated_culture(string locale, string ask, string[] expected) => Check(locale, ask, expected);
}
