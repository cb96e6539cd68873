namespace OpsBot.Skills.Time;

/// <summary>
/// Canada's clock for the business: what day it is in the operations' time zone (America/Toronto by default),
/// on a <see cref="TimeProvider"/> that tests can fake.
/// </summary>
public sealed class OpsClock(TimeProvider time, TimeZoneInfo zone)
{
    public const string DefaultZone = "America/Toronto";

    public static OpsClock System { get; } = new(TimeProvider.System, FindZone(DefaultZone));

    public TimeProvider Time { get; } = time;
    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Zone);
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public static TimeZoneInfo FindZone(string? id) =>
        TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? DefaultZone : id);
}
