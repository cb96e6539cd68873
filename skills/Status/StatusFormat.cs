using System.Globalization;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Skills.Status;

/// <summary>Times and rates the Canadian way, independent of the current culture: "8:30 a.m." / "8 h 30", "75.5%" / "75,5 %".</summary>
public static class StatusFormat
{
    public static string Time(TimeOnly time, string language)
    {
        if (IsFrench(language))
            return $"{time.Hour}{Nbsp}h{Nbsp}{time.Minute:00}";
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        return $"{hour}:{time.Minute:00}{Nbsp}{(time.Hour < 12 ? "a.m." : "p.m.")}";
    }

    public static string Time(DateTimeOffset localTime, string language) => Time(TimeOnly.FromDateTime(localTime.DateTime), language);

    /// <summary>A rate from 0 to 1 as a percentage with one decimal; a dash when there is no rate.</summary>
    public static string Percent(decimal? rate, string language)
    {
        if (rate is null) return "—";
        var number = Math.Round(rate.Value * 100, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        return IsFrench(language) ? number.Replace('.', ',') + Nbsp + "%" : number + "%";
    }

    /// <summary>"3 payments, $1,234.56" / "3 paiements, 1 234,56 $".</summary>
    public static string CountAndAmount(CountAmount total, string language)
    {
        var noun = IsFrench(language)
            ? total.Count <= 1 ? "paiement" : "paiements"
            : total.Count == 1 ? "payment" : "payments";
        return $"{total.Count} {noun}, {Money(total.Amount, language)}";
    }
}
