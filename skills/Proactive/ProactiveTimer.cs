namespace OpsBot.Skills.Proactive;

/// <summary>
/// Runs a check every <c>period</c> on a <see cref="TimeProvider"/> (so tests drive it with a fake clock). A round
/// that is still running when the next is due is not overlapped; an exception in a round is reported and the timer
/// goes on.
/// </summary>
public sealed class ProactiveTimer(TimeProvider time, TimeSpan period, Func<CancellationToken, Task> round,
    Action<Exception>? onError = null) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _timer;

    public void Start()
    {
        if (period <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(period), "The period must be positive.");
        _timer ??= time.CreateTimer(_ => _ = RunRoundAsync(), null, period, period);
    }

    /// <summary>One round now (the host calls it at start so a restart after the digest time catches up at once).</summary>
    public async Task RunRoundAsync()
    {
        if (!await _gate.WaitAsync(0).ConfigureAwait(false)) return;
        try
        {
            await round(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            onError?.Invoke(e);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_timer is not null) await _timer.DisposeAsync();
        _stopping.Dispose();
    }
}
