namespace OpsBot.Skills.Emails;

/// <summary>For <c>wrong-reference</c>: did the analyst find the account, or not.</summary>
public enum WrongReferenceOutcome { Applied, NotIdentified }

/// <summary>For <c>overpayment</c>: what the customer may choose to do with a credit balance.</summary>
public enum OverpaymentOption { KeepOnAccount, RefundByCheque, RefundByDeposit }

/// <summary>For <c>query-ack</c>: what happens next.</summary>
public enum QueryNextStep { Review, BankTrace }

/// <summary>What the analyst decides when asking for an email; each template reads the choices it needs.</summary>
public sealed record EmailChoices
{
    public WrongReferenceOutcome Outcome { get; init; } = WrongReferenceOutcome.Applied;
    /// <summary>The case (ticket) reference, required by <c>query-ack</c>.</summary>
    public string? CaseReference { get; init; }
    /// <summary>The options offered for a credit balance, in the order written; empty means all three.</summary>
    public IReadOnlyList<OverpaymentOption> OverpaymentOptions { get; init; } = [];
    /// <summary>The credit balance, when the analyst knows it better than payment minus statement balance.</summary>
    public decimal? CreditBalance { get; init; }
    public QueryNextStep NextStep { get; init; } = QueryNextStep.Review;
    /// <summary>The business days within which the team promises a reply (<c>query-ack</c>).</summary>
    public int ReplyWithinBusinessDays { get; init; } = 5;

    public IReadOnlyList<OverpaymentOption> OfferedOptions =>
        OverpaymentOptions.Count > 0 ? OverpaymentOptions.Distinct().ToList() : Enum.GetValues<OverpaymentOption>();
}
