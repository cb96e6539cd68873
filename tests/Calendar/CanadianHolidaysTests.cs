using OpsBot.Skills.Calendar;

namespace OpsBot.Tests.Calendar;

public class CanadianHolidaysTests
{
    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_Sunday_falls_where_the_church_calendar_puts_it(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), CanadianHolidays.EasterSunday(year));
    }

    [Fact]
    public void The_federal_closures_of_2026_are_the_eleven_Payments_Canada_days()
    {
        var observed = CanadianHolidays.For(2026).Select(h => (h.Id, h.Observed)).ToList();

        Assert.Equal(
        [
            ("new-year", new DateOnly(2026, 1, 1)),
            ("good-friday", new DateOnly(2026, 4, 3)),
            ("victoria-day", new DateOnly(2026, 5, 18)),
            ("canada-day", new DateOnly(2026, 7, 1)),
            ("civic-holiday", new DateOnly(2026, 8, 3)),
            ("labour-day", new DateOnly(2026, 9, 7)),
            ("truth-and-reconciliation", new DateOnly(2026, 9, 30)),
            ("thanksgiving", new DateOnly(2026, 10, 12)),
            ("remembrance-day", new DateOnly(2026, 11, 11)),
            ("christmas", new DateOnly(2026, 12, 25)),
            // Boxing Day is a Saturday in 2026: the banks close on Monday the 28th.
            ("boxing-day", new DateOnly(2026, 12, 28)),
        ], observed);
    }

    [Fact]
    public void Christmas_on_a_Saturday_closes_the_Monday_and_Boxing_Day_the_Tuesday()
    {
        var holidays = CanadianHolidays.For(2021).ToDictionary(h => h.Id, h => h.Observed);

        Assert.Equal(new DateOnly(2021, 12, 27), holidays["christmas"]);
        Assert.Equal(new DateOnly(2021, 12, 28), holidays["boxing-day"]);
    }

    [Fact]
    public void Christmas_on_a_Sunday_leaves_Boxing_Day_on_Monday_and_closes_Tuesday_for_Christmas()
    {
        var holidays = CanadianHolidays.For(2022).ToDictionary(h => h.Id, h => h.Observed);

        Assert.Equal(new DateOnly(2022, 12, 26), holidays["christmas"]);
        Assert.Equal(new DateOnly(2022, 12, 27), holidays["boxing-day"]);
    }

    [Fact]
    public void Weekend_holidays_of_2023_move_to_the_following_Monday()
    {
        var holidays = CanadianHolidays.For(2023).ToDictionary(h => h.Id, h => h.Observed);

        Assert.Equal(new DateOnly(2023, 1, 2), holidays["new-year"]);
        Assert.Equal(new DateOnly(2023, 7, 3), holidays["canada-day"]);
        Assert.Equal(new DateOnly(2023, 10, 2), holidays["truth-and-reconciliation"]);
        Assert.Equal(new DateOnly(2023, 11, 13), holidays["remembrance-day"]);
    }

    [Fact]
    public void The_day_for_truth_and_reconciliation_starts_in_2021()
    {
        Assert.DoesNotContain(CanadianHolidays.For(2020), h => h.Id == "truth-and-reconciliation");
        Assert.Contains(CanadianHolidays.For(2021), h => h.Id == "truth-and-reconciliation" && h.Observed == new DateOnly(2021, 9, 30));
    }

    [Fact]
    public void The_Quebec_set_adds_the_Fete_nationale_and_Easter_Monday()
    {
        var federal = CanadianHolidays.For(2026, HolidaySet.Federal).Select(h => h.Observed).ToHashSet();
        var quebec = CanadianHolidays.For(2026, HolidaySet.Quebec).Select(h => h.Observed).ToHashSet();

        Assert.Equal([new DateOnly(2026, 4, 6), new DateOnly(2026, 6, 24)], quebec.Except(federal).Order());
        Assert.Empty(federal.Except(quebec));
    }

    [Fact]
    public void The_Fete_nationale_moves_to_June_25_only_when_June_24_is_a_Sunday()
    {
        Assert.Equal(new DateOnly(2029, 6, 25), CanadianHolidays.For(2029, HolidaySet.Quebec).Single(h => h.Id == "fete-nationale").Observed);
        Assert.Equal(new DateOnly(2023, 6, 24), CanadianHolidays.For(2023, HolidaySet.Quebec).Single(h => h.Id == "fete-nationale").Observed);
    }

    [Fact]
    public void Every_holiday_has_an_English_and_a_French_name()
    {
        foreach (var holiday in CanadianHolidays.For(2026, HolidaySet.Quebec))
        {
            Assert.False(string.IsNullOrWhiteSpace(holiday.Name("en")));
            Assert.False(string.IsNullOrWhiteSpace(holiday.Name("fr")));
        }
        Assert.Equal("Action de grâce", CanadianHolidays.For(2026).Single(h => h.Id == "thanksgiving").Name("fr-CA"));
    }

    [Theory]
    [InlineData(null, HolidaySet.Federal)]
    [InlineData("", HolidaySet.Federal)]
    [InlineData("federal", HolidaySet.Federal)]
    [InlineData("Quebec", HolidaySet.Quebec)]
    [InlineData("québec", HolidaySet.Quebec)]
    public void The_holiday_setting_reads_federal_or_quebec(string? text, HolidaySet expected)
    {
        Assert.Equal(expected, HolidaySets.Parse(text));
    }

    [Fact]
    public void An_unknown_holiday_set_is_refused_with_the_setting_and_the_value()
    {
        var e = Assert.Throws<FormatException>(() => HolidaySets.Parse("ontario"));
        Assert.Contains("Sla:Holidays", e.Message);
        Assert.Contains("'ontario'", e.Message);
    }
}
