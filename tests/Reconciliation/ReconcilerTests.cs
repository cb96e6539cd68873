using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Reconciliation;
using OpsBot.Tests.Allocations;
using static OpsBot.Tests.Allocations.Books;

namespace OpsBot.Tests.Reconciliation;

public class ReconcilerTests
{
    [Fact]
    public void A_day_balances_to_the_cent_received_equals_straight_through_plus_allocated_plus_unapplied_plus_returned()
    {
        using var books = new Books();
        SampleDay.Build(books);

        var day = new Reconciler(books.Store).ForDay(Day);

        Assert.Equal(new Figure(7, 16_499.08m), day.Received);
        Assert.Equal(new Figure(1, 100m), day.StraightThrough);
        Assert.Equal(new Figure(2, 850.50m), day.Allocated);
        Assert.Equal(new Figure(4, 15_473.33m), day.Unapplied);
        Assert.Equal(new Figure(1, 75.25m), day.Returned);
        Assert.Equal(0m, day.Difference);
        Assert.True(day.Balanced);
        Assert.Equal(new Dictionary<string, Figure>
        {
            [Channels.BillPayment] = new(3, 383.83m),
            [Channels.Cheque] = new(1, 15_000m),
            [Channels.Eft] = new(1, 1000m),
            [Channels.Interac] = new(1, 40m),
            [Channels.Wire] = new(1, 75.25m),
        }, day.ByChannel);
    }

    [Fact]
    public void Open_work_is_listed_without_breaking_the_balance()
    {
        using var books = new Books();
        var sample = SampleDay.Build(books);

        var day = new Reconciler(books.Store).ForDay(Day);

        Assert.Equal(
            [
                new ReconcilingItem(ReconcilingCodes.PartiallyApplied, sample.Partial.Id, "BR-PART", 400m, false),
                new ReconcilingItem(ReconcilingCodes.PendingApproval, sample.Pending.Id, "BR-PEND", 15_000m, false),
            ],
            day.Exceptions);
        Assert.Equal("BR-PEND\u00A0: 15\u00A0000,00\u00A0$ en attente d'un approbateur", ReconciliationMessages.Describe(day.Exceptions[1], "fr"));
    }

    [Fact]
    public void Each_payment_line_splits_its_amount_across_the_buckets()
    {
        using var books = new Books();
        SampleDay.Build(books);

        var day = new Reconciler(books.Store).ForDay(Day);

        Assert.All(day.Payments, p => Assert.Equal(p.Amount, p.StraightThrough + p.Allocated + p.Unapplied + p.Returned));
        var pending = day.Payments.Single(p => p.BankReference == "BR-PEND");
        Assert.Equal((15_000m, 15_000m), (pending.PendingApproval, pending.Unapplied));
    }

    [Fact]
    public void A_payment_whose_recorded_credit_disagrees_with_its_allocations_breaks_the_day()
    {
        using var books = new Books();
        var sample = SampleDay.Build(books);
        var full = books.Reload(sample.Full);
        books.Store.Payments.Update(full with { AllocatedAmount = 200m, Status = PaymentStatus.PartiallyApplied });

        var day = new Reconciler(books.Store).ForDay(Day);

        Assert.False(day.Balanced);
        Assert.Equal(-50.50m, day.Difference);
        Assert.Contains(new ReconcilingItem(ReconcilingCodes.AllocatedAmountMismatch, sample.Full.Id, "BR-FULL", -50.50m, true), day.Exceptions);
    }

    [Fact]
    public void Credits_that_exceed_their_payment_break_the_day_even_when_the_sum_would_add_up()
    {
        using var books = new Books();
        var sample = SampleDay.Build(books);
        // A second credit slipped in, and the payment's own record was bent to match it.
        books.Store.Allocations.Insert(new Allocation
        {
            PaymentId = sample.Auto.Id, AccountId = "A0000002", Amount = 10m, By = Allocation.Auto, At = books.Time.GetUtcNow(),
        });
        books.Store.Payments.Update(books.Reload(sample.Auto) with { AllocatedAmount = 110m });

        var day = new Reconciler(books.Store).ForDay(Day);

        Assert.Equal(0m, day.Difference);
        Assert.False(day.Balanced);
        Assert.Contains(day.Exceptions, e => e.Code == ReconcilingCodes.OverAllocated && e.Amount == 10m && e.Breaks);
    }

    [Fact]
    public void A_returned_payment_that_still_carries_a_credit_breaks_the_day()
    {
        using var books = new Books();
        var sample = SampleDay.Build(books);
        books.Store.Allocations.Insert(new Allocation
        {
            PaymentId = sample.Returned.Id, AccountId = "A0000002", Amount = 75.25m, By = Ana.Id, At = books.Time.GetUtcNow(),
        });

        var day = new Reconciler(books.Store).ForDay(Day);

        Assert.False(day.Balanced);
        Assert.Equal(-75.25m, day.Difference);
        Assert.Contains(day.Exceptions, e => e.Code == ReconcilingCodes.ReturnedWithCredits && e.Breaks);
    }

    [Fact]
    public void A_status_that_does_not_match_the_credits_is_a_break()
    {
        using var books = new Books();
        var sample = SampleDay.Build(books);
        books.Store.Payments.Update(books.Reload(sample.Untouched) with { Status = PaymentStatus.Applied });

        var day = new Reconciler(books.Store).ForDay(Day);

        Assert.False(day.Balanced);
        Assert.Contains(day.Exceptions, e => e.Code == ReconcilingCodes.StatusMismatch && e.BankReference == "BR-OPEN");
    }

    [Fact]
    public void A_return_or_a_reversal_waiting_for_an_approver_is_open_work_and_the_money_stays_where_it_is()
    {
        using var books = new Books();
        var sample = SampleDay.Build(books);
        var service = books.Service();
        service.RequestReturn(Ana, NewActionId(), sample.Untouched.Id, "paid the wrong issuer");
        var fullCredit = books.AllocationsOf(sample.Full).Single();
        service.RequestReversal(Bob, NewActionId(), fullCredit.Id, "wrong account");

        var day = new Reconciler(books.Store).ForDay(Day);

        Assert.True(day.Balanced);
        Assert.Equal((new Figure(2, 850.50m), new Figure(1, 75.25m)), (day.Allocated, day.Returned));
        Assert.Contains(new ReconcilingItem(ReconcilingCodes.PendingReturn, sample.Untouched.Id, "BR-OPEN", 40m, false), day.Exceptions);
        Assert.Contains(new ReconcilingItem(ReconcilingCodes.PendingReversal, sample.Full.Id, "BR-FULL", 250.50m, false), day.Exceptions);
    }

    [Fact]
    public void A_day_with_no_payments_balances_at_zero()
    {
        using var books = new Books();

        var day = new Reconciler(books.Store).ForDay(Day);

        Assert.Equal((Figure.Zero, true, 0), (day.Received, day.Balanced, day.Exceptions.Count));
    }
}
