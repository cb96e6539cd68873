using OpsBot.Skills.Calendar;
using OpsBot.Skills.Status;

namespace OpsBot.Skills.Leaders;

/// <summary>The morning digest: the queue status, and how the previous business day's receipts were accounted for.</summary>
public sealed record Digest(DateOnly Day, QueueStatus Status, DayFlow PreviousDay);

/// <summary>
/// Builds the digest. The previous day's figures come from <see cref="QueueStatusService.Day"/> unless another source
/// is given: the reconciliation of the allocation workflow (issue 5) can be plugged in there when it lands.
/// </summary>
public sealed class DigestComposer(QueueStatusService status, Func<DateOnly, DayFlow>? previousDay = null)
{
    public Digest Compose()
    {
        var now = status.Now();
        var previous = status.Calendar.PreviousBusinessDay(now.Today);
        return new Digest(now.Today, now, (previousDay ?? status.Day)(previous));
    }
}

/// <summary>
/// When the digest goes out: at <see cref="LeadersSettings.DigestTime"/> local time, on business days only (the queue
/// does not move on weekends and holidays and nobody reads it; Monday's digest covers them). A bot that starts after
/// the time sends that day's digest at once.
/// </summary>
public sealed class DigestSchedule(LeadersSettings settings, BusinessCalendar calendar)
{
    public bool IsDue(DateTimeOffset localNow) =>
        calendar.IsBusinessDay(DateOnly.FromDateTime(localNow.DateTime)) && TimeOnly.FromDateTime(localNow.DateTime) >= settings.DigestTime;

    /// <summary>The next digest time after <paramref name="now"/>, for a host that prefers to sleep until then.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset now, TimeZoneInfo zone)
    {
        var day = LocalDay.Of(now, zone);
        while (true)
        {
            if (calendar.IsBusinessDay(day))
            {
                var at = LocalDay.At(day, settings.DigestTime, zone);
                if (at > now) return at;
            }
            day = day.AddDays(1);
        }
    }
}
