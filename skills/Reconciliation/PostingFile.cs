using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Reconciliation;

/// <summary>One posting for the card system: a credit that became applied, or a reversal that took one back.</summary>
public sealed record Posting
{
    public required DateOnly PostingDate { get; init; }
    /// <summary>"credit" or "reversal".</summary>
    public required string Kind { get; init; }
    public required long AllocationId { get; init; }
    public required string AccountId { get; init; }
    /// <summary>The account's current card, masked: "•••• •••••• •1005". Never the full number.</summary>
    public string? Card { get; init; }
    /// <summary>Positive for a credit, negative for a reversal.</summary>
    public required decimal Amount { get; init; }
    public required string Currency { get; init; }
    public required string BankReference { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    /// <summary>"auto" for a straight-through credit, else the maker's id (for a reversal, who asked for it).</summary>
    public required string By { get; init; }
    public string? ApprovedBy { get; init; }
    /// <summary>When it took effect (UTC).</summary>
    public required DateTimeOffset EffectiveAt { get; init; }
}

/// <summary>
/// The credits to post to the card system for a day (in Toronto): one line per allocation that became applied
/// that day (straight-through credits, analysts' credits, and approved ones on the day of approval), plus one
/// negative line per reversal approved that day, so that a credit already posted is taken back too. Columns:
/// <c>posting_date,kind,allocation_id,account_id,card,amount,currency,bank_reference,received_on,by,approved_by,effective_at</c>.
/// </summary>
public sealed class PostingFile(OpsStore store, TimeZoneInfo zone)
{
    public static readonly string[] Columns =
    [
        "posting_date", "kind", "allocation_id", "account_id", "card", "amount", "currency", "bank_reference", "received_on",
        "by", "approved_by", "effective_at",
    ];

    public IReadOnlyList<Posting> For(DateOnly day)
    {
        var postings = new List<Posting>();
        var payments = new Dictionary<long, Payments.Payment?>();
        var accounts = new Dictionary<string, CardAccount?>(StringComparer.OrdinalIgnoreCase);

        // Every allocation that was ever applied: a reversed one was applied before it was taken back. Read whole
        // before looking anything else up: in shared mode a query left open while another runs loses its engine.
        var everApplied = store.Allocations.Find(a =>
            a.State == AllocationState.Applied || a.State == AllocationState.PendingReversal || a.State == AllocationState.Reversed).ToList();
        foreach (var a in everApplied)
        {
            var effective = a.ApprovedBy is not null && a.DecidedAt is { } decided ? decided : a.At;
            if (DayOf(effective) != day) continue;
            postings.Add(Line(a, "credit", a.Amount, a.By, a.ApprovedBy, effective, day, payments, accounts));
        }

        var reversals = store.Collection<ApprovalRequest>(AllocationService.ApprovalsCollection)
            .Find(r => r.Kind == ApprovalKind.Reversal && r.State == ApprovalState.Approved).ToList();
        foreach (var r in reversals)
        {
            if (r.DecidedAt is not { } decided || DayOf(decided) != day) continue;
            foreach (var id in r.AllocationIds)
            {
                var a = store.Allocations.FindById(id);
                if (a is null) continue;
                postings.Add(Line(a, "reversal", -a.Amount, r.Maker, r.DecidedBy, decided, day, payments, accounts));
            }
        }
        return postings.OrderBy(p => p.EffectiveAt).ThenBy(p => p.AllocationId).ToList();
    }

    public void Write(DateOnly day, TextWriter writer)
    {
        Csv.Row(writer, Columns);
        foreach (var p in For(day))
            Csv.Row(writer, p.PostingDate, p.Kind, p.AllocationId, p.AccountId, p.Card, p.Amount, p.Currency, p.BankReference,
                p.ReceivedOn, p.By, p.ApprovedBy, p.EffectiveAt);
    }

    private Posting Line(Allocation a, string kind, decimal amount, string by, string? approvedBy, DateTimeOffset at, DateOnly day,
        Dictionary<long, Payments.Payment?> payments, Dictionary<string, CardAccount?> accounts)
    {
        if (!payments.TryGetValue(a.PaymentId, out var payment)) payments[a.PaymentId] = payment = store.Payments.FindById(a.PaymentId);
        if (!accounts.TryGetValue(a.AccountId, out var account)) accounts[a.AccountId] = account = store.Accounts.FindById(a.AccountId);
        return new Posting
        {
            PostingDate = day,
            Kind = kind,
            AllocationId = a.Id,
            AccountId = a.AccountId,
            Card = account?.CurrentCard?.Masked,
            Amount = amount,
            Currency = payment?.Currency ?? "CAD",
            BankReference = payment?.BankReference ?? $"payment:{a.PaymentId}",
            ReceivedOn = payment?.ReceivedOn ?? DayOf(a.At),
            By = by,
            ApprovedBy = approvedBy,
            EffectiveAt = at,
        };
    }

    private DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
