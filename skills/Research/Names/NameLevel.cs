namespace OpsBot.Skills.Research.Names;

/// <summary>How closely a payer's name matches an account's holder or company, best first.</summary>
public enum NameLevel
{
    /// <summary>The payment carries no payer name: nothing to compare.</summary>
    Absent,
    /// <summary>A payer name is given and it matches neither the holder nor the company.</summary>
    NoMatch,
    /// <summary>Only the holder's surname is shared; the given names differ (a spouse, a parent).</summary>
    Family,
    /// <summary>The payer gave one word only, and it is the holder's surname.</summary>
    SurnameOnly,
    /// <summary>Most of the company's name, or a company name with words added or left out.</summary>
    CompanyPartial,
    /// <summary>Every word the payer gave is in the holder's name, which has more (a middle name).</summary>
    Partial,
    /// <summary>Every word matches, some as initials ("J TREMBLAY").</summary>
    Initials,
    /// <summary>The company's name, suffixes and small words aside.</summary>
    Company,
    /// <summary>The holder's name, word for word, in any order.</summary>
    Full,
}
