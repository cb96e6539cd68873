using Microsoft.Extensions.Configuration;
using OpsBot.Skills.Calendar;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Status;

namespace OpsBot.Tests.Leaders;

public class LeadersSettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Without_settings_the_digest_is_at_8_30_the_SLA_one_business_day_and_no_threshold_alerts()
    {
        var leaders = LeadersSettings.From(Config());
        var status = StatusSettings.From(Config());

        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(14, 0), "en", TimeSpan.FromMinutes(1)),
            (leaders.DigestTime, leaders.SlaWarningTime, leaders.Language, leaders.CheckEvery));
        Assert.Null(leaders.UnappliedAmountThreshold);
        Assert.Null(leaders.UnappliedCountThreshold);
        Assert.Null(leaders.Channel);
        Assert.Equal((1, HolidaySet.Federal), (status.SlaBusinessDays, status.Holidays));
    }

    [Fact]
    public void Settings_are_read_from_configuration_keys()
    {
        var leaders = LeadersSettings.From(Config(
            ("Leaders:Channel", "19:abc@thread.tacv2"), ("Leaders:Language", "fr"), ("Leaders:DigestTime", "07:45"),
            ("Leaders:CheckEverySeconds", "30"), ("Alerts:SlaWarningTime", "13:30"),
            ("Alerts:UnappliedAmount", "250000.00"), ("Alerts:UnappliedCount", "150")));
        var status = StatusSettings.From(Config(("Sla:BusinessDays", "0"), ("Sla:Holidays", "quebec")));

        Assert.Equal(("19:abc@thread.tacv2", "fr", new TimeOnly(7, 45), TimeSpan.FromSeconds(30), new TimeOnly(13, 30), 250000.00m, 150),
            (leaders.Channel, leaders.Language, leaders.DigestTime, leaders.CheckEvery, leaders.SlaWarningTime,
             leaders.UnappliedAmountThreshold, leaders.UnappliedCountThreshold));
        Assert.Equal((0, HolidaySet.Quebec), (status.SlaBusinessDays, status.Holidays));
    }

    [Theory]
    [InlineData("Leaders:DigestTime", "8h30", "Leaders:DigestTime is a time of day as HH:mm (24-hour), not '8h30'.")]
    [InlineData("Alerts:UnappliedAmount", "lots", "Alerts:UnappliedAmount is a positive amount such as 250000.00, not 'lots'.")]
    [InlineData("Alerts:UnappliedCount", "-3", "Alerts:UnappliedCount is a whole number from 1 to 1000000, not '-3'.")]
    [InlineData("Leaders:Language", "de", "Leaders:Language is en or fr, not 'de'.")]
    public void A_bad_leaders_setting_is_named_with_its_value(string key, string value, string message)
    {
        var e = Assert.Throws<FormatException>(() => LeadersSettings.From(Config((key, value))));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_bad_SLA_is_named_with_its_value()
    {
        var e = Assert.Throws<FormatException>(() => StatusSettings.From(Config(("Sla:BusinessDays", "one"))));
        Assert.Equal("Sla:BusinessDays is a whole number from 0 to 30, not 'one'.", e.Message);
    }
}

public class SampleSettingsTests
{
    [Fact]
    public void The_sample_appsettings_reads_without_error_and_says_what_the_defaults_are()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpsBot.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root.FullName, "appsettings.sample.json")).Build();

        var leaders = LeadersSettings.From(configuration);
        var status = StatusSettings.From(configuration);
        var controls = ControlChecklist.From(configuration);

        Assert.Equal((new TimeOnly(8, 30), 250000.00m, 150), (leaders.DigestTime, leaders.UnappliedAmountThreshold, leaders.UnappliedCountThreshold));
        Assert.Equal(1, status.SlaBusinessDays);
        Assert.Equal(ControlChecklist.Defaults, controls);
    }
}
