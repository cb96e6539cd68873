using LiteDB;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Lookup;

/// <summary>One page of the payments a query found, newest first.</summary>
public sealed record PaymentPage(IReadOnlyList<Payment> Items, int Total, int Skip)
{
    public bool HasMore => Skip + Items.Count < Total;
}

/// <summary>A payment with what has been credited from it.</summary>
public sealed record PaymentDetail(Payment Payment, IReadOnlyList<Allocation> Allocations);

/// <summary>Finds payments for analysts: by bank reference, payer, amount, date, status or card ending.</summary>
public sealed class PaymentLookup(OpsStore store, ReferenceSeal seal)
{
    public const int DefaultPageSize = 5;

    public PaymentPage Find(PaymentQuery query, int skip = 0, int take = DefaultPageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var matches = Candidates(query)
            .Where(p => Matches(p, query))
            .OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id)
            .ToList();
        return new PaymentPage(matches.Skip(skip).Take(take).ToList(), matches.Count, skip);
    }

    public PaymentDetail? Detail(long paymentId)
    {
        var payment = store.Payments.FindById(paymentId);
        if (payment is null) return null;
        var allocations = store.Allocations.Find(a => a.PaymentId == paymentId).OrderBy(a => a.At).ToList();
        return new PaymentDetail(payment, allocations);
    }

    public Payment? ByBankReference(string bankReference) =>
        store.Payments.FindOne(p => p.BankReference == bankReference.Trim().ToUpperInvariant());

    /// <summary>
    /// The payments a full card number leads to: those credited to an account that has (or had) the card, and those
    /// whose original (sealed) reference was that number, typed by the remitter.
    /// </summary>
    public IReadOnlyList<long> PaymentIdsForCard(PastedCardNumber card)
    {
        var ids = new HashSet<long>();
        var accounts = store.Accounts.Find(BsonExpression.Create("$.Cards[*].Number ANY = @0", new BsonValue(card.Digits))).Select(a => a.Id).ToList();
        foreach (var accountId in accounts)
            foreach (var allocation in store.Allocations.Find(a => a.AccountId == accountId))
                ids.Add(allocation.PaymentId);
        // A sealed reference was masked to its last four digits, so only those payments need opening.
        foreach (var payment in store.Payments.Find(p => p.SealedReference != null))
        {
            if (payment.Reference is null || !CardReference.DigitsOnly(payment.Reference).EndsWith(card.LastFour, StringComparison.Ordinal))
                continue;
            if (CardReference.DigitsOnly(seal.Open(payment.SealedReference)) == card.Digits) ids.Add(payment.Id);
        }
        return ids.Order().ToList();
    }

    // Narrow with the indexes first; names and card endings are then checked on the few documents left.
    private IEnumerable<Payment> Candidates(PaymentQuery q)
    {
        if (q.PaymentIds is { } ids)
            return ids.Select(id => store.Payments.FindById(id)).OfType<Payment>().ToList();
        var filters = new List<BsonExpression>();
        if (q.BankReference is { } reference) filters.Add(Query.EQ(nameof(Payment.BankReference), reference.Trim().ToUpperInvariant()));
        if (q.ReceivedFrom is { } from) filters.Add(Query.GTE(nameof(Payment.ReceivedOn), Iso(from)));
        if (q.ReceivedTo is { } to) filters.Add(Query.LTE(nameof(Payment.ReceivedOn), Iso(to)));
        if (q.AmountMin is { } min) filters.Add(Query.GTE(nameof(Payment.Amount), new BsonValue(min)));
        if (q.AmountMax is { } max) filters.Add(Query.LTE(nameof(Payment.Amount), new BsonValue(max)));
        return filters.Count switch
        {
            0 => store.Payments.FindAll(),
            1 => store.Payments.Find(filters[0]),
            _ => store.Payments.Find(Query.And([.. filters])),
        };
    }

    private static bool Matches(Payment p, PaymentQuery q) =>
        q.Status.Matches(p.Status)
        && (q.BankReference is null || string.Equals(p.BankReference, q.BankReference.Trim(), StringComparison.OrdinalIgnoreCase))
        && (q.ReceivedFrom is null || p.ReceivedOn >= q.ReceivedFrom)
        && (q.ReceivedTo is null || p.ReceivedOn <= q.ReceivedTo)
        && (q.AmountMin is null || p.Amount >= q.AmountMin)
        && (q.AmountMax is null || p.Amount <= q.AmountMax)
        && (q.PayerName is null || PayerNames.Matches(p.PayerName, q.PayerName))
        && (q.CardEnding is null || EndsWithCard(p, q.CardEnding));

    private static bool EndsWithCard(Payment p, string ending)
    {
        if (p.ReferenceEnding is { } stated && stated.EndsWith(ending, StringComparison.Ordinal)) return true;
        // A masked card number keeps its last four digits: "•••• •••••• •1005".
        return p.Reference is { } reference && reference.Contains('•')
            && CardReference.DigitsOnly(reference).EndsWith(ending, StringComparison.Ordinal);
    }

    private static BsonValue Iso(DateOnly date) => new(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
