namespace OpsBot.Skills.Payments;

public enum PaymentStatus { Unapplied, PartiallyApplied, Applied, Returned }

/// <summary>How the money reached the bank.</summary>
public static class Channels
{
    public const string BillPayment = "bill-payment";
    public const string Eft = "eft";
    public const string Cheque = "cheque";
    public const string Wire = "wire";
    public const string Interac = "interac";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [BillPayment, Eft, Cheque, Wire, Interac, Other];
}

/// <summary>Why a payment could not be credited straight through.</summary>
public static class UnappliedReasons
{
    public const string NoReference = "no-reference";
    public const string NotACardNumber = "not-a-card-number";
    public const string WrongLength = "wrong-length";
    public const string FailsLuhn = "fails-luhn";
    public const string UnknownCard = "unknown-card";
    public const string PartialNumber = "partial-number";
    public const string ReversedAllocation = "allocation-reversed";
    public const string NotCad = "not-cad";
    /// <summary>The reference is a card number on file, but that card (or its whole account) is cancelled or closed.</summary>
    public const string CardCancelledOrClosed = "card-cancelled-or-closed";
    /// <summary>The card number is on more than one account: the data needs fixing before anyone credits it.</summary>
    public const string CardOnSeveralAccounts = "card-on-several-accounts";
}

/// <summary>
/// One credit received from a bank. The reference and memo are kept masked; where they held a card-length
/// digit run, the original is kept sealed (encrypted) for research only.
/// </summary>
public sealed record Payment
{
    public long Id { get; init; }
    /// <summary>The bank's reference for the transaction: the payment's identity across files.</summary>
    public required string BankReference { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required decimal Amount { get; init; }
    public string Currency { get; init; } = "CAD";
    public string Channel { get; init; } = Channels.Other;
    public string? PayerName { get; init; }
    /// <summary>The remitter's reference, masked.</summary>
    public string? Reference { get; init; }
    /// <summary>The remittance memo, masked.</summary>
    public string? Memo { get; init; }
    /// <summary>The original reference, encrypted, when it held a card-length number (see <c>ReferenceSeal</c>).</summary>
    public string? SealedReference { get; init; }
    /// <summary>Last digits the remitter gave ("ending 1005"), kept in the clear: four or five digits are not a card number.</summary>
    public string? ReferenceEnding { get; init; }
    public PaymentStatus Status { get; init; } = PaymentStatus.Unapplied;
    public string? Reason { get; init; }
    /// <summary>Sum of the allocations that are applied.</summary>
    public decimal AllocatedAmount { get; init; }
    public required string SourceFile { get; init; }
    public required string Format { get; init; }
    public DateTimeOffset IngestedAt { get; init; }

    public decimal UnappliedAmount => Amount - AllocatedAmount;
}
