namespace OpsBot.Skills.Research;

/// <summary>
/// One fact an analyst can check, said in English and in French (French written as French, not translated word
/// for word). Card numbers appear only as their last four digits.
/// </summary>
public sealed record Evidence(string Kind, string English, string French)
{
    public string In(string language) => Formatting.CanadianFormat.IsFrench(language) ? French : English;
}

/// <summary>The kinds of evidence, for callers that weigh or show them differently.</summary>
public static class EvidenceKinds
{
    public const string ExactCard = "exact-card";
    public const string OldCard = "old-card";
    public const string RepairedReference = "repaired-reference";
    public const string TwoDigitsOff = "two-digits-off";
    public const string LastDigits = "last-digits";
    public const string LastDigitsDiffer = "last-digits-differ";
    public const string Name = "name";
    public const string NameDiffers = "name-differs";
    public const string Amount = "amount";
    public const string History = "history";
    public const string NeedsApprover = "needs-approver";
    public const string Reference = "reference";
    public const string NotACustomer = "not-a-customer";
    public const string Ambiguous = "ambiguous";
}
