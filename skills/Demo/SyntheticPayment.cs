namespace OpsBot.Skills.Demo;

/// <summary>A payment as the bank will report it, with the truth about whose it is.</summary>
public sealed record SyntheticPayment
{
    public required string BankReference { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required decimal Amount { get; init; }
    public required string Channel { get; init; }
    public required string PayerName { get; init; }
    /// <summary>What the remitter typed; may hold a full card number (this is bank data, never printed).</summary>
    public string? Reference { get; init; }
    public string? Memo { get; init; }
    /// <summary>The account the money belongs to; null for a non-customer.</summary>
    public string? TrueAccountId { get; init; }
    public required PaymentKind Kind { get; init; }
}
