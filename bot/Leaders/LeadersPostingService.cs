using OpsBot.Skills.Leaders;
using OpsBot.Skills.Proactive;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.Leaders;

/// <summary>
/// The leaders' proactive side in the Teams host: every <c>Leaders:CheckEverySeconds</c> (on the host's
/// <see cref="TimeProvider"/>), one <see cref="LeadersRound"/>: the digest at <c>Leaders:DigestTime</c> on business
/// days, then the alerts, each once a day (the ledger in the store remembers across restarts), posted through the
/// <see cref="LeadersChannel"/>. A round runs at start too, so a host started after the digest time catches up.
/// While no leaders' conversation can be reached, rounds do nothing (and say so once a day): the digest and
/// alerts wait, unclaimed, for the first leader to appear, the same day.
/// </summary>
public sealed class LeadersPostingService(
    LeadersWatch watch,
    LeadersChannel channel,
    NoticeMessages messages,
    LeadersSettings settings,
    OpsClock clock,
    ILogger<LeadersPostingService> logger) : BackgroundService
{
    private DateOnly? _saidNowhere;
    private ProactiveTimer? _timer;

    /// <summary>
    /// The catch-up round started with the service. It runs on the starting thread until it first waits on Teams,
    /// so the host is not held up by a slow post, and a test with a recording sender sees it done when start returns.
    /// </summary>
    public Task FirstRound { get; private set; } = Task.CompletedTask;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Set up here rather than in ExecuteAsync, which .NET runs on a thread of its own: the timer exists, on the
        // host's clock, as soon as the service has started.
        var round = new LeadersRound(watch, PostAsync);
        _timer = new ProactiveTimer(clock.Time, settings.CheckEvery, ct => RoundAsync(round, ct),
            e => logger.LogError("A leaders' round failed: {Type}: {Message}", e.GetType().Name, Skills.Cards.CardMask.MaskText(e.Message)));
        _timer.Start();
        FirstRound = _timer.RunRoundAsync();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await FirstRound;
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_timer is { } timer)
        {
            _timer = null;
            await timer.DisposeAsync();
        }
    }

    public override void Dispose()
    {
        // A host stopped without StopAsync (a test, a crash on start): the timer must not outlive the service.
        _timer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _timer = null;
        base.Dispose();
    }

    private Task RoundAsync(LeadersRound round, CancellationToken cancellationToken)
    {
        if (channel.Reachable().Count > 0) return round.RunAsync(cancellationToken);
        var today = clock.Today;
        if (_saidNowhere != today && watch.Schedule.IsDue(clock.Now))
        {
            _saidNowhere = today;
            logger.LogWarning(settings.Channel is not null
                ? "The leaders' channel {Channel} (Leaders:Channel) is not reachable: the bot has not heard from it, was removed from it, or it blocked the bot. The digest and alerts wait until it is."
                : "No leaders' conversation is known{Channel}: set Leaders:Channel, or have someone in Roles:Leaders chat with the bot. The digest and alerts wait until then.",
                settings.Channel ?? "");
        }
        return Task.CompletedTask;
    }

    private async Task<PostOutcome> PostAsync(LeadersNotice notice, CancellationToken cancellationToken)
    {
        var delivery = await channel.PostAsync(() => messages.For(notice), cancellationToken).ConfigureAwait(false);
        return delivery.Outcome;
    }
}
