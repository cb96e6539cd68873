using OpsBot.Skills.Formatting;

namespace OpsBot.Dialogs.Layer;

/// <summary>A sentence in both of the team's languages. French is written as French, not translated word for word.</summary>
public sealed record Bilingual(string En, string Fr)
{
    public string In(string? language) => CanadianFormat.IsFrench(language) ? Fr : En;
}

/// <summary>The two languages the bot speaks.</summary>
public static class Languages
{
    public const string English = "en";
    public const string French = "fr";

    public static string Normalize(string? language) => CanadianFormat.IsFrench(language) ? French : English;
}
