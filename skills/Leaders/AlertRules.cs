using OpsBot.Skills.Proactive;
using OpsBot.Skills.Status;

namespace OpsBot.Skills.Leaders;

/// <summary>
/// What deserves an alert now, before the ledger decides what was already said today. Each candidate carries its
/// key: one per item per day for the SLA, one per threshold per day, one per control per day.
/// </summary>
public sealed class AlertRules(LeadersSettings settings)
{
    public sealed record Candidates(
        IReadOnlyList<(string Key, QueueItem Item)> DueToday,
        IReadOnlyList<(string Key, Threshold Threshold, decimal Limit)> Thresholds,
        IReadOnlyList<(string Key, ControlStatus Control)> Controls);

    /// <param name="localNow">Now, in the operations' time zone.</param>
    public Candidates Evaluate(QueueStatus status, IReadOnlyList<QueueItem> queue, IReadOnlyList<ControlStatus> overdueControls,
        DateTimeOffset localNow)
    {
        var day = status.Today;
        var time = TimeOnly.FromDateTime(localNow.DateTime);

        // "About to breach": the SLA's last business day is today and the afternoon warning time has come.
        var dueToday = time >= settings.SlaWarningTime
            ? queue.Where(i => !i.SlaBreached && i.Deadline == day)
                .OrderBy(i => i.ReceivedOn).ThenBy(i => i.PaymentId)
                .Select(i => (NoticeLedger.Key(day, "sla", $"payment:{i.PaymentId}"), i)).ToList()
            : [];

        var thresholds = new List<(string, Threshold, decimal)>();
        if (settings.UnappliedCountThreshold is { } count && status.Unapplied.Count >= count)
            thresholds.Add((NoticeLedger.Key(day, "threshold", "count"), Threshold.UnappliedCount, count));
        if (settings.UnappliedAmountThreshold is { } amount && status.Unapplied.Amount >= amount)
            thresholds.Add((NoticeLedger.Key(day, "threshold", "amount"), Threshold.UnappliedAmount, amount));

        var controls = overdueControls.Select(c => (NoticeLedger.Key(day, "control", c.Control.Id), c)).ToList();
        return new Candidates(dueToday, thresholds, controls);
    }
}
