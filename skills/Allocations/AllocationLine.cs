namespace OpsBot.Skills.Allocations;

/// <summary>One account and the amount it is to be credited from a payment.</summary>
public sealed record AllocationLine(string AccountId, decimal Amount);
