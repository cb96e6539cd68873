using System.Text.RegularExpressions;
using OpsBot.Skills.Cards;

namespace OpsBot.Skills.Emails.Model;

/// <summary>
/// Decides whether a model's rewrite may replace a template's text: every amount, date, card ending, bank reference
/// and case number of the template must be there unchanged, and no new amount, date or number may appear.
/// Spacing inside a fact (a plain space for a non-breaking one) is forgiven and put right; anything else is not.
/// </summary>
public static partial class RewriteGuard
{
    public static GuardVerdict Check(EmailText original, string rewrite)
    {
        if (string.IsNullOrWhiteSpace(rewrite))
            return GuardVerdict.Reject("the rewrite came back empty", "la reformulation est vide");
        if (rewrite.Contains("<<<", StringComparison.Ordinal) || rewrite.Contains(">>>", StringComparison.Ordinal))
            return GuardVerdict.Reject("the rewrite repeats the prompt's markers", "la reformulation reprend les balises de la requête");

        // Longest first, so that "$1,234.56" is not found inside "$11,234.56" after a shorter fact was removed.
        var facts = original.Facts.OrderByDescending(f => f.Text.Length).ToList();
        var text = rewrite.ReplaceLineEndings("\n").Trim();
        foreach (var fact in facts)
        {
            var pattern = Loose(fact.Text);
            if (!pattern.IsMatch(text))
                return GuardVerdict.Reject(
                    $"the rewrite changed or left out {English(fact.Kind)} {fact.Text}",
                    $"la reformulation a modifié ou omis {French(fact.Kind)} {fact.Text}");
            text = pattern.Replace(text, _ => fact.Text); // an evaluator: "$1,234.56" is no substitution pattern
        }

        // Checked once the template's own facts are taken out: a long numeric bank reference is not a card number.
        var residue = Residue(text, facts);
        if (ModelBoundary.HoldsCardNumber(residue))
            return GuardVerdict.Reject("the rewrite holds a card-length number", "la reformulation contient un nombre de la longueur d’un numéro de carte");

        var added = Added(Residue(original.Body, facts), residue, original.SpelledNumbers);
        if (added is { } what)
            return GuardVerdict.Reject(
                $"the rewrite adds {English(what.Kind)} that is not in the template: {what.Text}",
                $"la reformulation ajoute {FrenchNew(what.Kind)} du texte d’origine : {what.Text}");

        if (original.Language == "fr") text = FrenchTypography.Apply(text);
        return GuardVerdict.Accept(text);
    }

    private static (NewKind Kind, string Text)? Added(string before, string after, IReadOnlyList<int> spelled)
    {
        foreach (var (kind, regex) in NewThings)
        {
            var known = regex.Matches(before).Select(m => Normalize(m.Value)).ToHashSet();
            var fresh = regex.Matches(after).FirstOrDefault(m => !known.Contains(Normalize(m.Value)));
            if (fresh is not null) return (kind, fresh.Value.Trim());
        }
        // Any other figure: counts the template spelled out ("fifteen") may come back as digits ("15").
        var knownNumbers = Digits().Matches(before).Select(m => m.Value).Concat(spelled.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToHashSet();
        var number = Digits().Matches(after).FirstOrDefault(m => !knownNumbers.Contains(m.Value));
        return number is null ? null : (NewKind.Number, number.Value);
    }

    private static string Residue(string text, IReadOnlyList<CheckedFact> facts)
    {
        foreach (var fact in facts) text = Loose(fact.Text).Replace(text, _ => " ");
        return text;
    }

    private static string Normalize(string text) => Spaces().Replace(text.Trim().ToLowerInvariant(), " ");

    /// <summary>The fact as a pattern: any kind of space where it has one, and no digit or letter glued to it.</summary>
    private static Regex Loose(string fact)
    {
        var escaped = Regex.Escape(fact).Replace("\\ ", " ");
        var spaced = Spaces().Replace(escaped, @"[ \u00A0\u202F]+");
        return new Regex(@"(?<![\p{L}\p{N}])" + spaced + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
    }

    private enum NewKind { Date, Amount, Number }

    private static readonly (NewKind, Regex)[] NewThings =
    [
        (NewKind.Date, DateLike()),
        (NewKind.Amount, AmountLike()),
    ];

    private static string English(FactKind kind) => kind switch
    {
        FactKind.Amount => "the amount",
        FactKind.Date => "the date",
        FactKind.CardEnding => "the card ending",
        FactKind.BankReference => "the bank reference",
        _ => "the case number",
    };

    private static string French(FactKind kind) => kind switch
    {
        FactKind.Amount => "le montant",
        FactKind.Date => "la date",
        FactKind.CardEnding => "la fin du numéro de carte",
        FactKind.BankReference => "la référence bancaire",
        _ => "le numéro de dossier",
    };

    private static string English(NewKind kind) => kind switch
    {
        NewKind.Date => "a date",
        NewKind.Amount => "an amount",
        _ => "a number",
    };

    private static string FrenchNew(NewKind kind) => kind switch
    {
        NewKind.Date => "une date absente",
        NewKind.Amount => "un montant absent",
        _ => "un nombre absent",
    };

    [GeneratedRegex(@"[ \u00A0\u202F]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // Dates in words or figures, in English or French, including ones without a day ("in December", "lundi").
    [GeneratedRegex(
        @"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}" +
        @"|(?:\d{1,2}(?:er|st|nd|rd|th)?[ \u00A0\u202F]+)?(?:january|february|march|april|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:[ \u00A0\u202F]+\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ \u00A0\u202F]+\d{4})?" +
        @"|may[ \u00A0\u202F]+\d{1,2}(?:,?[ \u00A0\u202F]+\d{4})?" +
        @"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche" +
        @"|tomorrow|yesterday|tonight|demain|hier|aujourd’hui|aujourd'hui|today)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    // "$1,234.56", "$12", "1 234,56 $", "12 $", "25 dollars", "25 CAD".
    [GeneratedRegex(
        @"(?:US)?\$[ \u00A0\u202F]?\d[\d,. \u00A0\u202F]*|\d[\d,. \u00A0\u202F]*[ \u00A0\u202F]?(?:\$|dollars?\b|CAD\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountLike();
}

/// <summary>The guard's answer: the text to use (facts re-spaced exactly) or why not, in English and in French.</summary>
public sealed record GuardVerdict(bool Accepted, string? Text, string? ReasonEnglish, string? ReasonFrench)
{
    public static GuardVerdict Accept(string text) => new(true, text, null, null);
    public static GuardVerdict Reject(string english, string french) => new(false, null, english, FrenchTypography.Apply(french));
}
