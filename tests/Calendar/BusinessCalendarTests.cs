using OpsBot.Skills.Calendar;

namespace OpsBot.Tests.Calendar;

public class BusinessCalendarTests
{
    private readonly BusinessCalendar _calendar = new(HolidaySet.Federal);

    [Theory]
    [InlineData("2026-10-09", true)]   // Friday before Thanksgiving
    [InlineData("2026-10-10", false)]  // Saturday
    [InlineData("2026-10-12", false)]  // Thanksgiving Monday
    [InlineData("2026-10-13", true)]
    [InlineData("2026-12-25", false)]
    [InlineData("2026-12-28", false)]  // Boxing Day observed
    [InlineData("2026-12-29", true)]
    public void Weekends_and_observed_holidays_are_not_business_days(string date, bool open)
    {
        Assert.Equal(open, _calendar.IsBusinessDay(DateOnly.Parse(date)));
    }

    [Fact]
    public void A_payment_received_the_Friday_before_Thanksgiving_is_one_business_day_old_on_Tuesday()
    {
        var friday = new DateOnly(2026, 10, 9);

        Assert.Equal(1, _calendar.AgeInBusinessDays(friday, new DateOnly(2026, 10, 13)));
        Assert.Equal(2, _calendar.AgeInBusinessDays(friday, new DateOnly(2026, 10, 14)));
        Assert.Equal(new DateOnly(2026, 10, 13), _calendar.Deadline(friday, 1));
    }

    [Fact]
    public void Christmas_and_Boxing_Day_do_not_age_a_payment_received_on_Christmas_Eve()
    {
        var eve = new DateOnly(2026, 12, 24);

        Assert.Equal(0, _calendar.AgeInBusinessDays(eve, new DateOnly(2026, 12, 28)));
        Assert.Equal(1, _calendar.AgeInBusinessDays(eve, new DateOnly(2026, 12, 29)));
        Assert.Equal(new DateOnly(2026, 12, 29), _calendar.Deadline(eve, 1));
    }

    [Fact]
    public void Money_received_on_a_weekend_starts_its_clock_on_the_next_business_day()
    {
        var saturday = new DateOnly(2026, 10, 10);

        Assert.Equal(new DateOnly(2026, 10, 13), _calendar.OnOrAfter(saturday));
        Assert.Equal(0, _calendar.AgeInBusinessDays(saturday, new DateOnly(2026, 10, 13)));
        Assert.Equal(1, _calendar.AgeInBusinessDays(saturday, new DateOnly(2026, 10, 14)));
        Assert.Equal(new DateOnly(2026, 10, 14), _calendar.Deadline(saturday, 1));
    }

    [Fact]
    public void Business_days_are_added_and_taken_away_across_holidays()
    {
        Assert.Equal(new DateOnly(2026, 10, 14), _calendar.AddBusinessDays(new DateOnly(2026, 10, 9), 2));
        Assert.Equal(new DateOnly(2026, 10, 8), _calendar.AddBusinessDays(new DateOnly(2026, 10, 13), -2));
        Assert.Equal(new DateOnly(2026, 10, 9), _calendar.PreviousBusinessDay(new DateOnly(2026, 10, 13)));
        Assert.Equal(new DateOnly(2027, 1, 4), _calendar.NextBusinessDay(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void The_Quebec_calendar_closes_on_the_Fete_nationale_and_the_federal_one_does_not()
    {
        var june24 = new DateOnly(2026, 6, 24);

        Assert.True(_calendar.IsBusinessDay(june24));
        Assert.False(new BusinessCalendar(HolidaySet.Quebec).IsBusinessDay(june24));
        Assert.Equal("Fête nationale du Québec", new BusinessCalendar(HolidaySet.Quebec).HolidayOn(june24)!.Name("fr"));
    }

    [Fact]
    public void The_age_on_the_day_received_or_before_is_zero()
    {
        var monday = new DateOnly(2026, 10, 5);
        Assert.Equal(0, _calendar.AgeInBusinessDays(monday, monday));
        Assert.Equal(0, _calendar.AgeInBusinessDays(monday, monday.AddDays(-3)));
    }
}
