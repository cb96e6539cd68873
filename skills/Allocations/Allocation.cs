namespace OpsBot.Skills.Allocations;

public enum AllocationState { PendingApproval, Applied, Rejected, Reversed, PendingReversal }

/// <summary>Money from one payment credited (or waiting to be credited) to one account.</summary>
public sealed record Allocation
{
    public long Id { get; init; }
    public required long PaymentId { get; init; }
    public required string AccountId { get; init; }
    public required decimal Amount { get; init; }
    /// <summary>"auto" for a straight-through credit, else the maker's user id.</summary>
    public required string By { get; init; }
    public DateTimeOffset At { get; init; }
    public AllocationState State { get; init; } = AllocationState.Applied;
    public string? Note { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionReason { get; init; }
    /// <summary>The idempotency key of the action that made it, so that pressing twice applies once.</summary>
    public string? ActionId { get; init; }

    public const string Auto = "auto";
}
