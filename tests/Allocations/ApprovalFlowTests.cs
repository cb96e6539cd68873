using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpsBot.Bot.Hosting;
using OpsBot.Dialogs.Allocations;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Support;
using static OpsBot.Tests.Allocations.FlowTeam;

namespace OpsBot.Tests.Allocations;

/// <summary>Maker-checker in Teams: what waits for an approver, approve and reject, the maker told, reversal, return.</summary>
public class ApprovalFlowTests : IDisposable
{
    private const string Nbsp = "\u00A0";
    private readonly FlowTeam _team = new();

    public ApprovalFlowTests()
    {
        _team.Account("A0001234", "Marie Tremblay");
        _team.Account("A0000001", "Luc Gagnon");
    }

    public void Dispose() => _team.Dispose();

    private async Task<JObject> Reply(Actor who, string text, string locale = "en-CA")
    {
        JObject? card = null;
        await _team.Flow(who, locale).Send(text).AssertReply(a => card = CardOf(a)).StartTestAsync();
        return card!;
    }

    /// <summary>Ana allocates $12,000 to A0000001: at the threshold, so it waits for an approver.</summary>
    private async Task<(Payment Payment, JObject Outcome)> LargeAllocationBy(Actor maker, string locale = "en-CA")
    {
        var payment = _team.Payment("BR2611300000050", 12_000m, payer: "Gestion ABC inc.");
        JObject? card = null;
        var french = locale.StartsWith("fr");
        await _team.Flow(maker, locale)
            .Send(french ? "applique BR2611300000050 au compte A0000001 : le fournisseur a payé pour le titulaire"
                : "allocate BR2611300000050 to A0000001: supplier paid for the holder")
            .AssertReply(a => card = CardOf(a))
            .StartTestAsync();
        Assert.Contains(french
            ? $"Montant égal ou supérieur au seuil d'approbation (10{Nbsp}000,00{Nbsp}$){Nbsp}: un approbateur doit l'accepter avant tout crédit."
            : "At or above the approval threshold ($10,000.00): an approver must agree before any money moves.", Render(card!));
        return (payment, await _team.PressAsync(maker, Button(card!, AllocationVerbs.Confirm), locale));
    }

    /// <summary>The approvals an approver sees: the header, then one card per request.</summary>
    private async Task<(string Header, List<JObject> Cards)> Approvals(Actor approver, string locale = "en-CA", string ask = "approvals")
    {
        var header = "";
        var cards = new List<JObject>();
        var flow = _team.Flow(approver, locale).Send(ask).AssertReply(a => header = TextOf(a));
        await flow.StartTestAsync();
        while (_team.Chat(approver, locale).GetNextReply() is { } reply) cards.Add(CardOf(reply));
        return (header, cards);
    }

    private string? NextProactive(Actor who, string locale = "en-CA") =>
        _team.Chat(who, locale).GetNextReply() is IMessageActivity m ? m.Text : null;

    [Fact]
    public async Task An_allocation_at_the_threshold_waits_says_so_and_is_listed_for_approvers()
    {
        var (payment, outcome) = await LargeAllocationBy(Ana);

        var text = Render(outcome);
        Assert.Contains("Waiting for an approver · BR2611300000050", text);
        Assert.Contains("$12,000.00 from BR2611300000050 to A0000001 is waiting for an approver (at or above the approval threshold). No money moves until then.", text);
        Assert.Contains("Approvers see it when they type “approvals”", text);
        Assert.False(HasActions(outcome));
        Assert.Equal(AllocationState.PendingApproval, Assert.Single(_team.AllocationsOf(payment.Id)).State);
        Assert.Equal(0m, _team.Reload(payment).AllocatedAmount);

        var (header, cards) = await Approvals(Paula);
        Assert.Equal("1 request waits for an approver.", header);
        var card = Assert.Single(cards);
        var cardText = Render(card);
        Assert.Contains("Allocation to approve · BR2611300000050", cardText);
        Assert.Contains("Made by: Ana Analyst", cardText);
        Assert.Contains("Note: supplier paid for the holder", cardText);
        Assert.Contains("Why an approver: at or above the approval threshold", cardText);
        Assert.Contains("[1] Approve", cardText);
        Assert.Contains("[2] Reject", cardText);
        var reason = card["body"]!.OfType<JObject>().Single(e => e.Value<string>("type") == "Input.Text");
        Assert.True(reason.Value<bool>("isRequired"));
        Assert.Equal("none", Button(card, AllocationVerbs.Approve).Value<string>("associatedInputs"));
    }

    [Fact]
    public async Task Approving_credits_the_account_replaces_the_card_and_tells_the_maker_in_their_chat()
    {
        var (payment, _) = await LargeAllocationBy(Ana);
        var (_, cards) = await Approvals(Paula);

        var decided = await _team.PressAsync(Paula, Button(cards[0], AllocationVerbs.Approve));

        Assert.Contains("Approved by Paula Approver: $12,000.00 from BR2611300000050 credited to A0000001.", Render(decided));
        Assert.False(HasActions(decided));
        Assert.Equal(AllocationState.Applied, Assert.Single(_team.AllocationsOf(payment.Id)).State);
        Assert.Equal(PaymentStatus.Applied, _team.Reload(payment).Status);

        await _team.Notices.WhenSentAsync();
        Assert.Equal("Your request was decided. Approved by Paula Approver: $12,000.00 from BR2611300000050 credited to A0000001.", NextProactive(Ana));
        Assert.Empty(await _team.Notices.UnreadAsync(Ana.Id, CancellationToken.None));
        Assert.Equal("Nothing is waiting for an approver.", (await Approvals(Quinn)).Header);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_the_maker_reads_it_in_french()
    {
        var (payment, _) = await LargeAllocationBy(Ana, "fr-CA");
        var (header, cards) = await Approvals(Quinn, "fr-CA", "à approuver");
        Assert.Equal("1 demande attend un approbateur.", header);
        var reject = Button(cards[0], AllocationVerbs.Reject);

        var again = await _team.PressAsync(Quinn, reject, "fr-CA", ("reason", "  "));
        Assert.Contains($"Donnez un motif pour refuser une demande{Nbsp}; il est conservé dans la piste d'audit.", Render(again));
        Assert.True(HasActions(again));
        Assert.Equal(AllocationState.PendingApproval, Assert.Single(_team.AllocationsOf(payment.Id)).State);

        var decided = await _team.PressAsync(Quinn, Button(again, AllocationVerbs.Reject), "fr-CA", ("reason", "mauvais titulaire"));

        Assert.Contains($"Refusé par Quinn Approver{Nbsp}: 12{Nbsp}000,00{Nbsp}$ du paiement BR2611300000050 n'ont pas été crédités au compte A0000001. Motif{Nbsp}: mauvais titulaire", Render(decided));
        Assert.False(HasActions(decided));
        Assert.Equal(AllocationState.Rejected, Assert.Single(_team.AllocationsOf(payment.Id)).State);
        await _team.Notices.WhenSentAsync();
        Assert.Equal($"Votre demande a été traitée. Refusé par Quinn Approver{Nbsp}: 12{Nbsp}000,00{Nbsp}$ du paiement BR2611300000050 n'ont pas été crédités au compte A0000001. Motif{Nbsp}: mauvais titulaire",
            NextProactive(Ana, "fr-CA"));
    }

    [Fact]
    public async Task The_maker_is_told_in_the_language_their_chat_is_held_in_not_their_client_locale()
    {
        var payment = _team.Payment("BR2611300000050", 12_000m);
        JObject? card = null;
        // An English Teams client, a French conversation.
        await _team.Flow(Ana, "en-CA")
            .Send("applique BR2611300000050 au compte A0000001 : le fournisseur a payé").AssertReply(a => card = CardOf(a))
            .StartTestAsync();
        await _team.PressAsync(Ana, Button(card!, AllocationVerbs.Confirm));
        var (_, cards) = await Approvals(Paula);

        await _team.PressAsync(Paula, Button(cards[0], AllocationVerbs.Approve));

        await _team.Notices.WhenSentAsync();
        Assert.Equal($"Votre demande a été traitée. Approuvé par Paula Approver{Nbsp}: 12{Nbsp}000,00{Nbsp}$ du paiement BR2611300000050 crédités au compte A0000001.",
            NextProactive(Ana));
        Assert.Equal(PaymentStatus.Applied, _team.Reload(payment).Status);
    }

    [Fact]
    public async Task A_client_without_the_reason_box_is_asked_for_the_reason_in_the_chat()
    {
        var (payment, _) = await LargeAllocationBy(Ana);
        var (_, cards) = await Approvals(Paula);

        await _team.Flow(Paula)
            .Send(Press(Button(cards[0], AllocationVerbs.Reject)))
            .AssertReply(a => Assert.Equal("Why do you reject the request on BR2611300000050 ($12,000.00)? The maker will read your reason.", TextOf(a)))
            .AssertReply(a => Assert.StartsWith("Why do you reject", InvokeMessage(a)))
            .Send("duplicate of yesterday's credit")
            .AssertReply(a => Assert.Contains("Rejected by Paula Approver: $12,000.00 from BR2611300000050 to A0000001 was not credited. Reason: duplicate of yesterday's credit", Render(CardOf(a))))
            .StartTestAsync();
        Assert.Equal(AllocationState.Rejected, Assert.Single(_team.AllocationsOf(payment.Id)).State);
    }

    [Fact]
    public async Task A_maker_who_is_an_approver_cannot_approve_their_own_request()
    {
        var (payment, _) = await LargeAllocationBy(Paula);

        var (_, cards) = await Approvals(Paula);
        var own = Assert.Single(cards);
        Assert.Contains("You made this request: another approver must decide it.", Render(own));
        Assert.False(HasActions(own));

        // A button pressed anyway (an older card, a crafted request) is refused by the service.
        var request = Assert.Single(_team.Service.PendingApprovals(Quinn));
        var forged = new JObject
        {
            ["type"] = "Action.Execute", ["verb"] = AllocationVerbs.Approve,
            ["data"] = new JObject { ["actionId"] = AllocationCards.NewActionId(), ["approvalId"] = request.Id, ["bankReference"] = request.BankReference },
        };
        var refused = await _team.PressAsync(Paula, forged);

        Assert.Contains("You made this request, so someone else must approve it (four eyes).", Render(refused));
        Assert.False(HasActions(refused));
        Assert.Equal(AllocationState.PendingApproval, Assert.Single(_team.AllocationsOf(payment.Id)).State);
    }

    [Fact]
    public async Task An_approval_pressed_twice_or_by_a_second_approver_decides_once()
    {
        var (payment, _) = await LargeAllocationBy(Ana);
        var paulas = (await Approvals(Paula)).Cards[0];
        var quinns = (await Approvals(Quinn)).Cards[0];

        await _team.PressAsync(Paula, Button(paulas, AllocationVerbs.Approve));
        var again = await _team.PressAsync(Paula, Button(paulas, AllocationVerbs.Approve));
        var late = await _team.PressAsync(Quinn, Button(quinns, AllocationVerbs.Reject), "en-CA", ("reason", "looks wrong"));

        Assert.Contains("Already done by Paula Approver; nothing more was changed.", Render(again));
        Assert.Contains("This request was already approved by Paula Approver.", Render(late));
        Assert.Equal(AllocationState.Applied, Assert.Single(_team.AllocationsOf(payment.Id)).State);
        await _team.Notices.WhenSentAsync();
        Assert.NotNull(NextProactive(Ana));
        Assert.Null(NextProactive(Ana));
    }

    [Fact]
    public async Task A_reversal_is_asked_with_a_reason_and_takes_the_money_back_once_an_approver_agrees()
    {
        var payment = _team.Payment("BR2611300000060", 250m);
        _team.Bot.Store.Payments.Update(payment.WithAllocated(250m));
        _team.Bot.AddAllocation(payment.Id, "A0001234", 250m);
        var allocationId = Assert.Single(_team.AllocationsOf(payment.Id)).Id;

        var card = await Reply(Ana, $"reverse allocation {allocationId} because the old card belongs to another customer");
        var text = Render(card);
        Assert.Contains($"Reverse allocation {allocationId}?", text);
        Assert.Contains("Made by: straight through (auto)", text);
        Assert.Contains("Reason: the old card belongs to another customer", text);

        var asked = await _team.PressAsync(Ana, Button(card, AllocationVerbs.ConfirmReversal));
        Assert.Contains("Reversal waiting for an approver · BR2611300000060", Render(asked));
        Assert.Equal(AllocationState.PendingReversal, Assert.Single(_team.AllocationsOf(payment.Id)).State);
        Assert.Equal(250m, _team.Reload(payment).AllocatedAmount);

        // An analyst cannot approve it.
        var (_, cards) = await Approvals(Quinn);
        await _team.Flow(Bob).Send(Press(Button(cards[0], AllocationVerbs.Approve)))
            .AssertReply(a => Assert.StartsWith("You can't approve: that needs the role of approver.", InvokeMessage(a)))
            .StartTestAsync();

        var reversed = await _team.PressAsync(Quinn, Button(cards[0], AllocationVerbs.Approve));
        Assert.Contains("Reversed · BR2611300000060", Render(reversed));
        Assert.Equal(AllocationState.Reversed, Assert.Single(_team.AllocationsOf(payment.Id)).State);
        Assert.Equal(PaymentStatus.Unapplied, _team.Reload(payment).Status);
        await _team.Notices.WhenSentAsync();
        Assert.StartsWith("Your request was decided.", NextProactive(Ana));
    }

    [Fact]
    public async Task Annuler_l_affectation_demande_une_contrepassation_mais_annuler_seul_annule()
    {
        var payment = _team.Payment("BR2611300000060", 250m);
        _team.Bot.Store.Payments.Update(payment.WithAllocated(250m));
        _team.Bot.AddAllocation(payment.Id, "A0001234", 250m);
        var id = Assert.Single(_team.AllocationsOf(payment.Id)).Id;

        await _team.Flow(Ana, "fr-CA")
            .Send("annuler").AssertReply("Il n'y a rien à annuler.")
            .Send($"annuler l'affectation {id}")
            .AssertReply($"Pourquoi contrepasser l'imputation {id}{Nbsp}? Le motif est transmis à l'approbateur et conservé dans la piste d'audit.")
            .Send("annuler").AssertReply(a => Assert.StartsWith("D'accord, j'ai arrêté.", TextOf(a)))
            .Send($"annuler l'affectation {id} : mauvais client")
            .AssertReply(a =>
            {
                var text = Render(CardOf(a));
                Assert.Contains($"Contrepasser l'imputation {id}{Nbsp}?", text);
                Assert.Contains("Motif: mauvais client", text);
                Assert.Contains("[1] Confirmer", text);
            })
            .StartTestAsync();
        Assert.Equal(AllocationState.Applied, Assert.Single(_team.AllocationsOf(payment.Id)).State);
    }

    [Fact]
    public async Task A_payment_returned_to_the_sender_needs_an_approver_then_counts_as_returned()
    {
        var payment = _team.Payment("BR2611300000070", 75.25m, payer: "Unknown Corp", channel: Channels.Wire);

        var card = await Reply(Ana, "return BR2611300000070 to sender: not our customer");
        Assert.Contains("Return payment BR2611300000070 to the remitter?", Render(card));
        Assert.Contains("Reason: not our customer", Render(card));
        var asked = await _team.PressAsync(Ana, Button(card, AllocationVerbs.ConfirmReturn));
        Assert.Contains("Return of BR2611300000070 ($75.25) to the remitter is waiting for an approver.", Render(asked));
        Assert.Equal(PaymentStatus.Unapplied, _team.Reload(payment).Status);

        var (_, cards) = await Approvals(Paula);
        Assert.Contains("Return to the remitter to approve · BR2611300000070", Render(cards[0]));
        var returned = await _team.PressAsync(Paula, Button(cards[0], AllocationVerbs.Approve));

        Assert.Contains("Approved by Paula Approver: BR2611300000070 ($75.25) is to be returned to the remitter.", Render(returned));
        Assert.Equal(PaymentStatus.Returned, _team.Reload(payment).Status);
    }

    [Fact]
    public async Task Retourner_a_l_expediteur_en_francais()
    {
        _team.Payment("BR2611300000070", 75.25m);
        await _team.Flow(Ana, "fr-CA")
            .Send("retourner BR2611300000070 à l'expéditeur")
            .AssertReply($"Pourquoi retourner le paiement BR2611300000070 au remettant{Nbsp}? Le motif est transmis à l'approbateur et conservé dans la piste d'audit.")
            .Send("pas notre client")
            .AssertReply(a =>
            {
                var text = Render(CardOf(a));
                Assert.Contains($"Retourner le paiement BR2611300000070 au remettant{Nbsp}?", text);
                Assert.Contains("Motif: pas notre client", text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_maker_the_bot_cannot_reach_reads_the_decision_in_my_requests()
    {
        var (payment, _) = await LargeAllocationBy(Ana);
        // Ana's chat is gone (the app was uninstalled from it).
        _team.Bot.Services.GetRequiredService<ConversationDirectory>().MarkRemoved(ConversationId(Ana, "en-CA"));
        var (_, cards) = await Approvals(Paula);
        await _team.PressAsync(Paula, Button(cards[0], AllocationVerbs.Approve));
        await _team.Notices.WhenSentAsync();
        Assert.Null(NextProactive(Ana));

        await _team.Flow(Ana)
            .Send("my requests")
            .AssertReply("Decided since you were last told:\n\n- Approved by Paula Approver: $12,000.00 from BR2611300000050 credited to A0000001.")
            .Send("my requests")
            .AssertReply("You have no request waiting for an approver, and nothing new was decided.")
            .StartTestAsync();
        Assert.Equal(PaymentStatus.Applied, _team.Reload(payment).Status);
    }

    [Fact]
    public async Task Mes_demandes_lists_what_still_waits()
    {
        await LargeAllocationBy(Ana, "fr-CA");
        await _team.Flow(Ana, "fr-CA").Send("mes demandes")
            .AssertReply(a =>
            {
                Assert.StartsWith($"En attente d'approbation{Nbsp}:", TextOf(a));
                Assert.Contains($"- BR2611300000050{Nbsp}: 12{Nbsp}000,00{Nbsp}$ au compte A0000001, par Ana Analyst", TextOf(a));
            })
            .StartTestAsync();
    }
}
