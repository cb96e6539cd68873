namespace OpsBot.Skills.Calendar;

/// <summary>
/// Which statutory holidays close the business. The team credits through the banks and Payments Canada, which are
/// federally regulated, so the federal list is the default; a team in Quebec also stops for the Fête nationale and
/// Easter Monday.
/// </summary>
public enum HolidaySet
{
    /// <summary>Payments Canada's non-business days: the holidays federally regulated banks close for.</summary>
    Federal,
    /// <summary>The federal list plus the Fête nationale (June 24) and Easter Monday.</summary>
    Quebec,
}

public static class HolidaySets
{
    /// <summary>Reads the <c>Sla:Holidays</c> setting: "federal" (or nothing) or "quebec".</summary>
    public static HolidaySet Parse(string? text, string settingName = "Sla:Holidays") => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "federal" or "fédéral" => HolidaySet.Federal,
        "quebec" or "québec" or "qc" => HolidaySet.Quebec,
        _ => throw new FormatException($"{settingName} is 'federal' or 'quebec', not '{text}'."),
    };
}
