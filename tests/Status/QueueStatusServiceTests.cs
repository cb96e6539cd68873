using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Status;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Status;

/// <summary>
/// The status on hand-built data, on Tuesday October 13, 2026 at 10:00 in Toronto: the day after Thanksgiving, so a
/// payment received on Friday the 9th is one business day old, not two.
/// </summary>
public class QueueStatusServiceTests : IDisposable
{
    private static readonly DateOnly Tuesday = new(2026, 10, 13);
    private readonly OpsStore _store = OpsStore.InMemory();
    private readonly QueueData _data;

    public QueueStatusServiceTests()
    {
        _data = new QueueData(_store, QueueData.At(2026, 10, 13, 10));
        SeedOctober13();
    }

    public void Dispose() => _store.Dispose();

    private QueueStatusService Service(StatusSettings? settings = null) => new(_store, _data.Clock, settings);

    // The queue: five items, three of them over the SLA.
    private void SeedOctober13()
    {
        _data.Payment(new(2026, 10, 9), 250.00m, Channels.Cheque, UnappliedReasons.NoReference);        // 1 day (Thanksgiving between)
        _data.Payment(new(2026, 10, 8), 100.00m, Channels.BillPayment, UnappliedReasons.FailsLuhn);     // 2 days
        _data.Payment(new(2026, 10, 1), 1000.00m, Channels.BillPayment, UnappliedReasons.UnknownCard);  // 7 days
        var partial = _data.Payment(new(2026, 10, 6), 300.00m, Channels.Eft, UnappliedReasons.PartialNumber,
            PaymentStatus.PartiallyApplied, allocated: 120.00m);                                        // 4 days, 180 left
        _data.Allocate(partial, 120.00m, "u-anna", QueueData.Local(Tuesday, 9, 15));

        // Today's receipts: 6 payments, $1,065.25.
        _data.StraightThrough(Tuesday, 500.00m);
        _data.StraightThrough(Tuesday, 200.00m);
        _data.StraightThrough(Tuesday, 80.00m);
        var byAnalyst = _data.Payment(Tuesday, 150.00m, Channels.Eft, UnappliedReasons.UnknownCard, PaymentStatus.Applied, allocated: 150.00m);
        _data.Allocate(byAnalyst, 150.00m, "u-anna", QueueData.Local(Tuesday, 9, 40));
        _data.Payment(Tuesday, 75.25m, Channels.Cheque, UnappliedReasons.NoReference);
        _data.Payment(Tuesday, 60.00m, Channels.Interac, UnappliedReasons.NotCad, PaymentStatus.Returned);

        // Other analyst work: one allocation today on an old payment counts; yesterday's, pending and reversed ones do not.
        var old = _data.Payment(new(2026, 10, 7), 40.00m, Channels.BillPayment, UnappliedReasons.FailsLuhn, PaymentStatus.Applied, allocated: 40.00m);
        _data.Allocate(old, 40.00m, "u-bob", QueueData.Local(Tuesday, 8, 5));
        _data.Allocate(old, 40.00m, "u-bob", QueueData.Local(new(2026, 10, 9), 16), AllocationState.Reversed);
        _data.Allocate(old, 15.00m, "u-bob", QueueData.Local(Tuesday, 9, 0), AllocationState.PendingApproval);
        _data.Allocate(old, 25.00m, "u-carl", QueueData.Local(Tuesday, 9, 30), AllocationState.Reversed);
    }

    [Fact]
    public void The_unapplied_queue_counts_every_item_not_fully_applied_and_what_is_left_on_each()
    {
        var status = Service().Now();

        Assert.Equal(new CountAmount(5, 1605.25m), status.Unapplied);
    }

    [Fact]
    public void Ageing_is_counted_in_business_days_with_Thanksgiving_left_out()
    {
        var status = Service().Now();

        Assert.Equal(
        [
            ("today", new CountAmount(1, 75.25m)),
            ("1", new CountAmount(1, 250.00m)),
            ("2", new CountAmount(1, 100.00m)),
            ("3-5", new CountAmount(1, 180.00m)),
            ("over-5", new CountAmount(1, 1000.00m)),
        ], status.Ageing.Select(a => (a.Key, a.Total)));
    }

    [Fact]
    public void Items_older_than_the_SLA_are_breaches_and_the_Friday_payment_is_due_today()
    {
        var status = Service().Now();

        Assert.Equal(new CountAmount(3, 1280.00m), status.SlaBreaches);
        Assert.Equal(new CountAmount(1, 250.00m), status.DueToday);
    }

    [Fact]
    public void The_next_day_the_Friday_payment_breaches_too()
    {
        _data.Time.Advance(TimeSpan.FromDays(1));

        var status = Service().Now();

        Assert.Equal(new DateOnly(2026, 10, 14), status.Today);
        Assert.Equal(new CountAmount(4, 1530.00m), status.SlaBreaches);
        Assert.Equal(new CountAmount(1, 250.00m), status.Ageing.Single(a => a.Key == "2").Total);
    }

    [Fact]
    public void A_same_day_SLA_makes_the_one_day_old_item_a_breach()
    {
        var status = Service(new StatusSettings { SlaBusinessDays = 0 }).Now();

        Assert.Equal(new CountAmount(4, 1530.00m), status.SlaBreaches);
        Assert.Equal(new CountAmount(1, 75.25m), status.DueToday);
    }

    [Fact]
    public void Todays_receipts_balance_straight_through_plus_allocated_plus_remaining_plus_returned()
    {
        var day = Service().Now().TodayFlow;

        Assert.Equal(new CountAmount(6, 1065.25m), day.Received);
        Assert.Equal(new CountAmount(3, 780.00m), day.StraightThrough);
        Assert.Equal(new CountAmount(1, 150.00m), day.Allocated);
        Assert.Equal(new CountAmount(1, 75.25m), day.Remaining);
        Assert.Equal(new CountAmount(1, 60.00m), day.Returned);
        Assert.True(day.Balanced);
    }

    [Fact]
    public void The_straight_through_rate_is_the_share_of_todays_payments_credited_automatically()
    {
        Assert.Equal(0.5m, Service().Now().StraightThroughRate);
    }

    [Fact]
    public void With_nothing_received_today_there_is_no_straight_through_rate()
    {
        _data.Time.Advance(TimeSpan.FromDays(1));

        var status = Service().Now();

        Assert.Equal(CountAmount.Zero, status.TodayFlow.Received);
        Assert.Null(status.StraightThroughRate);
    }

    [Fact]
    public void Each_analyst_is_credited_with_the_allocations_made_today_that_stand_applied()
    {
        var status = Service().Now();

        Assert.Equal(
        [
            new Breakdown("u-anna", new CountAmount(2, 270.00m)),
            new Breakdown("u-bob", new CountAmount(1, 40.00m)),
        ], status.ByAnalyst);
    }

    [Fact]
    public void The_queue_is_broken_down_by_channel_in_the_usual_channel_order()
    {
        var status = Service().Now();

        Assert.Equal(
        [
            new Breakdown(Channels.BillPayment, new CountAmount(2, 1100.00m)),
            new Breakdown(Channels.Eft, new CountAmount(1, 180.00m)),
            new Breakdown(Channels.Cheque, new CountAmount(2, 325.25m)),
        ], status.ByChannel);
    }

    [Fact]
    public void The_top_reasons_are_the_most_frequent_among_items_in_the_queue()
    {
        var status = Service().Now();

        Assert.Equal(
        [
            new ReasonCount(UnappliedReasons.NoReference, 2),
            new ReasonCount(UnappliedReasons.FailsLuhn, 1),
            new ReasonCount(UnappliedReasons.PartialNumber, 1),
            new ReasonCount(UnappliedReasons.UnknownCard, 1),
        ], status.TopReasons);
    }

    [Fact]
    public void The_oldest_items_come_first_with_their_age_and_deadline()
    {
        var oldest = Service(new StatusSettings { OldestShown = 2 }).Now().Oldest;

        Assert.Equal(2, oldest.Count);
        Assert.Equal(new DateOnly(2026, 10, 1), oldest[0].ReceivedOn);
        Assert.Equal(7, oldest[0].AgeBusinessDays);
        Assert.True(oldest[0].SlaBreached);
        Assert.Equal(new DateOnly(2026, 10, 2), oldest[0].Deadline);
        Assert.Equal(180.00m, oldest[1].UnappliedAmount);
    }

    [Fact]
    public void The_status_is_dated_by_the_ops_clock_in_Toronto()
    {
        var status = Service().Now();

        Assert.Equal(Tuesday, status.Today);
        Assert.Equal(TimeSpan.FromHours(-4), status.AsOf.Offset);
        Assert.Equal(10, status.AsOf.Hour);
        Assert.Null(status.HolidayToday);
    }

    [Fact]
    public void On_Thanksgiving_the_status_says_it_is_a_holiday()
    {
        var store = OpsStore.InMemory();
        var data = new QueueData(store, QueueData.At(2026, 10, 12, 9));

        var status = new QueueStatusService(store, data.Clock).Now();

        Assert.Equal("thanksgiving", status.HolidayToday?.Id);
        store.Dispose();
    }
}
