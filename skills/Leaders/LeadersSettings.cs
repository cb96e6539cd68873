using Microsoft.Extensions.Configuration;
using OpsBot.Skills.Status;

namespace OpsBot.Skills.Leaders;

/// <summary>
/// When and where the leaders hear from the bot. Settings:
/// <c>Leaders:Channel</c> (the Teams conversation id of the leaders' channel),
/// <c>Leaders:Language</c> (en | fr, default en),
/// <c>Leaders:DigestTime</c> (local HH:mm, default 08:30),
/// <c>Leaders:CheckEverySeconds</c> (default 60),
/// <c>Alerts:SlaWarningTime</c> (local HH:mm, default 14:00: items whose SLA ends today and are still unapplied),
/// <c>Alerts:UnappliedAmount</c> and <c>Alerts:UnappliedCount</c> (thresholds; no alert when absent).
/// </summary>
public sealed record LeadersSettings
{
    public string? Channel { get; init; }
    public string Language { get; init; } = "en";
    public TimeOnly DigestTime { get; init; } = new(8, 30);
    public TimeSpan CheckEvery { get; init; } = TimeSpan.FromMinutes(1);
    public TimeOnly SlaWarningTime { get; init; } = new(14, 0);
    public decimal? UnappliedAmountThreshold { get; init; }
    public int? UnappliedCountThreshold { get; init; }

    public static LeadersSettings From(IConfiguration configuration)
    {
        var language = configuration["Leaders:Language"];
        if (!string.IsNullOrWhiteSpace(language) && language is not ("en" or "fr"))
            throw new FormatException($"Leaders:Language is en or fr, not '{language}'.");
        var count = configuration["Alerts:UnappliedCount"];
        return new()
        {
            Channel = string.IsNullOrWhiteSpace(configuration["Leaders:Channel"]) ? null : configuration["Leaders:Channel"],
            Language = string.IsNullOrWhiteSpace(language) ? "en" : language,
            DigestTime = Settings.Time(configuration, "Leaders:DigestTime", new(8, 30)),
            CheckEvery = TimeSpan.FromSeconds(Settings.WholeNumber(configuration, "Leaders:CheckEverySeconds", 60, min: 5, max: 3600)),
            SlaWarningTime = Settings.Time(configuration, "Alerts:SlaWarningTime", new(14, 0)),
            UnappliedAmountThreshold = Settings.Amount(configuration, "Alerts:UnappliedAmount"),
            UnappliedCountThreshold = string.IsNullOrWhiteSpace(count)
                ? null
                : Settings.WholeNumber(configuration, "Alerts:UnappliedCount", 0, min: 1, max: 1_000_000),
        };
    }
}
