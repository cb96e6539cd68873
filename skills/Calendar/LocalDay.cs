namespace OpsBot.Skills.Calendar;

/// <summary>Local days of the operations' time zone as UTC instants, for range reads on stored times (kept in UTC).</summary>
public static class LocalDay
{
    /// <summary>The instant the local day starts and the instant the next one starts (23 or 25 hours apart when the clocks change).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bounds(DateOnly day, TimeZoneInfo zone) =>
        (Start(day, zone), Start(day.AddDays(1), zone));

    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>A local wall-clock time on a day, as an instant.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone) => At(day, TimeOnly.MinValue, zone).ToUniversalTime();
}
