using LiteDB;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Research.Sources;

/// <summary>Card accounts straight from the store, streamed.</summary>
public sealed class StoreCardAccounts(OpsStore store) : ICardAccountSource
{
    public IEnumerable<CardAccount> All() => store.Accounts.FindAll();
}

/// <summary>
/// Applied allocations joined to their payments' payer names: who paid which account before. Reads the applied
/// allocations first (small), then the payments they came from.
/// </summary>
public sealed class StoreCreditedPayments(OpsStore store) : ICreditedPaymentSource
{
    public IEnumerable<CreditedPayment> All()
    {
        var byPayment = store.Allocations
            .Find(Query.EQ(nameof(Allocation.State), nameof(AllocationState.Applied)))
            .GroupBy(a => a.PaymentId)
            .ToDictionary(g => g.Key, g => g.ToList());
        if (byPayment.Count == 0) yield break;
        foreach (var payment in store.Payments.Find(Query.Not(nameof(Payment.PayerName), BsonValue.Null)))
        {
            if (string.IsNullOrWhiteSpace(payment.PayerName) || !byPayment.TryGetValue(payment.Id, out var allocations)) continue;
            foreach (var allocation in allocations)
                yield return new CreditedPayment(payment.PayerName, allocation.AccountId, allocation.Amount, payment.ReceivedOn);
        }
    }
}

/// <summary>Payments still (partly) unapplied, from the store.</summary>
public sealed class StoreUnappliedPayments(OpsStore store) : IUnappliedPaymentSource
{
    public IEnumerable<Payment> Unapplied() =>
        store.Payments
            .Find(Query.In(nameof(Payment.Status), nameof(PaymentStatus.Unapplied), nameof(PaymentStatus.PartiallyApplied)))
            .OrderBy(p => p.ReceivedOn)
            .ThenBy(p => p.Id);

    public Payment? Find(string idOrBankReference)
    {
        var byReference = store.Payments.FindOne(Query.EQ(nameof(Payment.BankReference), idOrBankReference));
        if (byReference is not null) return byReference;
        return long.TryParse(idOrBankReference, out var id) ? store.Payments.FindById(id) : null;
    }
}
