using OpsBot.Skills.Cards;

namespace OpsBot.Skills.Ingest;

/// <summary>
/// One credit as a bank file states it, before anything is stored: what a reader produces. The reference is the
/// remitter's text as given (it may hold a full card number), so this record lives in memory only and its
/// <see cref="ToString"/> is masked.
/// </summary>
public sealed record ReceivedPayment
{
    /// <summary>The bank's reference for the transaction: the payment's identity across files.</summary>
    public required string BankReference { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required decimal Amount { get; init; }
    public required string Currency { get; init; }
    public required string Channel { get; init; }
    public string? PayerName { get; init; }
    /// <summary>The remitter's reference exactly as the file gives it. Never store or print it unmasked.</summary>
    public string? Reference { get; init; }
    public string? Memo { get; init; }
    /// <summary>Where in the file it came from ("line 12 (16)", "entry 3, transaction 2 (line 40)"), for messages.</summary>
    public required string Source { get; init; }

    public override string ToString() =>
        $"{BankReference} {ReceivedOn:yyyy-MM-dd} {Amount} {Currency} {Channel} ref '{CardMask.MaskText(Reference)}' ({Source})";
}

/// <summary>What a reader found in one file: its format, the credits in it, and how many other entries it passed over.</summary>
public sealed record RemittanceFile(string Format, IReadOnlyList<ReceivedPayment> Credits, int Skipped);
