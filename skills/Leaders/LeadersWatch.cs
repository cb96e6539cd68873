using OpsBot.Skills.Proactive;
using OpsBot.Skills.Status;
using OpsBot.Skills.Time;

namespace OpsBot.Skills.Leaders;

/// <summary>
/// Decides, each round, what to post to the leaders: the digest once per business day at its time, then the alerts,
/// each once per subject per day. What it returns is already claimed in the <see cref="NoticeLedger"/>; a notice
/// that could not be posted is handed back with <see cref="Release"/>.
/// Nothing is posted on weekends and holidays, and no alert comes before the day's digest time.
/// </summary>
public sealed class LeadersWatch(
    OpsClock clock,
    LeadersSettings settings,
    QueueStatusService status,
    DailyControls controls,
    NoticeLedger ledger,
    DigestComposer? digests = null)
{
    private readonly DigestSchedule _schedule = new(settings, status.Calendar);
    private readonly AlertRules _rules = new(settings);
    private readonly DigestComposer _digests = digests ?? new DigestComposer(status);

    public DigestSchedule Schedule => _schedule;

    public IReadOnlyList<LeadersNotice> Due()
    {
        var now = clock.Now;
        if (!_schedule.IsDue(now)) return [];
        var day = clock.Today;
        var notices = new List<LeadersNotice>();

        var digestKey = NoticeLedger.Key(day, "digest");
        if (ledger.TryClaim(digestKey))
        {
            notices.Add(new DigestNotice(_digests.Compose(), [digestKey]));
            // Once a day, forget last week's marks: each guards only its own day.
            ledger.Forget(now.AddDays(-7));
        }

        var current = status.Now();
        var candidates = _rules.Evaluate(current, status.UnappliedItems(day), controls.Overdue(), now);

        var claimed = ledger.Claim(candidates.DueToday.Select(c => c.Key)).ToHashSet(StringComparer.Ordinal);
        var items = candidates.DueToday.Where(c => claimed.Contains(c.Key)).ToList();
        if (items.Count > 0)
            notices.Add(new SlaAlert(day, [.. items.Select(c => c.Item)], [.. items.Select(c => c.Key)]));

        foreach (var (key, threshold, limit) in candidates.Thresholds)
            if (ledger.TryClaim(key))
                notices.Add(new ThresholdAlert(day, threshold, current.Unapplied, limit, [key]));

        claimed = ledger.Claim(candidates.Controls.Select(c => c.Key)).ToHashSet(StringComparer.Ordinal);
        var overdue = candidates.Controls.Where(c => claimed.Contains(c.Key)).ToList();
        if (overdue.Count > 0)
            notices.Add(new ControlsAlert(day, [.. overdue.Select(c => c.Control)], [.. overdue.Select(c => c.Key)]));

        return notices;
    }

    public void Release(LeadersNotice notice) => ledger.Release(notice.Marks);
}

/// <summary>
/// One proactive round: take what is due and post each notice. The post is the bot's (a <see cref="ResilientPoster"/>
/// to the leaders' channel); a notice whose post gave up or threw goes back to the ledger for the next round, while
/// one to a conversation that blocked the bot stays claimed (posting again would not help).
/// </summary>
public sealed class LeadersRound(LeadersWatch watch, Func<LeadersNotice, CancellationToken, Task<PostOutcome>> post)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var notices = watch.Due();
        for (var i = 0; i < notices.Count; i++)
        {
            PostOutcome outcome;
            try
            {
                outcome = await post(notices[i], cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                // This one and the ones not yet tried go back, so the next round posts them.
                foreach (var notice in notices.Skip(i)) watch.Release(notice);
                throw;
            }
            if (outcome.Result == PostResult.GaveUp) watch.Release(notices[i]);
        }
    }
}
