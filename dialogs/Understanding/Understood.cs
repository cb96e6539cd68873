using OpsBot.Skills.Lookup;

namespace OpsBot.Dialogs.Understanding;

/// <summary>A range of amounts, both ends included; "over 5000" starts at 5000.01.</summary>
public sealed record AmountRange(decimal? Min, decimal? Max, string Currency = "CAD")
{
    public bool IsExact => Min is not null && Min == Max;
}

/// <summary>A range of days, both ends included.</summary>
public sealed record DateRange(DateOnly From, DateOnly To);

/// <summary>What the recognizer read in a message. Lives for one turn; never saved (it may hold a pasted card number).</summary>
public sealed record Understood
{
    public required string Text { get; init; }
    public string Intent { get; init; } = Intents.None;
    /// <summary>"en" or "fr" when the message shows its language; null when it cannot tell ("BR2611300000017").</summary>
    public string? Language { get; init; }
    /// <summary>For the language intent: the language asked for.</summary>
    public string? RequestedLanguage { get; init; }
    public IReadOnlyList<string> BankReferences { get; init; } = [];
    public IReadOnlyList<string> AccountIds { get; init; } = [];
    public string? CardEnding { get; init; }
    public IReadOnlyList<PastedCardNumber> PastedCards { get; init; } = [];
    public string? PayerName { get; init; }
    public AmountRange? Amount { get; init; }
    public DateRange? Dates { get; init; }
    public PaymentStatusFilter Status { get; init; } = PaymentStatusFilter.Any;
    public IReadOnlyList<decimal> Numbers { get; init; } = [];

    /// <summary>True when the message names something a payment lookup can search on.</summary>
    public bool HasLookupCriteria =>
        BankReferences.Count > 0 || CardEnding is not null || PastedCards.Count > 0 || PayerName is not null
        || Amount is not null || Dates is not null || Status != PaymentStatusFilter.Any;
}
