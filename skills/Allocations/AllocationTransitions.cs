namespace OpsBot.Skills.Allocations;

/// <summary>
/// The only moves an allocation can make. Each checks where it starts from and refuses anything else with
/// <see cref="AllocationCodes.WrongState"/>, so no path can, say, approve a rejected allocation.
/// <code>
/// PendingApproval ─approve→ Applied ─request reversal→ PendingReversal ─approve→ Reversed
///        └─reject→ Rejected                  ↑────────────reject─────────────┘
/// </code>
/// </summary>
public static class AllocationTransitions
{
    public static Allocation Approve(this Allocation a, string approver, DateTimeOffset at) =>
        From(a, AllocationState.PendingApproval, "approved", "approuvée") with
        {
            State = AllocationState.Applied, ApprovedBy = approver, DecidedAt = at,
        };

    public static Allocation Reject(this Allocation a, string approver, DateTimeOffset at, string reason) =>
        From(a, AllocationState.PendingApproval, "rejected", "refusée") with
        {
            State = AllocationState.Rejected, ApprovedBy = approver, DecidedAt = at, DecisionReason = reason,
        };

    /// <summary>The credit stands until an approver agrees; ApprovedBy/DecidedAt keep the original decision.</summary>
    public static Allocation RequestReversal(this Allocation a) =>
        From(a, AllocationState.Applied, "reversed", "contrepassée") with { State = AllocationState.PendingReversal };

    public static Allocation CompleteReversal(this Allocation a) =>
        From(a, AllocationState.PendingReversal, "reversed", "contrepassée") with { State = AllocationState.Reversed };

    public static Allocation KeepAfterRefusedReversal(this Allocation a) =>
        From(a, AllocationState.PendingReversal, "kept", "maintenue") with { State = AllocationState.Applied };

    private static Allocation From(Allocation a, AllocationState expected, string wantedEn, string wantedFr)
    {
        if (a.State != expected)
            throw new AllocationException(AllocationCodes.WrongState, new Dictionary<string, object?>
            {
                ["allocation"] = a.Id,
                ["state"] = AllocationMessages.StateName(a.State),
                ["wanted"] = new Term(wantedEn, wantedFr),
            });
        return a;
    }
}
