namespace OpsBot.Skills.Emails;

/// <summary>Which language(s) a draft is written in. <see cref="Account"/> means the account's preference.</summary>
public enum EmailLanguage { Account, English, French, Both }

public static class EmailLanguages
{
    /// <summary>Reads "en", "fr", "both" (and "account"); null when the text is none of them.</summary>
    public static EmailLanguage? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "account" => EmailLanguage.Account,
        "en" or "english" or "anglais" => EmailLanguage.English,
        "fr" or "french" or "français" or "francais" => EmailLanguage.French,
        "both" or "bilingual" or "bilingue" or "les deux" => EmailLanguage.Both,
        _ => null,
    };

    public static string Code(this EmailLanguage language) => language switch
    {
        EmailLanguage.English => "en",
        EmailLanguage.French => "fr",
        EmailLanguage.Both => "both",
        _ => "account",
    };

    /// <summary>The languages written, French first when both: Quebec's Charter puts French first.</summary>
    public static IReadOnlyList<string> Codes(this EmailLanguage language, string accountLanguage) => language switch
    {
        EmailLanguage.English => ["en"],
        EmailLanguage.French => ["fr"],
        EmailLanguage.Both => ["fr", "en"],
        _ => [Formatting.CanadianFormat.IsFrench(accountLanguage) ? "fr" : "en"],
    };
}
