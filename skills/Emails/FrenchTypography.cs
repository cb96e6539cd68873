using System.Text.RegularExpressions;

namespace OpsBot.Skills.Emails;

/// <summary>
/// French punctuation spacing, applied to French templates so that their source can be written with ordinary
/// spaces: a non-breaking space (U+00A0) before the colon and inside « guillemets », a narrow non-breaking space
/// (U+202F, the Office québécois de la langue française's "espace fine") before ; ! ?. Only a space already there
/// is changed, so "https://" and "9:30" are left alone.
/// </summary>
public static partial class FrenchTypography
{
    public const char Nbsp = '\u00A0';
    public const char NarrowNbsp = '\u202F';

    [GeneratedRegex(@"(?<=\S)[ \u00A0\u202F]+:")]
    private static partial Regex SpaceBeforeColon();

    [GeneratedRegex(@"(?<=\S)[ \u00A0\u202F]+([;!?])")]
    private static partial Regex SpaceBeforeHighPunctuation();

    [GeneratedRegex(@"«[ \u00A0\u202F]*")]
    private static partial Regex AfterOpeningGuillemet();

    [GeneratedRegex(@"[ \u00A0\u202F]*»")]
    private static partial Regex BeforeClosingGuillemet();

    public static string Apply(string text)
    {
        text = SpaceBeforeColon().Replace(text, Nbsp + ":");
        text = SpaceBeforeHighPunctuation().Replace(text, NarrowNbsp + "$1");
        text = AfterOpeningGuillemet().Replace(text, "«" + Nbsp);
        text = BeforeClosingGuillemet().Replace(text, Nbsp + "»");
        return text;
    }
}
