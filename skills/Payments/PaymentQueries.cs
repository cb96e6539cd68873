using OpsBot.Skills.Allocations;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Payments;

/// <summary>A payment with the allocations that credit it.</summary>
public sealed record PaymentWithAllocations(Payment Payment, IReadOnlyList<Allocation> Allocations)
{
    /// <summary>The allocations whose money is credited (applied), the ones that count in the payment's status.</summary>
    public IEnumerable<Allocation> Applied => Allocations.Where(a => a.State == AllocationState.Applied);
}

/// <summary>Reading payments for lists and lookups, without touching the store's collections elsewhere.</summary>
public sealed class PaymentQueries(OpsStore store)
{
    /// <summary>Payments in id order (the order they were ingested), optionally of one status and one day.</summary>
    public IReadOnlyList<PaymentWithAllocations> List(PaymentStatus? status = null, DateOnly? receivedOn = null)
    {
        var query = store.Payments.Query();
        if (status is { } s) query = query.Where(p => p.Status == s);
        if (receivedOn is { } day) query = query.Where(p => p.ReceivedOn == day);
        var payments = query.OrderBy(p => p.Id).ToList();
        return WithAllocations(payments);
    }

    public PaymentWithAllocations? Find(long id) =>
        store.Payments.FindById(id) is { } p ? WithAllocations([p])[0] : null;

    public PaymentWithAllocations? FindByBankReference(string bankReference) =>
        store.Payments.FindOne(p => p.BankReference == bankReference) is { } p ? WithAllocations([p])[0] : null;

    /// <summary>"applied", "partially-applied", "Unapplied"… as a status; null when it names none.</summary>
    public static PaymentStatus? ParseStatus(string? text)
    {
        var plain = (text ?? "").Replace("-", "").Replace("_", "").Trim();
        return Enum.TryParse<PaymentStatus>(plain, ignoreCase: true, out var status) && Enum.IsDefined(status) && !plain.All(char.IsDigit)
            ? status
            : null;
    }

    private IReadOnlyList<PaymentWithAllocations> WithAllocations(IReadOnlyList<Payment> payments)
    {
        if (payments.Count == 0) return [];
        var byPayment = new Dictionary<long, List<Allocation>>();
        if (payments.Count <= 50)
        {
            foreach (var p in payments)
                byPayment[p.Id] = store.Allocations.Find(a => a.PaymentId == p.Id).OrderBy(a => a.Id).ToList();
        }
        else
        {
            var ids = payments.Select(p => p.Id).ToHashSet();
            foreach (var a in store.Allocations.FindAll().Where(a => ids.Contains(a.PaymentId)).OrderBy(a => a.Id))
                (byPayment.TryGetValue(a.PaymentId, out var list) ? list : byPayment[a.PaymentId] = []).Add(a);
        }
        return payments.Select(p => new PaymentWithAllocations(p, byPayment.TryGetValue(p.Id, out var list) ? list : [])).ToList();
    }
}
