namespace OpsBot.Skills.Reconciliation;

/// <summary>A count and an amount.</summary>
public sealed record Figure(int Count, decimal Amount)
{
    public static readonly Figure Zero = new(0, 0m);
    public Figure Add(decimal amount) => new(Count + 1, Amount + amount);
}

/// <summary>
/// Something the accounting team must see about a day: open work (a credit waiting for an approver, a remainder
/// left unapplied) or a break (records that do not agree). <see cref="Breaks"/> says which; a day with a break is
/// not balanced.
/// </summary>
public sealed record ReconcilingItem(string Code, long PaymentId, string BankReference, decimal Amount, bool Breaks);

/// <summary>One payment's share of each bucket, for the accounting team's CSV: its columns add up to its amount.</summary>
public sealed record PaymentLine
{
    public required long PaymentId { get; init; }
    public required string BankReference { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required string Channel { get; init; }
    public required string Currency { get; init; }
    public required decimal Amount { get; init; }
    public decimal StraightThrough { get; init; }
    public decimal Allocated { get; init; }
    /// <summary>Part of <see cref="Unapplied"/>: set aside for credits waiting for an approver.</summary>
    public decimal PendingApproval { get; init; }
    public decimal Unapplied { get; init; }
    public decimal Returned { get; init; }
    public required string Status { get; init; }
    public IReadOnlyList<string> Exceptions { get; init; } = [];
}

/// <summary>
/// A day's money: payments received (by channel) = credited straight through + allocated by analysts + still
/// unapplied + returned to the remitter, to the cent. Figures are as at the time of the run, for the payments
/// received that day (in Toronto): running it again later moves money from unapplied to allocated, never
/// changes what was received.
/// </summary>
public sealed record DayReconciliation
{
    public required DateOnly Date { get; init; }
    public required Figure Received { get; init; }
    public required IReadOnlyDictionary<string, Figure> ByChannel { get; init; }
    /// <summary>Credits made by ingest ("auto"), still standing; count = credits.</summary>
    public required Figure StraightThrough { get; init; }
    /// <summary>Credits made by analysts and applied (approved where needed), still standing; count = credits.</summary>
    public required Figure Allocated { get; init; }
    /// <summary>What the payments say is not credited, pending approvals and partial remainders included; count = payments.</summary>
    public required Figure Unapplied { get; init; }
    /// <summary>Payments returned to the remitter; count = payments.</summary>
    public required Figure Returned { get; init; }
    /// <summary>Received minus the four buckets: zero when the day balances.</summary>
    public required decimal Difference { get; init; }
    public required IReadOnlyList<ReconcilingItem> Exceptions { get; init; }
    public required IReadOnlyList<PaymentLine> Payments { get; init; }

    /// <summary>To the cent, and no record disagreeing with another.</summary>
    public bool Balanced => Difference == 0m && !Exceptions.Any(e => e.Breaks);
}
