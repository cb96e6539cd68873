using OpsBot.Skills.Proactive;

namespace OpsBot.Tests.Leaders;

public class RetryPolicyTests
{
    private static RetryPolicy Policy(double jitter) =>
        new(maxAttempts: 5, baseDelay: TimeSpan.FromSeconds(1), maxDelay: TimeSpan.FromSeconds(10), random: () => jitter);

    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(3, 4000)]
    [InlineData(4, 8000)]
    [InlineData(5, 10000)]
    [InlineData(9, 10000)]
    public void The_backoff_doubles_from_the_base_up_to_the_cap(int attempt, int milliseconds)
    {
        Assert.InRange(Policy(jitter: 0.999999).Backoff(attempt).TotalMilliseconds, milliseconds - 1, milliseconds);
    }

    [Fact]
    public void Jitter_keeps_each_delay_between_half_and_all_of_the_backoff()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(2000), Policy(jitter: 0).Backoff(3));
        Assert.Equal(TimeSpan.FromMilliseconds(3000), Policy(jitter: 0.5).Backoff(3));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public void Throttling_conflicts_and_gateway_errors_are_retried_with_backoff(int status)
    {
        var decision = Policy(jitter: 0).Decide(2, new PostFailure(status));

        Assert.Equal(new RetryDecision.Retry(TimeSpan.FromSeconds(1)), decision);
    }

    [Fact]
    public void Retry_After_is_honoured_instead_of_the_backoff()
    {
        var decision = Policy(jitter: 0).Decide(1, new PostFailure(429, RetryAfter: TimeSpan.FromSeconds(7)));

        Assert.Equal(new RetryDecision.Retry(TimeSpan.FromSeconds(7)), decision);
    }

    [Fact]
    public void A_Retry_After_longer_than_the_policy_waits_gives_up_for_this_round()
    {
        var decision = Policy(jitter: 0).Decide(1, new PostFailure(429, RetryAfter: TimeSpan.FromMinutes(10)));

        Assert.IsType<RetryDecision.GiveUp>(decision);
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    public void A_conversation_that_blocked_or_removed_the_bot_is_stopped(int status, string code)
    {
        var decision = Policy(jitter: 0).Decide(1, new PostFailure(status, Code: code));

        var stop = Assert.IsType<RetryDecision.StopConversation>(decision);
        Assert.Contains(code, stop.Reason);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(500)]
    public void Other_failures_are_not_retried(int status)
    {
        Assert.IsType<RetryDecision.GiveUp>(Policy(jitter: 0).Decide(1, new PostFailure(status)));
    }

    [Fact]
    public void The_last_allowed_attempt_gives_up()
    {
        Assert.IsType<RetryDecision.Retry>(Policy(jitter: 0).Decide(4, new PostFailure(429)));
        Assert.IsType<RetryDecision.GiveUp>(Policy(jitter: 0).Decide(5, new PostFailure(429)));
    }
}
