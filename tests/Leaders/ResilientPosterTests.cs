using Microsoft.Extensions.Time.Testing;
using OpsBot.Skills.Proactive;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Leaders;

public class ResilientPosterTests : IDisposable
{
    private readonly OpsStore _store = OpsStore.InMemory();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 13, 14, 0, 0, TimeSpan.Zero));
    private readonly ConversationStops _stops;
    private readonly ResilientPoster _poster;

    public ResilientPosterTests()
    {
        _stops = new ConversationStops(_store, _time);
        _poster = new ResilientPoster(
            new RetryPolicy(maxAttempts: 4, baseDelay: TimeSpan.FromSeconds(1), random: () => 0.999999), _stops, _time);
    }

    public void Dispose() => _store.Dispose();

    /// <summary>What Teams answers, attempt after attempt; null is a success.</summary>
    private sealed class Teams(params PostFailure?[] answers)
    {
        private int _calls;
        public List<DateTimeOffset> CalledAt { get; } = [];
        public TimeProvider? Clock { get; init; }

        public Task Send(CancellationToken _)
        {
            CalledAt.Add(Clock!.GetUtcNow());
            var answer = answers[Math.Min(_calls++, answers.Length - 1)];
            return answer is null ? Task.CompletedTask : Task.FromException(new FailedPost(answer));
        }
    }

    private sealed class FailedPost(PostFailure failure) : Exception($"HTTP {failure.StatusCode}")
    {
        public PostFailure Failure { get; } = failure;
    }

    private static PostFailure? Classify(Exception e) => (e as FailedPost)?.Failure;

    [Fact]
    public async Task Throttled_posts_wait_for_Retry_After_then_the_backoff_before_trying_again()
    {
        var start = _time.GetUtcNow();
        var teams = new Teams(new PostFailure(429, TimeSpan.FromSeconds(5)), new PostFailure(502), null) { Clock = _time };

        var posting = _poster.PostAsync("conv-leaders", teams.Send, Classify);
        Assert.Single(teams.CalledAt);

        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Single(teams.CalledAt);                 // Retry-After is not cut short
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await WaitFor(() => teams.CalledAt.Count == 2);

        // Second failure: a backoff of 2 s. The poster schedules it on the fake clock only once the failed call has
        // returned, so step the clock in small steps (with real pauses between them) rather than in one jump that
        // could come before the timer exists.
        for (var step = 0; step < 200 && teams.CalledAt.Count < 3; step++)
        {
            await Task.Delay(5);
            _time.Advance(TimeSpan.FromMilliseconds(50));
        }
        var outcome = await posting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new PostOutcome(PostResult.Delivered, 3), outcome);
        Assert.Equal([start, start.AddSeconds(5)], teams.CalledAt.Take(2));
        Assert.InRange(teams.CalledAt[2], start.AddSeconds(7), start.AddSeconds(7.5));
    }

    [Fact]
    public async Task A_conversation_that_blocked_the_bot_is_stopped_and_not_posted_to_again()
    {
        var teams = new Teams(new PostFailure(403, Code: "ConversationBlockedByUser")) { Clock = _time };

        var first = await _poster.PostAsync("conv-anna", teams.Send, Classify);
        var second = await _poster.PostAsync("conv-anna", teams.Send, Classify);

        Assert.Equal(PostResult.Stopped, first.Result);
        Assert.Equal(PostResult.Skipped, second.Result);
        Assert.Single(teams.CalledAt);
        var stopped = Assert.Single(_stops.All());
        Assert.Equal(("conv-anna", 403, "ConversationBlockedByUser"), (stopped.Id, stopped.StatusCode, stopped.Code));
    }

    [Fact]
    public async Task A_conversation_that_installs_the_bot_again_is_posted_to_again()
    {
        _stops.Stop("conv-anna", new PostFailure(404));
        var teams = new Teams([null]) { Clock = _time };

        Assert.True(_stops.Resume("conv-anna"));
        var outcome = await _poster.PostAsync("conv-anna", teams.Send, Classify);

        Assert.Equal(PostResult.Delivered, outcome.Result);
    }

    [Fact]
    public async Task A_post_that_keeps_failing_gives_up_after_the_last_attempt()
    {
        var teams = new Teams(new PostFailure(504)) { Clock = _time };

        var posting = _poster.PostAsync("conv-leaders", teams.Send, Classify);
        for (var i = 0; i < 10 && !posting.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(10));
            await Task.Yield();
            await WaitFor(() => posting.IsCompleted || teams.CalledAt.Count > i + 1);
        }
        var outcome = await posting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(PostResult.GaveUp, outcome.Result);
        Assert.Equal(4, outcome.Attempts);
        Assert.Equal(504, outcome.LastFailure?.StatusCode);
        Assert.Empty(_stops.All());
    }

    [Fact]
    public async Task An_exception_that_is_not_an_HTTP_answer_propagates()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _poster.PostAsync("conv-leaders", _ => throw new InvalidOperationException("bug"), Classify));
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(5);
        Assert.True(condition());
    }
}
