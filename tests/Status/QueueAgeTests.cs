using OpsBot.Skills.Status;

namespace OpsBot.Tests.Status;

public class QueueAgeTests
{
    private static readonly DateOnly Tuesday = new(2026, 10, 13);

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("en-CA")]
    [InlineData("de-DE")]
    public void Ages_read_as_people_say_them_in_both_languages_whatever_the_current_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("4 days ago", QueueAge.Since(new DateOnly(2026, 10, 9), Tuesday, "en"));
        Assert.Equal("il y a 4 jours", QueueAge.Since(new DateOnly(2026, 10, 9), Tuesday, "fr"));
        Assert.Equal("yesterday", QueueAge.Since(new DateOnly(2026, 10, 12), Tuesday, "en"));
        Assert.Equal("hier", QueueAge.Since(new DateOnly(2026, 10, 12), Tuesday, "fr"));
        Assert.Equal("today", QueueAge.Since(Tuesday, Tuesday, "en"));
        Assert.Equal("aujourd'hui", QueueAge.Since(Tuesday, Tuesday, "fr"));
        Assert.Equal("3 days", QueueAge.Days(3, "en"));
        Assert.Equal("3 jours", QueueAge.Days(3, "fr"));
    }

    [Theory]
    [InlineData(0, "0 business days", "0 jour ouvrable")]
    [InlineData(1, "1 business day", "1 jour ouvrable")]
    [InlineData(3, "3 business days", "3 jours ouvrables")]
    public void Business_day_ages_take_the_plural_each_language_uses(int days, string en, string fr)
    {
        Assert.Equal(en, QueueAge.BusinessDays(days, "en"));
        Assert.Equal(fr, QueueAge.BusinessDays(days, "fr-CA"));
    }
}

/// <summary>Sets the current culture for a block (for theories that run the same checks under several cultures).</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly System.Globalization.CultureInfo _culture = System.Globalization.CultureInfo.CurrentCulture;
    private readonly System.Globalization.CultureInfo _uiCulture = System.Globalization.CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo(name);
        System.Globalization.CultureInfo.CurrentCulture = culture;
        System.Globalization.CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        System.Globalization.CultureInfo.CurrentCulture = _culture;
        System.Globalization.CultureInfo.CurrentUICulture = _uiCulture;
    }
}
