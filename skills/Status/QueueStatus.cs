using OpsBot.Skills.Calendar;

namespace OpsBot.Skills.Status;

/// <summary>
/// Where the queue stands at <see cref="AsOf"/>: what is still unapplied, how old it is against the SLA, and what
/// today brought in and how it was worked. A snapshot of the store at that moment, not a replay of history.
/// </summary>
public sealed record QueueStatus
{
    public required DateTimeOffset AsOf { get; init; }
    /// <summary>The business date the status is for (Canada's, from the OpsClock).</summary>
    public required DateOnly Today { get; init; }
    public required int SlaBusinessDays { get; init; }
    public required HolidaySet Holidays { get; init; }
    /// <summary>The closure today falls on, when today is a holiday.</summary>
    public Holiday? HolidayToday { get; init; }

    /// <summary>Payments not fully applied (unapplied or partially applied); the amount is what is left to apply.</summary>
    public required CountAmount Unapplied { get; init; }
    /// <summary>The unapplied queue by age band, every band present, youngest first.</summary>
    public required IReadOnlyList<AgeingLine> Ageing { get; init; }
    /// <summary>Unapplied items older than the SLA allows.</summary>
    public required CountAmount SlaBreaches { get; init; }
    /// <summary>Unapplied items whose last day within the SLA is today: they breach tonight.</summary>
    public required CountAmount DueToday { get; init; }
    /// <summary>The oldest unapplied items, oldest first.</summary>
    public required IReadOnlyList<QueueItem> Oldest { get; init; }
    /// <summary>The unapplied queue by channel (bill-payment, eft, …), in the order of <c>Channels.All</c>.</summary>
    public required IReadOnlyList<Breakdown> ByChannel { get; init; }

    /// <summary>Today's receipts and where they went.</summary>
    public required DayFlow TodayFlow { get; init; }
    /// <summary>Share of today's payments (by count) credited straight through, 0 to 1; null when nothing came in.</summary>
    public decimal? StraightThroughRate => TodayFlow.StraightThroughRate;
    /// <summary>Allocations each analyst made today that stand applied, whatever day the payment came in; largest first.</summary>
    public required IReadOnlyList<Breakdown> ByAnalyst { get; init; }
    /// <summary>Why the items in the queue could not be credited straight through, most frequent first.</summary>
    public required IReadOnlyList<ReasonCount> TopReasons { get; init; }
}

public sealed record AgeingLine(AgeingBucket Bucket, CountAmount Total)
{
    public string Key => Bucket.Key();
}

public sealed record ReasonCount(string Reason, int Count);

/// <summary>One unapplied payment as the queue shows it.</summary>
public sealed record QueueItem
{
    public required long PaymentId { get; init; }
    public required string BankReference { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required decimal UnappliedAmount { get; init; }
    public required string Currency { get; init; }
    public required string Channel { get; init; }
    public string? PayerName { get; init; }
    public string? Reason { get; init; }
    public required int AgeBusinessDays { get; init; }
    /// <summary>The last business day on which applying it keeps it within the SLA.</summary>
    public required DateOnly Deadline { get; init; }
    public required bool SlaBreached { get; init; }
}

/// <summary>
/// The payments received on one day and where their money went. Amounts balance to the cent:
/// Received = StraightThrough + Allocated + Remaining + Returned. Counts are of payments, so a payment split
/// between a straight-through credit and an analyst counts in both.
/// </summary>
public sealed record DayFlow(
    DateOnly Date,
    CountAmount Received,
    CountAmount StraightThrough,
    CountAmount Allocated,
    CountAmount Remaining,
    CountAmount Returned)
{
    public bool Balanced => Received.Amount == StraightThrough.Amount + Allocated.Amount + Remaining.Amount + Returned.Amount;

    public decimal? StraightThroughRate =>
        Received.Count == 0 ? null : Math.Round((decimal)StraightThrough.Count / Received.Count, 4, MidpointRounding.AwayFromZero);
}
