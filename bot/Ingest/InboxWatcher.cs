using OpsBot.Skills.Ingest;

namespace OpsBot.Bot.Ingest;

/// <summary>Settings under "Ingest": the inbox folder the host watches, and how often.</summary>
public sealed record InboxWatcherOptions
{
    /// <summary>Ingest:Inbox — the folder banks' files are dropped in; empty turns the watcher off.</summary>
    public string? Inbox { get; init; }
    /// <summary>Ingest:PollSeconds — how often the folder is looked at (default 15).</summary>
    public int PollSeconds { get; init; } = 15;
    /// <summary>Ingest:SettleSeconds — how long a file must be left unchanged before it is taken (default 5).</summary>
    public int SettleSeconds { get; init; } = 5;

    public static InboxWatcherOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Ingest");
        return new InboxWatcherOptions
        {
            Inbox = section["Inbox"] is { Length: > 0 } inbox ? inbox : null,
            PollSeconds = int.TryParse(section["PollSeconds"], out var poll) && poll > 0 ? poll : 15,
            SettleSeconds = int.TryParse(section["SettleSeconds"], out var settle) && settle >= 0 ? settle : 5,
        };
    }
}

/// <summary>
/// The host's side of the inbox: every few seconds, ingests what was dropped in Ingest:Inbox (see
/// <see cref="InboxProcessor"/>). Logs file names and counts only; a reason never quotes a card number.
/// </summary>
public sealed class InboxWatcher(IngestService ingest, InboxWatcherOptions options, TimeProvider time, ILogger<InboxWatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Inbox is null)
        {
            log.LogInformation("No inbox folder configured (Ingest:Inbox): files are ingested from the command line only.");
            return;
        }
        var folder = Path.GetFullPath(options.Inbox);
        Directory.CreateDirectory(folder);
        var processor = new InboxProcessor(ingest, new InboxSettings(folder, TimeSpan.FromSeconds(options.SettleSeconds)), time);
        log.LogInformation("Watching {Inbox} for bank files every {Seconds} s.", folder, options.PollSeconds);

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.PollSeconds), time);
        do
        {
            try
            {
                // Ingest is synchronous and holds a LiteDB transaction on its thread: keep it off the caller's.
                var outcomes = await Task.Run(processor.ProcessOnce, stoppingToken);
                foreach (var o in outcomes) Report(o);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The inbox pass failed; trying again in {Seconds} s.", options.PollSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private void Report(InboxOutcome o)
    {
        var r = o.Result;
        if (r.IsRejected)
            log.LogWarning("Rejected {File} ({Format}): {Problem}. Moved to {Destination}.",
                o.File, r.Format, r.Rejected[0].ToString(), o.MovedTo);
        else
            log.LogInformation("Ingested {File} ({Format}): {Payments} payments, {AutoApplied} auto-applied, {Queued} queued, {Duplicates} duplicates, {Skipped} skipped.",
                o.File, r.Format, r.Payments, r.AutoApplied, r.Queued, r.Duplicates, r.Skipped);
    }
}
