using Microsoft.Extensions.Time.Testing;
using OpsBot.Skills.Calendar;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Proactive;
using OpsBot.Skills.Status;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Status;

namespace OpsBot.Tests.Leaders;

/// <summary>
/// The digest and the alerts driven by a fake clock through the real timer, from Tuesday October 13, 2026 (the day
/// after Thanksgiving) at 8:00 in Toronto.
/// </summary>
public class LeadersWatchTests : IDisposable
{
    private readonly OpsStore _store = OpsStore.InMemory();
    private readonly FakeTimeProvider _time = QueueData.At(2026, 10, 13, 8, 0);
    private readonly QueueData _data;
    private readonly List<(DateTimeOffset At, LeadersNotice Notice)> _posted = [];
    private Func<LeadersNotice, PostResult> _teams = _ => PostResult.Delivered;

    private static readonly LeadersSettings Settings = new()
    {
        DigestTime = new(8, 30),
        SlaWarningTime = new(14, 0),
        UnappliedCountThreshold = 3,
        CheckEvery = TimeSpan.FromMinutes(1),
    };

    private static readonly IReadOnlyList<ControlDefinition> Checklist =
        [new("files-ingested", "All files of the day ingested", "Tous les fichiers du jour intégrés", new(10, 0))];

    public LeadersWatchTests()
    {
        _data = new QueueData(_store, _time);
        _data.Payment(new(2026, 10, 9), 250.00m, Channels.Cheque, UnappliedReasons.NoReference);      // last SLA day: Tuesday
        _data.Payment(new(2026, 10, 13), 75.00m, Channels.Cheque, UnappliedReasons.NoReference);      // last SLA day: Wednesday
        _data.Payment(new(2026, 10, 1), 1000.00m, Channels.BillPayment, UnappliedReasons.UnknownCard); // already over SLA
    }

    public void Dispose() => _store.Dispose();

    private LeadersWatch Watch()
    {
        var status = new QueueStatusService(_store, _data.Clock);
        return new LeadersWatch(_data.Clock, Settings, status, new DailyControls(_store, _data.Clock, Checklist),
            new NoticeLedger(_store, _time));
    }

    // Rounds every five minutes keep the two-day runs short; every time the tests look at is on the five minutes.
    private static readonly TimeSpan Round = TimeSpan.FromMinutes(5);

    private ProactiveTimer Timer(LeadersWatch watch, TimeSpan? every = null)
    {
        var round = new LeadersRound(watch, (notice, _) =>
        {
            var result = _teams(notice);
            if (result == PostResult.Delivered) _posted.Add((_data.Clock.Now, notice));
            return Task.FromResult(new PostOutcome(result, 1));
        });
        var timer = new ProactiveTimer(_time, every ?? Round, round.RunAsync, e => throw e);
        timer.Start();
        return timer;
    }

    private void AdvanceTo(int day, int hour, int minute = 0, TimeSpan? step = null) =>
        StepBy(_time, QueueData.Local(new DateOnly(2026, 10, day), hour, minute), step ?? Round);

    /// <summary>
    /// Moves the fake clock one round at a time: FakeTimeProvider fires a periodic timer once per Advance, at the time
    /// it advanced to, so a long jump would squash a day of rounds into one.
    /// </summary>
    private static void StepBy(FakeTimeProvider time, DateTimeOffset until, TimeSpan step)
    {
        while (time.GetUtcNow() < until)
        {
            var left = until - time.GetUtcNow();
            time.Advance(left < step ? left : step);
        }
    }

    private List<(string When, string What)> Posted() =>
        [.. _posted.Select(p => ($"{p.At:ddd HH:mm}", Describe(p.Notice)))];

    private static string Describe(LeadersNotice notice) => notice switch
    {
        DigestNotice d => $"digest {d.Digest.Day:MM-dd}",
        SlaAlert s => "sla " + string.Join(",", s.Items.Select(i => i.BankReference)),
        ThresholdAlert t => $"threshold {t.Threshold} {t.Unapplied.Count}",
        ControlsAlert c => "controls " + string.Join(",", c.Overdue.Select(o => o.Control.Id)),
        _ => notice.GetType().Name,
    };

    [Fact]
    public async Task The_digest_goes_out_at_the_set_time_and_not_a_minute_before()
    {
        await using var timer = Timer(Watch(), every: TimeSpan.FromMinutes(1));

        AdvanceTo(13, 8, 29, step: TimeSpan.FromMinutes(1));
        Assert.Empty(_posted);
        AdvanceTo(13, 8, 30, step: TimeSpan.FromMinutes(1));

        Assert.Equal(("Tue 08:30", "digest 10-13"), Posted().First());
    }

    [Fact]
    public async Task Over_two_days_each_notice_goes_out_once_a_day_and_a_new_day_re_arms_them()
    {
        await using var timer = Timer(Watch());

        AdvanceTo(14, 18, 0);

        Assert.Equal(
        [
            ("Tue 08:30", "digest 10-13"),
            ("Tue 08:30", "threshold UnappliedCount 3"),
            ("Tue 10:00", "controls files-ingested"),
            ("Tue 14:00", "sla BR000001"),   // received Friday: its last SLA day is Tuesday
            ("Wed 08:30", "digest 10-14"),
            ("Wed 08:30", "threshold UnappliedCount 3"),
            ("Wed 10:00", "controls files-ingested"),
            ("Wed 14:00", "sla BR000002"),   // received Tuesday: Wednesday is its last day; BR000001 has breached
        ], Posted());
    }

    [Fact]
    public async Task A_control_ticked_before_its_cut_off_raises_no_alert()
    {
        await using var timer = Timer(Watch());
        AdvanceTo(13, 9, 45);

        new DailyControls(_store, _data.Clock, Checklist).Tick("files-ingested", "u-anna");
        AdvanceTo(13, 12, 0);

        Assert.DoesNotContain(Posted(), p => p.What.StartsWith("controls", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_is_posted_on_a_weekend_or_on_Thanksgiving()
    {
        var saturday = QueueData.At(2026, 10, 10, 7);
        var data = new QueueData(_store, saturday);
        var status = new QueueStatusService(_store, data.Clock);
        var watch = new LeadersWatch(data.Clock, Settings, status, new DailyControls(_store, data.Clock, Checklist), new NoticeLedger(_store, saturday));
        var round = new LeadersRound(watch, (n, _) => { _posted.Add((data.Clock.Now, n)); return Task.FromResult(new PostOutcome(PostResult.Delivered, 1)); });
        await using var timer = new ProactiveTimer(saturday, Round, round.RunAsync, e => throw e);
        timer.Start();

        StepBy(saturday, QueueData.Local(new DateOnly(2026, 10, 12), 23, 55), Round);
        Assert.Empty(_posted);

        StepBy(saturday, QueueData.Local(new DateOnly(2026, 10, 13), 8, 30), Round);
        Assert.Equal(("Tue 08:30", "digest 10-13"), Posted().First());
    }

    [Fact]
    public async Task A_restarted_bot_does_not_post_the_digest_or_an_alert_again()
    {
        await using (Timer(Watch()))
            AdvanceTo(13, 14, 30);
        var before = Posted();

        await using var restarted = Timer(Watch());
        await restarted.RunRoundAsync();
        AdvanceTo(13, 17, 0);

        Assert.Equal(before, Posted());
        Assert.Equal(4, before.Count);
    }

    [Fact]
    public async Task A_bot_started_after_the_digest_time_sends_the_days_digest_at_once()
    {
        AdvanceTo(13, 11, 15);
        await using var timer = Timer(Watch());

        await timer.RunRoundAsync();

        Assert.Contains(("Tue 11:15", "digest 10-13"), Posted());
    }

    [Fact]
    public async Task A_digest_whose_post_gave_up_is_posted_again_on_the_next_round()
    {
        var attempts = 0;
        _teams = n => n is DigestNotice && attempts++ == 0 ? PostResult.GaveUp : PostResult.Delivered;
        await using var timer = Timer(Watch());

        AdvanceTo(13, 8, 40);

        Assert.Equal(2, attempts);
        Assert.Equal([("Tue 08:35", "digest 10-13")], Posted().Where(p => p.What.StartsWith("digest", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Notices_not_yet_tried_when_a_post_throws_are_posted_on_the_next_round()
    {
        var thrown = false;
        var watch = Watch();
        var round = new LeadersRound(watch, (n, _) =>
        {
            if (!thrown) { thrown = true; throw new HttpRequestException("network down"); }
            _posted.Add((_data.Clock.Now, n));
            return Task.FromResult(new PostOutcome(PostResult.Delivered, 1));
        });
        AdvanceTo(13, 8, 30);

        await Assert.ThrowsAsync<HttpRequestException>(() => round.RunAsync(CancellationToken.None));
        await round.RunAsync(CancellationToken.None);

        Assert.Equal(["digest 10-13", "threshold UnappliedCount 3"], Posted().Select(p => p.What));
    }

    [Fact]
    public void The_digest_carries_the_previous_business_days_reconciliation()
    {
        AdvanceTo(13, 8, 30);

        var digest = Assert.IsType<DigestNotice>(Watch().Due().First()).Digest;

        Assert.Equal(new DateOnly(2026, 10, 9), digest.PreviousDay.Date);   // Friday: Monday was Thanksgiving
        Assert.Equal(new CountAmount(1, 250.00m), digest.PreviousDay.Received);
        Assert.True(digest.PreviousDay.Balanced);
        Assert.Equal(new CountAmount(3, 1325.00m), digest.Status.Unapplied);
    }

    [Fact]
    public void The_next_digest_after_Friday_morning_is_Tuesday_after_Thanksgiving()
    {
        var schedule = new DigestSchedule(Settings, BusinessCalendar.Federal);

        var next = schedule.NextAfter(QueueData.Local(new DateOnly(2026, 10, 9), 9), QueueData.Toronto);

        Assert.Equal(QueueData.Local(new DateOnly(2026, 10, 13), 8, 30), next);
    }
}
