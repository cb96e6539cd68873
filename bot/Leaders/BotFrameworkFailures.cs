using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using OpsBot.Skills.Proactive;

namespace OpsBot.Bot.Leaders;

/// <summary>
/// What Teams answered when a proactive post failed, as the <see cref="RetryPolicy"/> reads it: the HTTP status of
/// the Bot Framework connector's exception, its Retry-After (seconds or a date), and the error code of its body.
/// Anything that is not an HTTP answer is not a <see cref="PostFailure"/> (null): it propagates.
/// </summary>
public static class BotFrameworkFailures
{
    public static PostFailure? Classify(Exception exception, TimeProvider time) => exception switch
    {
        ErrorResponseException { Response: { } response } e =>
            new PostFailure((int)response.StatusCode, RetryAfter(response, time), e.Body?.Error?.Code),
        HttpOperationException { Response: { } response } =>
            new PostFailure((int)response.StatusCode, RetryAfter(response, time)),
        HttpRequestException { StatusCode: { } status } => new PostFailure((int)status),
        _ => null,
    };

    /// <summary>"Retry-After: 7" or "Retry-After: Wed, 14 Oct 2026 12:00:07 GMT"; null when absent or unreadable.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessageWrapper response, TimeProvider time)
    {
        var value = response.Headers?
            .FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?
            .FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
