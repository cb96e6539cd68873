namespace OpsBot.Skills.Reconciliation;

/// <summary>Codes of <see cref="ReconcilingItem"/>s and of sign-off outcomes and refusals, worded by <see cref="ReconciliationMessages"/>.</summary>
public static class ReconcilingCodes
{
    // Open work: the day still balances.
    public const string PendingApproval = "pending-approval";
    public const string PendingReversal = "pending-reversal";
    public const string PendingReturn = "pending-return";
    public const string PartiallyApplied = "partially-applied";
    public const string NotCad = "not-cad";

    // Breaks: the records disagree and the day does not balance.
    public const string OverAllocated = "over-allocated";
    public const string AllocatedAmountMismatch = "allocated-amount-mismatch";
    public const string StatusMismatch = "status-mismatch";
    public const string ReturnedWithCredits = "returned-with-credits";

    // Sign-off.
    public const string SignedOff = "signed-off";
    public const string SignedOffWithBreak = "signed-off-with-break";
    public const string DayNotBalanced = "day-not-balanced";
    public const string DayInFuture = "day-in-future";
    public const string NotAllowed = "sign-off-not-allowed";
}
