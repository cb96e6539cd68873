namespace OpsBot.Skills.Allocations;

/// <summary>What an approver is asked to check.</summary>
public enum ApprovalKind { Allocation, Reversal, Return }

public enum ApprovalState { Pending, Approved, Rejected }

/// <summary>Why a change waits for an approver (message codes, worded by <see cref="AllocationMessages"/>).</summary>
public static class ApprovalReasons
{
    public const string AtOrAboveThreshold = "at-or-above-threshold";
    public const string CancelledOrClosedAccount = "cancelled-or-closed-account";
    public const string Reversal = "reversal";
    public const string Return = "return";
}

/// <summary>
/// A change made by one person that a second must approve before any money moves (four eyes). One request covers
/// the whole action: every line of a split is approved or rejected together.
/// </summary>
public sealed record ApprovalRequest
{
    public long Id { get; init; }
    public required ApprovalKind Kind { get; init; }
    public required long PaymentId { get; init; }
    public required string BankReference { get; init; }
    /// <summary>The allocations concerned (none for a return).</summary>
    public IReadOnlyList<long> AllocationIds { get; init; } = [];
    public IReadOnlyList<string> AccountIds { get; init; } = [];
    public required decimal Amount { get; init; }
    /// <summary>The maker's AAD object id: the one person who may not approve it, and who is told the outcome.</summary>
    public required string Maker { get; init; }
    /// <summary>For messages only.</summary>
    public required string MakerName { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>The maker's note or reason, masked.</summary>
    public string? Note { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public ApprovalState State { get; init; } = ApprovalState.Pending;
    public string? DecidedBy { get; init; }
    public string? DecidedByName { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionReason { get; init; }
    public required string ActionId { get; init; }
}
