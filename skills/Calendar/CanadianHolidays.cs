namespace OpsBot.Skills.Calendar;

/// <summary>
/// Canada's statutory holidays for a year, as Payments Canada closes for them (its published non-business days are the
/// eleven federal holidays, the Civic Holiday included): a holiday on a weekend is observed on the next free weekday,
/// which is how Christmas on a Saturday closes Monday the 27th and Boxing Day Tuesday the 28th.
/// </summary>
public static class CanadianHolidays
{
    /// <summary>The National Day for Truth and Reconciliation exists from 2021 (Bill C-5).</summary>
    public const int TruthAndReconciliationSince = 2021;

    public static IReadOnlyList<Holiday> For(int year, HolidaySet set = HolidaySet.Federal)
    {
        var easter = EasterSunday(year);
        var days = new List<(string Id, DateOnly Date, bool Shifts, string En, string Fr)>
        {
            ("new-year", new(year, 1, 1), true, "New Year's Day", "Jour de l'An"),
            ("good-friday", easter.AddDays(-2), false, "Good Friday", "Vendredi saint"),
            ("victoria-day", MondayOnOrBefore(new(year, 5, 24)), false, "Victoria Day", "Fête de Victoria"),
            ("canada-day", new(year, 7, 1), true, "Canada Day", "Fête du Canada"),
            ("civic-holiday", NthMonday(year, 8, 1), false, "Civic Holiday", "Premier lundi d'août"),
            ("labour-day", NthMonday(year, 9, 1), false, "Labour Day", "Fête du Travail"),
            ("thanksgiving", NthMonday(year, 10, 2), false, "Thanksgiving", "Action de grâce"),
            ("remembrance-day", new(year, 11, 11), true, "Remembrance Day", "Jour du Souvenir"),
            ("christmas", new(year, 12, 25), true, "Christmas Day", "Noël"),
            ("boxing-day", new(year, 12, 26), true, "Boxing Day", "Lendemain de Noël"),
        };
        if (year >= TruthAndReconciliationSince)
            days.Add(("truth-and-reconciliation", new(year, 9, 30), true,
                "National Day for Truth and Reconciliation", "Journée nationale de la vérité et de la réconciliation"));
        if (set == HolidaySet.Quebec)
        {
            days.Add(("easter-monday", easter.AddDays(1), false, "Easter Monday", "Lundi de Pâques"));
            days.Add(("fete-nationale", new(year, 6, 24), FeteNationaleShifts(year), "Saint-Jean-Baptiste Day", "Fête nationale du Québec"));
        }

        // In date order, so that Christmas takes the first free weekday before Boxing Day looks for one.
        var taken = new HashSet<DateOnly>();
        var holidays = new List<Holiday>();
        foreach (var day in days.OrderBy(d => d.Date))
        {
            var observed = day.Date;
            if (day.Shifts)
                while (IsWeekend(observed) || taken.Contains(observed)) observed = observed.AddDays(1);
            taken.Add(observed);
            holidays.Add(new Holiday(day.Id, day.Date, observed, day.En, day.Fr));
        }
        return holidays;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm, as given by Meeus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    // Quebec's Fête nationale act moves the day to June 25 when June 24 is a Sunday; on a Saturday it is not moved.
    private static bool FeteNationaleShifts(int year) => new DateOnly(year, 6, 24).DayOfWeek == DayOfWeek.Sunday;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static DateOnly MondayOnOrBefore(DateOnly date) =>
        date.AddDays(-(((int)date.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
}
