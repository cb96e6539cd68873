using System.Collections.Concurrent;

namespace OpsBot.Skills.Calendar;

/// <summary>
/// Business days in Canada: Monday to Friday, less the observed statutory holidays of the chosen set. The SLA and
/// every age the leaders see are counted on it.
/// </summary>
public sealed class BusinessCalendar(HolidaySet holidays = HolidaySet.Federal)
{
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, Holiday>> _years = new();

    public static BusinessCalendar Federal { get; } = new(HolidaySet.Federal);

    public HolidaySet Holidays { get; } = holidays;

    public IReadOnlyList<Holiday> HolidaysIn(int year) => [.. ClosedDays(year).Values.OrderBy(h => h.Observed)];

    /// <summary>The holiday the business is closed for on that day, if any.</summary>
    public Holiday? HolidayOn(DateOnly date) => ClosedDays(date.Year).GetValueOrDefault(date);

    public bool IsBusinessDay(DateOnly date) => !CanadianHolidays.IsWeekend(date) && HolidayOn(date) is null;

    public DateOnly NextBusinessDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsBusinessDay(next)) next = next.AddDays(1);
        return next;
    }

    public DateOnly PreviousBusinessDay(DateOnly date)
    {
        var previous = date.AddDays(-1);
        while (!IsBusinessDay(previous)) previous = previous.AddDays(-1);
        return previous;
    }

    /// <summary>The day itself when the business is open, else the next business day.</summary>
    public DateOnly OnOrAfter(DateOnly date) => IsBusinessDay(date) ? date : NextBusinessDay(date);

    /// <summary><paramref name="days"/> business days after <paramref name="date"/> (or before, when negative).</summary>
    public DateOnly AddBusinessDays(DateOnly date, int days)
    {
        var result = date;
        for (var i = 0; i < Math.Abs(days); i++)
            result = days > 0 ? NextBusinessDay(result) : PreviousBusinessDay(result);
        return result;
    }

    /// <summary>How many business days lie after <paramref name="from"/>, up to and including <paramref name="to"/>.</summary>
    public int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsBusinessDay(d)) count++;
        return count;
    }

    /// <summary>
    /// The age of something received on <paramref name="receivedOn"/>, in business days, on <paramref name="today"/>.
    /// Money received on a weekend or a holiday starts its clock on the next business day, so it is 0 on that day.
    /// </summary>
    public int AgeInBusinessDays(DateOnly receivedOn, DateOnly today) => BusinessDaysBetween(OnOrAfter(receivedOn), today);

    /// <summary>The last business day on which something received then can still be within an SLA of <paramref name="slaBusinessDays"/>.</summary>
    public DateOnly Deadline(DateOnly receivedOn, int slaBusinessDays) => AddBusinessDays(OnOrAfter(receivedOn), slaBusinessDays);

    private IReadOnlyDictionary<DateOnly, Holiday> ClosedDays(int year) =>
        _years.GetOrAdd(year, y =>
        {
            // An observed day can spill into the next year (December 31 has no holiday, but keep the rule general):
            // gather the neighbours too and keep what is observed in this year.
            var all = CanadianHolidays.For(y - 1, Holidays).Concat(CanadianHolidays.For(y, Holidays));
            return all.Where(h => h.Observed.Year == y).ToDictionary(h => h.Observed);
        });
}
