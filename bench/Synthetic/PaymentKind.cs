namespace OpsBot.Bench.Synthetic;

/// <summary>What really happened with a synthetic payment: the ground truth research is measured against.</summary>
internal enum PaymentKind
{
    /// <summary>The current card number, typed right: credited straight through.</summary>
    Clean,
    /// <summary>An old (replaced) card number, typed right: also credited straight through.</summary>
    OldCard,
    Substitution,
    AdjacentTransposition,
    OmittedDigit,
    AddedDigit,
    JumpTransposition,
    Twin,
    JumpTwin,
    Phonetic,
    /// <summary>Two slips in one number.</summary>
    TwoErrors,
    /// <summary>A card number right, but the account is closed: an approver must credit it.</summary>
    ClosedAccountCard,
    /// <summary>Only the last four or five digits.</summary>
    LastDigits,
    /// <summary>No reference: the name (and amount, history) is all there is.</summary>
    NameOnly,
    /// <summary>An invoice or other number that is not a card.</summary>
    OtherReference,
    /// <summary>A Visa or Mastercard number: someone paying the wrong issuer.</summary>
    NotCustomerOtherCard,
    /// <summary>Not a customer, with a name like anyone's (it may be a customer's name too).</summary>
    NotCustomerNamed,
    /// <summary>Not a customer, with a name nobody on file has.</summary>
    NotCustomerUnknownName,
}

internal static class PaymentKinds
{
    public static readonly PaymentKind[] SingleErrors =
    [
        PaymentKind.Substitution, PaymentKind.AdjacentTransposition, PaymentKind.OmittedDigit, PaymentKind.AddedDigit,
        PaymentKind.JumpTransposition, PaymentKind.Twin, PaymentKind.JumpTwin, PaymentKind.Phonetic,
    ];

    public static bool IsSingleError(this PaymentKind kind) => SingleErrors.Contains(kind);

    public static bool IsNotCustomer(this PaymentKind kind) =>
        kind is PaymentKind.NotCustomerOtherCard or PaymentKind.NotCustomerNamed or PaymentKind.NotCustomerUnknownName;
}

/// <summary>One synthetic payment as the bank sends it, and whose it really is.</summary>
internal sealed record SyntheticPayment
{
    public required string PaymentId { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required decimal Amount { get; init; }
    public required string Channel { get; init; }
    public string? PayerName { get; init; }
    /// <summary>The raw reference: may hold a full card number. Written to bank files only, never printed.</summary>
    public string? Reference { get; init; }
    public string? Memo { get; init; }
    public required PaymentKind Kind { get; init; }
    /// <summary>The account the money is for; null for someone who is not a customer.</summary>
    public string? AccountId { get; init; }
    /// <summary>How the payer's name was written, for the report.</summary>
    public string PayerStyle { get; init; } = "";
}
