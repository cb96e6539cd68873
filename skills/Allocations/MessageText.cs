using System.Globalization;
using System.Text.RegularExpressions;
using OpsBot.Skills.Formatting;

namespace OpsBot.Skills.Allocations;

/// <summary>A value that reads differently in English and French (a state, a role, a list of reasons).</summary>
public interface ILocalized
{
    string In(string language);
}

/// <summary>A fixed term in both languages.</summary>
public sealed record Term(string En, string Fr) : ILocalized
{
    public string In(string language) => CanadianFormat.IsFrench(language) ? MessageText.FrenchTypography(Fr) : En;
}

/// <summary>Terms joined the way each language lists them: "a, b or c" / "a, b ou c".</summary>
public sealed record TermList(IReadOnlyList<ILocalized> Items, Term Conjunction) : ILocalized
{
    public string In(string language)
    {
        var words = Items.Select(i => i.In(language)).ToList();
        if (words.Count <= 1) return words.FirstOrDefault() ?? "";
        return string.Join(", ", words[..^1]) + " " + Conjunction.In(language) + " " + words[^1];
    }

    public static readonly Term Or = new("or", "ou");
    public static readonly Term And = new("and", "et");
}

/// <summary>
/// Fills a message template's {names} with values worded for the language: amounts and dates the Canadian way,
/// <see cref="ILocalized"/> values in the language. French templates get Canadian typography (a non-breaking space
/// before : ; ! ? and inside « »), applied to the template only, never to the values put in it.
/// </summary>
public static partial class MessageText
{
    public static string Fill(string template, string language, IReadOnlyDictionary<string, object?> args)
    {
        var text = CanadianFormat.IsFrench(language) ? FrenchTypography(template) : template;
        return Placeholder().Replace(text, m =>
            args.TryGetValue(m.Groups[1].Value, out var value) ? Word(value, language) : m.Value);
    }

    public static string Word(object? value, string language) => value switch
    {
        null => "",
        decimal amount => CanadianFormat.Money(amount, language),
        DateOnly date => CanadianFormat.Date(date, language),
        ILocalized term => term.In(language),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static string FrenchTypography(string text) => text
        .Replace(" :", "\u00A0:").Replace(" ;", "\u00A0;").Replace(" ?", "\u00A0?").Replace(" !", "\u00A0!")
        .Replace("« ", "«\u00A0").Replace(" »", "\u00A0»");

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}
