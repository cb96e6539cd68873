using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Rest;
using OpsBot.Bot.Leaders;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Proactive;

namespace OpsBot.Tests.Leaders;

/// <summary>Posting to the leaders under Teams' rules, on a fake clock: Retry-After, backoff, giving up, what is not an HTTP answer.</summary>
public class LeadersChannelTests : IDisposable
{
    private readonly LeadersTeam _team = new();

    public LeadersChannelTests() => _team.BotHearsFromLeadersChannel();

    public void Dispose() => _team.Dispose();

    private LeadersChannel Channel(int maxAttempts = 3) => new(_team.Get<LeadersAudience>(), _team.Sender, _team.Get<ConversationStops>(),
        new RetryPolicy(maxAttempts, baseDelay: TimeSpan.FromSeconds(1), random: () => 0.5), _team.Harness.Time, NullLogger<LeadersChannel>.Instance);

    private Task<OpsBot.Dialogs.Leaders.LeadersDelivery> Post(LeadersChannel channel) =>
        channel.PostAsync(() => MessageFactory.Text("Queue alert"), CancellationToken.None);

    private void Advance(TimeSpan by) => _team.Harness.Time.Advance(by);

    /// <summary>
    /// Waits (in real time, briefly) for the poster to make its next attempt: the continuation after a fake delay may
    /// run on another thread, and advancing the clock before it has set its next delay would skip that delay.
    /// </summary>
    private async Task AttemptsReach(int count)
    {
        for (var i = 0; i < 500 && _team.Sender.Attempts.Count < count; i++) await Task.Delay(10);
        Assert.Equal(count, _team.Sender.Attempts.Count);
        // The attempt has failed; give the poster a moment to set its next delay on the fake clock before the test
        // moves the clock (a clean-clone CI run under load once moved it first, and the retry never came).
        await Task.Delay(200);
    }

    [Fact]
    public async Task Throttled_with_a_Retry_After_the_post_waits_exactly_that_long_then_goes_through()
    {
        _team.Sender.Failures.Enqueue(LeadersTeam.Teams((HttpStatusCode)429, retryAfter: "7"));

        var posting = Post(Channel());
        await AttemptsReach(1);
        Advance(TimeSpan.FromSeconds(6.9));
        Assert.False(posting.IsCompleted);
        Assert.Single(_team.Sender.Attempts);
        Advance(TimeSpan.FromSeconds(0.1));
        var delivery = await posting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(delivery.Delivered);
        Assert.Equal(2, delivery.Outcome.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(7), _team.Sender.AttemptTimes[1] - _team.Sender.AttemptTimes[0]);
        Assert.Equal("Queue alert", Assert.Single(_team.Sender.Sent).Text);
    }

    [Fact]
    public async Task Gateway_errors_are_retried_with_growing_jittered_delays_then_given_up()
    {
        for (var i = 0; i < 3; i++) _team.Sender.Failures.Enqueue(LeadersTeam.Teams(HttpStatusCode.BadGateway));

        var posting = Post(Channel(maxAttempts: 3));
        // Base 1 s, doubled each time, half of it plus half again × 0.5 of jitter: 0.75 s, then 1.5 s.
        await AttemptsReach(1);
        Advance(TimeSpan.FromSeconds(0.75));
        await AttemptsReach(2);
        Advance(TimeSpan.FromSeconds(1.5));
        var delivery = await posting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(delivery.Delivered);
        Assert.Equal(PostResult.GaveUp, delivery.Outcome.Result);
        Assert.Equal(502, delivery.Outcome.LastFailure!.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(0.75), TimeSpan.FromSeconds(1.5)],
            _team.Sender.AttemptTimes.Zip(_team.Sender.AttemptTimes.Skip(1), (a, b) => b - a));
        Assert.Empty(_team.Get<ConversationStops>().All());
    }

    [Fact]
    public async Task A_post_that_fails_without_an_HTTP_answer_is_not_retried_and_propagates()
    {
        _team.Sender.Failures.Enqueue(new InvalidOperationException("connector misconfigured"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Post(Channel()));
        Assert.Single(_team.Sender.Attempts);
    }

    [Fact]
    public void The_connectors_exceptions_read_as_status_Retry_After_and_error_code()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 29, 19, 30, 0, TimeSpan.Zero));

        Assert.Equal(new PostFailure(429, TimeSpan.FromSeconds(12), "Throttled"),
            BotFrameworkFailures.Classify(LeadersTeam.Teams((HttpStatusCode)429, "Tue, 29 Dec 2026 19:30:12 GMT", "Throttled"), time));
        Assert.Equal(new PostFailure(403, null, "ConversationBlockedByUser"),
            BotFrameworkFailures.Classify(LeadersTeam.Teams(HttpStatusCode.Forbidden, code: "ConversationBlockedByUser"), time));
        Assert.Equal(new PostFailure(504, TimeSpan.FromSeconds(3)), BotFrameworkFailures.Classify(new HttpOperationException("gateway")
        {
            Response = new HttpResponseMessageWrapper(new HttpResponseMessage(HttpStatusCode.GatewayTimeout) { Headers = { { "Retry-After", "3" } } }, ""),
        }, time));
        Assert.Equal(new PostFailure(412), BotFrameworkFailures.Classify(new HttpRequestException("precondition", null, HttpStatusCode.PreconditionFailed), time));
        Assert.Null(BotFrameworkFailures.Classify(new HttpRequestException("no route to host"), time));
        Assert.Null(BotFrameworkFailures.Classify(new TimeoutException(), time));
    }
}
