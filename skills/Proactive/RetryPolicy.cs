namespace OpsBot.Skills.Proactive;

/// <summary>What a failed post to Teams answered: the HTTP status, its Retry-After, and the error code if any.</summary>
public sealed record PostFailure(int StatusCode, TimeSpan? RetryAfter = null, string? Code = null);

/// <summary>What to do after a failed attempt.</summary>
public abstract record RetryDecision
{
    private RetryDecision() { }

    /// <summary>Try again after <paramref name="Delay"/>.</summary>
    public sealed record Retry(TimeSpan Delay) : RetryDecision;
    /// <summary>The conversation has blocked or removed the bot: stop posting to it.</summary>
    public sealed record StopConversation(string Reason) : RetryDecision;
    /// <summary>Not worth another attempt now.</summary>
    public sealed record GiveUp(string Reason) : RetryDecision;
}

/// <summary>
/// Teams' rules for a bot that posts: throttling (429), a conflicting update (412) and gateway errors (502, 504) are
/// retried with exponential backoff and jitter, honouring Retry-After; a conversation that answers 403 or 404 has
/// blocked or removed the bot and is not posted to again; anything else, or too many attempts, gives up.
/// Pure logic: the clock and the randomness are the caller's.
/// </summary>
public sealed class RetryPolicy
{
    public static readonly IReadOnlySet<int> Transient = new HashSet<int> { 412, 429, 502, 504 };
    public static readonly IReadOnlySet<int> Gone = new HashSet<int> { 403, 404 };

    private readonly Func<double> _random;

    /// <param name="random">A number in [0, 1) for the jitter; <see cref="Random.Shared"/> by default, fixed in tests.</param>
    public RetryPolicy(int maxAttempts = 5, TimeSpan? baseDelay = null, TimeSpan? maxDelay = null,
        TimeSpan? maxRetryAfter = null, Func<double>? random = null)
    {
        if (maxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(maxAttempts), "At least one attempt.");
        MaxAttempts = maxAttempts;
        BaseDelay = baseDelay ?? TimeSpan.FromSeconds(1);
        MaxDelay = maxDelay ?? TimeSpan.FromSeconds(30);
        MaxRetryAfter = maxRetryAfter ?? TimeSpan.FromMinutes(2);
        _random = random ?? Random.Shared.NextDouble;
    }

    public int MaxAttempts { get; }
    public TimeSpan BaseDelay { get; }
    public TimeSpan MaxDelay { get; }
    /// <summary>A Retry-After longer than this is not waited for: the post gives up and the next round tries again.</summary>
    public TimeSpan MaxRetryAfter { get; }

    /// <param name="attempt">The attempt that just failed, from 1.</param>
    public RetryDecision Decide(int attempt, PostFailure failure)
    {
        if (Gone.Contains(failure.StatusCode))
            return new RetryDecision.StopConversation($"HTTP {failure.StatusCode}{(failure.Code is null ? "" : " " + failure.Code)}");
        if (!Transient.Contains(failure.StatusCode))
            return new RetryDecision.GiveUp($"HTTP {failure.StatusCode} is not worth retrying");
        if (attempt >= MaxAttempts)
            return new RetryDecision.GiveUp($"still failing (HTTP {failure.StatusCode}) after {attempt} attempts");
        if (failure.RetryAfter is { } wait)
            return wait > MaxRetryAfter
                ? new RetryDecision.GiveUp($"asked to wait {wait.TotalSeconds:0} s, longer than {MaxRetryAfter.TotalSeconds:0} s")
                : new RetryDecision.Retry(wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
        return new RetryDecision.Retry(Backoff(attempt));
    }

    /// <summary>
    /// base × 2^(attempt−1), capped, then "equal jitter": between half and all of it, so that instances that failed
    /// together do not retry together, yet none retries at once.
    /// </summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped / 2 + capped / 2 * _random());
    }
}
