using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using static OpsBot.Tests.Allocations.Books;

namespace OpsBot.Tests.Allocations;

public class ReversalTests
{
    [Fact]
    public void A_reversal_waits_for_an_approver_with_the_credit_standing_then_puts_the_money_back_to_unapplied()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-30", 300m);
        var service = books.Service();
        var credit = service.AllocateInFull(Ana, NewActionId(), payment.Id, "A0000001").Allocations[0];

        var requested = service.RequestReversal(Bob, NewActionId(), credit.Id, "credited to the wrong account");

        Assert.Equal(AllocationCodes.ReversalPending, requested.Code);
        Assert.Equal(AllocationState.PendingReversal, books.AllocationsOf(payment)[0].State);
        Assert.Equal((PaymentStatus.Applied, 300m), (books.Reload(payment).Status, books.Reload(payment).AllocatedAmount));

        var reversed = service.Approve(Paula, NewActionId(), requested.ApprovalId!.Value);

        Assert.Equal(AllocationCodes.Reversed, reversed.Code);
        Assert.Equal(Bob.Id, reversed.MakerToNotify);
        Assert.Equal(AllocationState.Reversed, books.AllocationsOf(payment)[0].State);
        var after = books.Reload(payment);
        Assert.Equal((PaymentStatus.Unapplied, 0m, UnappliedReasons.ReversedAllocation), (after.Status, after.AllocatedAmount, after.Reason));
        Assert.Equal(300m, service.View(Ana, payment.Id)!.Available);
    }

    [Fact]
    public void A_straight_through_credit_can_be_reversed_back_to_unapplied()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-31", 75.25m);
        var auto = books.AutoCredit(payment, "A0000001");
        var service = books.Service();

        var requested = service.RequestReversal(Ana, NewActionId(), auto.Id, "customer paid the wrong card; belongs to a colleague");
        service.Approve(Quinn, NewActionId(), requested.ApprovalId!.Value);

        Assert.Equal(AllocationState.Reversed, books.AllocationsOf(payment)[0].State);
        Assert.Equal((PaymentStatus.Unapplied, 0m), (books.Reload(payment).Status, books.Reload(payment).AllocatedAmount));
    }

    [Fact]
    public void A_refused_reversal_leaves_the_credit_applied()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-32", 40m);
        var auto = books.AutoCredit(payment, "A0000001");
        var service = books.Service();
        var requested = service.RequestReversal(Ana, NewActionId(), auto.Id, "looks odd");

        var outcome = service.Reject(Paula, NewActionId(), requested.ApprovalId!.Value, "the card is the customer's current one");

        Assert.Equal(AllocationCodes.ReversalRejected, outcome.Code);
        Assert.Equal(AllocationState.Applied, books.AllocationsOf(payment)[0].State);
        Assert.Equal(PaymentStatus.Applied, books.Reload(payment).Status);
    }

    [Fact]
    public void A_reversal_needs_a_reason_and_someone_else_to_approve_it()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-33", 40m);
        var auto = books.AutoCredit(payment, "A0000001");
        var service = books.Service();

        Assert.Equal(AllocationCodes.ReasonRequired,
            Assert.Throws<AllocationException>(() => service.RequestReversal(Paula, NewActionId(), auto.Id, " ")).Code);
        var requested = service.RequestReversal(Paula, NewActionId(), auto.Id, "duplicate credit");
        Assert.Equal(AllocationCodes.MakerCannotApprove,
            Assert.Throws<AllocationException>(() => service.Approve(Paula, NewActionId(), requested.ApprovalId!.Value)).Code);
        Assert.Equal(AllocationState.PendingReversal, books.AllocationsOf(payment)[0].State);
    }

    [Fact]
    public void Only_an_applied_allocation_can_be_reversed()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-34", 20_000m);
        var service = books.Service();
        var pending = service.AllocateInFull(Ana, NewActionId(), payment.Id, "A0000001").Allocations[0];

        var refusal = Assert.Throws<AllocationException>(() => service.RequestReversal(Bob, NewActionId(), pending.Id, "changed my mind"));

        Assert.Equal(AllocationCodes.WrongState, refusal.Code);
        Assert.Equal($"Allocation {pending.Id} is waiting for approval; it can't be reversed.", refusal.MessageIn("en"));
    }
}
