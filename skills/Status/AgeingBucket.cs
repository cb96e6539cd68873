namespace OpsBot.Skills.Status;

/// <summary>The age bands leaders watch, in business days since receipt.</summary>
public enum AgeingBucket { Today, OneDay, TwoDays, ThreeToFiveDays, OverFiveDays }

public static class AgeingBuckets
{
    public static readonly IReadOnlyList<AgeingBucket> All =
        [AgeingBucket.Today, AgeingBucket.OneDay, AgeingBucket.TwoDays, AgeingBucket.ThreeToFiveDays, AgeingBucket.OverFiveDays];

    public static AgeingBucket Of(int ageInBusinessDays) => ageInBusinessDays switch
    {
        <= 0 => AgeingBucket.Today,
        1 => AgeingBucket.OneDay,
        2 => AgeingBucket.TwoDays,
        <= 5 => AgeingBucket.ThreeToFiveDays,
        _ => AgeingBucket.OverFiveDays,
    };

    /// <summary>The stable key used in JSON and settings: today, 1, 2, 3-5, over-5.</summary>
    public static string Key(this AgeingBucket bucket) => bucket switch
    {
        AgeingBucket.Today => "today",
        AgeingBucket.OneDay => "1",
        AgeingBucket.TwoDays => "2",
        AgeingBucket.ThreeToFiveDays => "3-5",
        _ => "over-5",
    };
}
