using OpsBot.Skills.Status;

namespace OpsBot.Skills.Leaders;

/// <summary>Something to post to the leaders' channel, with the ledger keys that stop it from being posted twice.</summary>
public abstract record LeadersNotice(DateOnly Day, IReadOnlyList<string> Marks);

public sealed record DigestNotice(Digest Digest, IReadOnlyList<string> Marks) : LeadersNotice(Digest.Day, Marks);

/// <summary>Items whose SLA ends today and that are still unapplied at the warning time.</summary>
public sealed record SlaAlert(DateOnly Day, IReadOnlyList<QueueItem> Items, IReadOnlyList<string> Marks) : LeadersNotice(Day, Marks)
{
    public CountAmount Total => Items.Aggregate(CountAmount.Zero, (t, i) => t.Plus(i.UnappliedAmount));
}

public enum Threshold { UnappliedCount, UnappliedAmount }

/// <summary>The unapplied queue reached a threshold from settings.</summary>
public sealed record ThresholdAlert(DateOnly Day, Threshold Threshold, CountAmount Unapplied, decimal Limit, IReadOnlyList<string> Marks)
    : LeadersNotice(Day, Marks);

/// <summary>Daily controls past their cut-off and still not ticked.</summary>
public sealed record ControlsAlert(DateOnly Day, IReadOnlyList<ControlStatus> Overdue, IReadOnlyList<string> Marks) : LeadersNotice(Day, Marks);
