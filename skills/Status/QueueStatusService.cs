using OpsBot.Skills.Allocations;
using OpsBot.Skills.Calendar;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Skills.Status;

/// <summary>
/// Computes the queue status and a day's flow from the store. Reads only; every number comes from Payment and
/// Allocation records as they stand, with ages counted in Canadian business days.
/// </summary>
public sealed class QueueStatusService
{
    private readonly OpsStore _store;
    private readonly OpsClock _clock;

    public QueueStatusService(OpsStore store, OpsClock clock, StatusSettings? settings = null)
    {
        _store = store;
        _clock = clock;
        Settings = settings ?? new StatusSettings();
        Calendar = new BusinessCalendar(Settings.Holidays);
        // Today's allocations are found by time; the index makes that a range read rather than a scan.
        _store.Allocations.EnsureIndex(a => a.At);
    }

    public StatusSettings Settings { get; }
    public BusinessCalendar Calendar { get; }

    /// <summary>The status now, by the OpsClock.</summary>
    public QueueStatus Now()
    {
        var asOf = _clock.Now;
        var today = _clock.Today;
        var queue = UnappliedItems(today);

        var ageing = AgeingBuckets.All.ToDictionary(b => b, _ => CountAmount.Zero);
        var unapplied = CountAmount.Zero;
        var breaches = CountAmount.Zero;
        var dueToday = CountAmount.Zero;
        foreach (var item in queue)
        {
            unapplied = unapplied.Plus(item.UnappliedAmount);
            var bucket = AgeingBuckets.Of(item.AgeBusinessDays);
            ageing[bucket] = ageing[bucket].Plus(item.UnappliedAmount);
            if (item.SlaBreached) breaches = breaches.Plus(item.UnappliedAmount);
            else if (item.Deadline == today && Calendar.IsBusinessDay(today)) dueToday = dueToday.Plus(item.UnappliedAmount);
        }

        return new QueueStatus
        {
            AsOf = asOf,
            Today = today,
            SlaBusinessDays = Settings.SlaBusinessDays,
            Holidays = Settings.Holidays,
            HolidayToday = Calendar.HolidayOn(today),
            Unapplied = unapplied,
            Ageing = [.. AgeingBuckets.All.Select(b => new AgeingLine(b, ageing[b]))],
            SlaBreaches = breaches,
            DueToday = dueToday,
            Oldest = [.. queue.OrderBy(i => i.ReceivedOn).ThenBy(i => i.PaymentId).Take(Settings.OldestShown)],
            ByChannel = ByChannel(queue),
            TodayFlow = Day(today),
            ByAnalyst = AnalystsOn(today),
            TopReasons = [.. queue
                .GroupBy(i => string.IsNullOrWhiteSpace(i.Reason) ? "unknown" : i.Reason)
                .Select(g => new ReasonCount(g.Key, g.Count()))
                .OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal)
                .Take(Settings.TopReasonsShown)],
        };
    }

    /// <summary>Every payment not fully applied, with its age and SLA standing on <paramref name="today"/>.</summary>
    public IReadOnlyList<QueueItem> UnappliedItems(DateOnly today)
    {
        var open = _store.Payments.Find(p => p.Status == PaymentStatus.Unapplied || p.Status == PaymentStatus.PartiallyApplied);
        return [.. open.Select(p => Item(p, today))];
    }

    public QueueItem Item(Payment payment, DateOnly today)
    {
        var age = Calendar.AgeInBusinessDays(payment.ReceivedOn, today);
        return new QueueItem
        {
            PaymentId = payment.Id,
            BankReference = payment.BankReference,
            ReceivedOn = payment.ReceivedOn,
            UnappliedAmount = payment.UnappliedAmount,
            Currency = payment.Currency,
            Channel = payment.Channel,
            PayerName = payment.PayerName,
            Reason = payment.Reason,
            AgeBusinessDays = age,
            Deadline = Calendar.Deadline(payment.ReceivedOn, Settings.SlaBusinessDays),
            SlaBreached = age > Settings.SlaBusinessDays,
        };
    }

    /// <summary>
    /// The payments received on <paramref name="date"/> and where their money went: credited straight through
    /// ("auto" allocations that stand applied), allocated by analysts, still unapplied, or returned.
    /// </summary>
    public DayFlow Day(DateOnly date)
    {
        var payments = _store.Payments.Find(p => p.ReceivedOn == date).ToList();
        var ids = payments.Select(p => new LiteDB.BsonValue(p.Id)).ToArray();
        var applied = ids.Length == 0
            ? []
            : _store.Allocations.Find(LiteDB.Query.In(nameof(Allocation.PaymentId), ids))
                .Where(a => a.State == AllocationState.Applied).ToList();

        var received = CountAmount.Zero;
        var remaining = CountAmount.Zero;
        var returned = CountAmount.Zero;
        foreach (var p in payments)
        {
            received = received.Plus(p.Amount);
            if (p.Status == PaymentStatus.Returned) returned = returned.Plus(p.Amount);
            else if (p.UnappliedAmount > 0) remaining = remaining.Plus(p.UnappliedAmount);
        }
        return new DayFlow(date, received, PerPayment(applied.Where(a => a.By == Allocation.Auto)),
            PerPayment(applied.Where(a => a.By != Allocation.Auto)), remaining, returned);
    }

    /// <summary>What each analyst allocated on <paramref name="date"/> (local) that stands applied, largest amount first.</summary>
    public IReadOnlyList<Breakdown> AnalystsOn(DateOnly date)
    {
        var (from, to) = LocalDay.Bounds(date, _clock.Zone);
        return [.. _store.Allocations.Find(a => a.At >= from && a.At < to)
            .Where(a => a.By != Allocation.Auto && a.State == AllocationState.Applied)
            .GroupBy(a => a.By)
            .Select(g => new Breakdown(g.Key, new CountAmount(g.Count(), g.Sum(a => a.Amount))))
            .OrderByDescending(b => b.Total.Amount).ThenBy(b => b.Key, StringComparer.Ordinal)];
    }

    private static CountAmount PerPayment(IEnumerable<Allocation> allocations)
    {
        var list = allocations.ToList();
        return new CountAmount(list.Select(a => a.PaymentId).Distinct().Count(), list.Sum(a => a.Amount));
    }

    private static IReadOnlyList<Breakdown> ByChannel(IReadOnlyList<QueueItem> queue)
    {
        var totals = queue.GroupBy(i => i.Channel)
            .ToDictionary(g => g.Key, g => g.Aggregate(CountAmount.Zero, (t, i) => t.Plus(i.UnappliedAmount)));
        // Known channels in their usual order, then anything a parser invented, so the card reads the same every day.
        var order = Channels.All.Concat(totals.Keys.Except(Channels.All).Order(StringComparer.Ordinal));
        return [.. order.Where(totals.ContainsKey).Select(c => new Breakdown(c, totals[c]))];
    }
}
