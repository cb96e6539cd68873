namespace OpsBot.Skills.Calendar;

/// <summary>
/// A statutory holiday in one year. <see cref="Observed"/> is the weekday the business closes: the date itself,
/// or the next free weekday when it falls on a weekend (or on the observed day of another holiday).
/// </summary>
public sealed record Holiday(string Id, DateOnly Date, DateOnly Observed, string NameEn, string NameFr)
{
    public string Name(string language) => Formatting.CanadianFormat.IsFrench(language) ? NameFr : NameEn;
}
