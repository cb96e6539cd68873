using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Reconciliation;

/// <summary>
/// Works out a day's reconciliation from two independent records: what each payment says is credited
/// (<see cref="Payment.AllocatedAmount"/>, its status) and the allocations themselves. Unapplied is taken from the
/// payments, credits from the allocations, so the day balances only when the two agree.
/// </summary>
public sealed class Reconciler(OpsStore store)
{
    public DayReconciliation ForDay(DateOnly day)
    {
        var payments = store.Payments.Find(p => p.ReceivedOn == day).OrderBy(p => p.Id).ToList();
        // One query each, not one per payment: in shared mode every query opens the file.
        var ids = payments.Select(p => p.Id).ToArray();
        var allocationsOf = store.Allocations.Find(LiteDB.Query.In("PaymentId", ids.Select(i => new LiteDB.BsonValue(i))))
            .ToLookup(a => a.PaymentId);
        var returnsPending = store.Collection<ApprovalRequest>(AllocationService.ApprovalsCollection)
            .Find(r => r.Kind == ApprovalKind.Return && r.State == ApprovalState.Pending)
            .Select(r => r.PaymentId).ToHashSet();

        var received = Figure.Zero;
        var byChannel = new SortedDictionary<string, Figure>(StringComparer.Ordinal);
        Figure straightThrough = Figure.Zero, allocated = Figure.Zero, unapplied = Figure.Zero, returned = Figure.Zero;
        var items = new List<ReconcilingItem>();
        var lines = new List<PaymentLine>();

        foreach (var p in payments)
        {
            received = received.Add(p.Amount);
            byChannel[p.Channel] = (byChannel.GetValueOrDefault(p.Channel) ?? Figure.Zero).Add(p.Amount);

            var allocations = allocationsOf[p.Id].ToList();
            var credited = allocations.Where(a => a.IsCredited()).ToList();
            var auto = credited.Where(a => a.By == Allocation.Auto).ToList();
            var byAnalysts = credited.Where(a => a.By != Allocation.Auto).ToList();
            foreach (var a in auto) straightThrough = straightThrough.Add(a.Amount);
            foreach (var a in byAnalysts) allocated = allocated.Add(a.Amount);
            var creditedTotal = credited.Sum(a => a.Amount);
            var pending = allocations.Where(a => a.State == AllocationState.PendingApproval).Sum(a => a.Amount);

            var found = new List<ReconcilingItem>();
            void Note(string code, decimal amount, bool breaks) => found.Add(new(code, p.Id, p.BankReference, amount, breaks));

            decimal left = 0m, back = 0m;
            if (p.Status == PaymentStatus.Returned)
            {
                back = p.Amount;
                returned = returned.Add(p.Amount);
                if (creditedTotal != 0) Note(ReconcilingCodes.ReturnedWithCredits, creditedTotal, breaks: true);
            }
            else
            {
                left = p.Amount - p.AllocatedAmount;
                if (left != 0) unapplied = unapplied.Add(left);
                if (creditedTotal > p.Amount) Note(ReconcilingCodes.OverAllocated, creditedTotal - p.Amount, breaks: true);
                if (p.AllocatedAmount != creditedTotal) Note(ReconcilingCodes.AllocatedAmountMismatch, p.AllocatedAmount - creditedTotal, breaks: true);
                else if (creditedTotal <= p.Amount && p.Status != p.WithAllocated(creditedTotal).Status)
                    Note(ReconcilingCodes.StatusMismatch, creditedTotal, breaks: true);
                if (creditedTotal > 0 && creditedTotal < p.Amount) Note(ReconcilingCodes.PartiallyApplied, p.Amount - creditedTotal, breaks: false);
            }
            if (pending > 0) Note(ReconcilingCodes.PendingApproval, pending, breaks: false);
            var reversing = allocations.Where(a => a.State == AllocationState.PendingReversal).Sum(a => a.Amount);
            if (reversing > 0) Note(ReconcilingCodes.PendingReversal, reversing, breaks: false);
            if (p.Status != PaymentStatus.Returned && returnsPending.Contains(p.Id))
                Note(ReconcilingCodes.PendingReturn, p.Amount, breaks: false);
            if (!string.Equals(p.Currency, "CAD", StringComparison.OrdinalIgnoreCase)) Note(ReconcilingCodes.NotCad, p.Amount, breaks: false);

            items.AddRange(found);
            lines.Add(new PaymentLine
            {
                PaymentId = p.Id,
                BankReference = p.BankReference,
                ReceivedOn = p.ReceivedOn,
                Channel = p.Channel,
                Currency = p.Currency,
                Amount = p.Amount,
                StraightThrough = auto.Sum(a => a.Amount),
                Allocated = byAnalysts.Sum(a => a.Amount),
                PendingApproval = pending,
                Unapplied = left,
                Returned = back,
                Status = p.Status.ToString(),
                Exceptions = found.Select(f => f.Code).ToList(),
            });
        }

        return new DayReconciliation
        {
            Date = day,
            Received = received,
            ByChannel = byChannel,
            StraightThrough = straightThrough,
            Allocated = allocated,
            Unapplied = unapplied,
            Returned = returned,
            Difference = received.Amount - straightThrough.Amount - allocated.Amount - unapplied.Amount - returned.Amount,
            Exceptions = items,
            Payments = lines,
        };
    }
}
