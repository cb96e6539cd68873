using OpsBot.Skills.Allocations;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Payments;
using static OpsBot.Tests.Allocations.Books;

namespace OpsBot.Tests.Allocations;

public class ApprovalTests
{
    private static (Books Books, AllocationService Service, Payment Payment, AllocationOutcome Pending) LargeAllocationBy(OpsBot.Skills.Access.Actor maker)
    {
        var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-20", 12_500m);
        var service = books.Service();
        var pending = service.AllocateInFull(maker, NewActionId(), payment.Id, "A0000001", "large payment, confirmed with the customer");
        return (books, service, payment, pending);
    }

    [Fact]
    public void An_approver_who_is_not_the_maker_approves_and_the_money_is_credited_and_the_maker_is_named_to_be_told()
    {
        var (books, service, payment, pending) = LargeAllocationBy(Ana);
        using var _ = books;

        var outcome = service.Approve(Paula, NewActionId(), pending.ApprovalId!.Value);

        Assert.Equal(AllocationCodes.Approved, outcome.Code);
        Assert.Equal((Ana.Id, Paula.Id), (outcome.MakerToNotify, outcome.DecidedBy));
        var allocation = Assert.Single(books.AllocationsOf(payment));
        Assert.Equal((AllocationState.Applied, Paula.Id), (allocation.State, allocation.ApprovedBy));
        Assert.Equal((PaymentStatus.Applied, 12_500m), (books.Reload(payment).Status, books.Reload(payment).AllocatedAmount));
        Assert.Empty(service.PendingApprovals(Quinn));
        Assert.Equal("Approved by Paula Approver: $12,500.00 from BR-20 credited to A0000001.", outcome.MessageIn("en"));
        Assert.Equal([AuditKinds.Allocation, AuditKinds.Approval], books.Store.AuditEvents.FindAll().OrderBy(e => e.Id).Select(e => e.Kind));
    }

    [Fact]
    public void A_maker_cannot_approve_their_own_allocation()
    {
        var (books, service, payment, pending) = LargeAllocationBy(Paula);
        using var _ = books;

        var refusal = Assert.Throws<AllocationException>(() => service.Approve(Paula, NewActionId(), pending.ApprovalId!.Value));

        Assert.Equal(AllocationCodes.MakerCannotApprove, refusal.Code);
        Assert.Equal(AllocationState.PendingApproval, Assert.Single(books.AllocationsOf(payment)).State);
        Assert.Equal(0m, books.Reload(payment).AllocatedAmount);
        Assert.Equal(AllocationCodes.Approved, service.Approve(Quinn, NewActionId(), pending.ApprovalId!.Value).Code);
    }

    [Fact]
    public void An_analyst_cannot_approve()
    {
        var (books, service, _, pending) = LargeAllocationBy(Ana);
        using var __ = books;

        var refusal = Assert.Throws<AllocationException>(() => service.Approve(Bob, NewActionId(), pending.ApprovalId!.Value));

        Assert.Equal(AllocationCodes.NotAllowed, refusal.Code);
        Assert.Throws<AllocationException>(() => service.PendingApprovals(Bob));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_rejection_needs_a_reason(string? reason)
    {
        var (books, service, payment, pending) = LargeAllocationBy(Ana);
        using var _ = books;

        var refusal = Assert.Throws<AllocationException>(() => service.Reject(Paula, NewActionId(), pending.ApprovalId!.Value, reason!));

        Assert.Equal(AllocationCodes.ReasonRequired, refusal.Code);
        Assert.Equal("Donnez un motif pour refuser une demande\u00A0; il est conservé dans la piste d'audit.", refusal.MessageIn("fr"));
        Assert.Equal(AllocationState.PendingApproval, Assert.Single(books.AllocationsOf(payment)).State);
    }

    [Fact]
    public void A_rejected_allocation_credits_nothing_frees_the_money_and_tells_the_maker_why()
    {
        var (books, service, payment, pending) = LargeAllocationBy(Ana);
        using var _ = books;

        var outcome = service.Reject(Paula, NewActionId(), pending.ApprovalId!.Value, "wrong account: the cheque names another holder");

        Assert.Equal(AllocationCodes.Rejected, outcome.Code);
        Assert.Equal(Ana.Id, outcome.MakerToNotify);
        var allocation = Assert.Single(books.AllocationsOf(payment));
        Assert.Equal((AllocationState.Rejected, "wrong account: the cheque names another holder"), (allocation.State, allocation.DecisionReason));
        Assert.Equal((PaymentStatus.Unapplied, 0m), (books.Reload(payment).Status, books.Reload(payment).AllocatedAmount));
        Assert.Equal(12_500m, service.View(Ana, payment.Id)!.Available);
        Assert.Equal(
            "Refusé par Paula Approver\u00A0: 12\u00A0500,00\u00A0$ du paiement BR-20 n'ont pas été crédités au compte A0000001. Motif\u00A0: wrong account: the cheque names another holder",
            outcome.MessageIn("fr"));
    }

    [Fact]
    public void A_request_already_decided_cannot_be_decided_again_and_the_second_approver_is_told_by_whom()
    {
        var (books, service, _, pending) = LargeAllocationBy(Ana);
        using var __ = books;
        service.Approve(Paula, NewActionId(), pending.ApprovalId!.Value);

        var refusal = Assert.Throws<AllocationException>(() => service.Reject(Quinn, NewActionId(), pending.ApprovalId!.Value, "too late"));

        Assert.Equal(AllocationCodes.AlreadyDecided, refusal.Code);
        Assert.Equal("This request was already approved by Paula Approver.", refusal.MessageIn("en"));
    }

    [Fact]
    public void Approving_twice_with_the_same_action_id_decides_once()
    {
        var (books, service, payment, pending) = LargeAllocationBy(Ana);
        using var _ = books;
        var actionId = NewActionId();

        var first = service.Approve(Paula, actionId, pending.ApprovalId!.Value);
        var second = service.Approve(Paula, actionId, pending.ApprovalId!.Value);

        Assert.True(second.Repeated);
        Assert.Equal(first.Code, second.Code);
        Assert.Equal(12_500m, books.Reload(payment).AllocatedAmount);
        Assert.Single(books.Store.AuditEvents.Find(e => e.Kind == AuditKinds.Approval));
    }

    [Fact]
    public void Pending_approvals_list_oldest_first_and_say_why_each_waits()
    {
        using var books = new Books();
        books.Account("A0000001");
        books.Account("A0000002", OpsBot.Skills.Accounts.CardStatus.Closed);
        var big = books.Payment("BR-21", 15_000m);
        var small = books.Payment("BR-22", 50m);
        var service = books.Service();
        service.AllocateInFull(Ana, NewActionId(), big.Id, "A0000001");
        books.Time.Advance(TimeSpan.FromMinutes(5));
        service.AllocateInFull(Bob, NewActionId(), small.Id, "A0000002", "closed account, customer asked");

        var pending = service.PendingApprovals(Paula);

        Assert.Equal(["BR-21", "BR-22"], pending.Select(p => p.BankReference));
        Assert.Equal("BR-22 : 50,00\u00A0$ au compte A0000002, par Bob Analyst (le compte est annulé ou fermé). Note : closed account, customer asked"
            .Replace(" :", "\u00A0:"), AllocationMessages.Describe(pending[1], "fr"));
        Assert.Equal("BR-21: $15,000.00 to A0000001, by Ana Analyst (at or above the approval threshold). Note: —",
            AllocationMessages.Describe(pending[0], "en"));
        Assert.Equal([small.Id], service.PendingMadeBy(Bob).Select(p => p.PaymentId));
    }
}
