using System.Text.RegularExpressions;

namespace OpsBot.Skills.Leaders;

/// <summary>Recognises "escalate: &lt;text&gt;" and "escalade : &lt;texte&gt;" (with a plain or non-breaking space before the colon).</summary>
public static partial class EscalationCommand
{
    [GeneratedRegex(@"^\s*(?<verb>escalate|escalade|escalader)\s*[:\uFF1A]\s*(?<text>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>True when the message is an escalation; <paramref name="text"/> is what follows the colon (maybe empty).</summary>
    public static bool TryParse(string? message, out string text, out string language)
    {
        text = "";
        language = "en";
        if (message is null) return false;
        var match = Pattern().Match(message.Replace('\u00A0', ' ').Replace('\u202F', ' '));
        if (!match.Success) return false;
        text = match.Groups["text"].Value.Trim();
        language = match.Groups["verb"].Value.StartsWith("escalad", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";
        return true;
    }
}
