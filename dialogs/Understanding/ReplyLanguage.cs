namespace OpsBot.Dialogs.Understanding;

/// <summary>Which language to answer in.</summary>
public static class ReplyLanguage
{
    /// <summary>
    /// The user's explicit choice wins; then the language the message is written in; then the language the
    /// conversation was last answered in; then the client's locale; English last.
    /// </summary>
    public static string Choose(string? userChoice, string? messageLanguage, string? conversationLanguage, string? locale) =>
        Layer.Languages.Normalize(userChoice ?? messageLanguage ?? conversationLanguage ?? locale);
}
