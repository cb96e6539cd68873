using OpsBot.Skills.Reconciliation;
using OpsBot.Skills.Status;

namespace OpsBot.Bot.Leaders;

/// <summary>
/// The digest's "yesterday" from the reconciliation (skills/Reconciliation) rather than from the status's own day
/// flow: the figures the accounting team signs off, taken from payments and allocations independently, so the digest
/// says NOT BALANCED when they disagree. The last reconciliation is kept for the digest card, which lists its breaks.
/// </summary>
public sealed class ReconciledDays(Reconciler reconciler)
{
    private DayReconciliation? _last;

    /// <summary>The day as the digest's slot wants it. Counts are of payments, as in the status.</summary>
    public DayFlow Flow(DateOnly day)
    {
        var r = reconciler.ForDay(day);
        _last = r;
        int Count(Func<PaymentLine, bool> has) => r.Payments.Count(has);
        return new DayFlow(day,
            new CountAmount(r.Received.Count, r.Received.Amount),
            new CountAmount(Count(p => p.StraightThrough != 0), r.StraightThrough.Amount),
            new CountAmount(Count(p => p.Allocated != 0), r.Allocated.Amount),
            new CountAmount(Count(p => p.Unapplied != 0), r.Unapplied.Amount),
            new CountAmount(r.Returned.Count, r.Returned.Amount));
    }

    /// <summary>The reconciliation <see cref="Flow"/> last worked out for <paramref name="day"/>, if it was that day.</summary>
    public DayReconciliation? Last(DateOnly day) => _last is { } last && last.Date == day ? last : null;
}
