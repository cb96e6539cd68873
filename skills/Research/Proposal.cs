namespace OpsBot.Skills.Research;

/// <summary>
/// What brought a candidate up, strongest first: the auto-apply policy credits only what a card number
/// supports, never a name or an amount alone.
/// </summary>
public enum CandidateBasis
{
    /// <summary>The reference is a card number on this account, exactly (current, replaced or cancelled).</summary>
    ExactCard,
    /// <summary>The reference is one keying error away from a card number on this account.</summary>
    RepairedReference,
    /// <summary>The reference is two digits away from a card on this account.</summary>
    TwoDigitsOff,
    /// <summary>The last digits given are a card's on this account.</summary>
    LastDigits,
    /// <summary>The payer's name, the amount or the payer's history, without a card number behind them.</summary>
    NameOrHistory,
}

/// <summary>An account the payment may belong to.</summary>
public sealed record Candidate
{
    public required string AccountId { get; init; }
    /// <summary>
    /// The chance this account is the right one, between 0 and 1. Calibrated on the research benchmark so that
    /// of the candidates proposed at 0.9 or more, at least 99% are right (bench/README.md).
    /// </summary>
    public required double Confidence { get; init; }
    public required CandidateBasis Basis { get; init; }
    public required string HolderName { get; init; }
    public string? CompanyName { get; init; }
    /// <summary>Last four digits of the account's current card (or of the card the evidence is about).</summary>
    public string? CardLastFour { get; init; }
    /// <summary>Every card is cancelled or closed: a credit to it needs an approver.</summary>
    public bool NeedsApprover { get; init; }
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    public bool IsConfident => Confidence >= Proposal.ConfidentAt;
}

/// <summary>
/// Research's answer for one payment: the likeliest accounts, best first (none under 0.001), and what was found.
/// </summary>
public sealed record Proposal
{
    /// <summary>The confidence from which a candidate counts as confident (and may be auto-applied if allowed).</summary>
    public const double ConfidentAt = 0.9;

    public required long PaymentId { get; init; }
    public required string BankReference { get; init; }
    public required IReadOnlyList<Candidate> Candidates { get; init; }
    /// <summary>
    /// The chance that the payment belongs to none of the accounts proposed: a payer who is not a customer, or a
    /// customer research could not find.
    /// </summary>
    public required double NoneOfThese { get; init; }
    /// <summary>Facts about the payment itself (the reference's shape, why nobody is confident).</summary>
    public required IReadOnlyList<Evidence> Findings { get; init; }

    public Candidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
    public bool HasConfidentCandidate => Best is { IsConfident: true };
    /// <summary>More likely than not a payment from someone who is not one of our customers.</summary>
    public bool LikelyNotACustomer => NoneOfThese >= 0.5;
}
