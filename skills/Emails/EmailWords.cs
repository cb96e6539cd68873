using Humanizer;
using OpsBot.Skills.Formatting;

namespace OpsBot.Skills.Emails;

/// <summary>
/// The small phrases every template needs, in one language, with Canadian formatting whatever the current culture:
/// amounts, dates, card endings, counts in words, greeting and closing.
/// </summary>
public sealed class EmailWords(EmailFacts facts, string language)
{
    private readonly List<int> _spelled = [];

    public string Language { get; } = CanadianFormat.IsFrench(language) ? "fr" : "en";
    public bool French => Language == "fr";

    /// <summary>"$1,234.56" / "1 234,56 $" (non-breaking spaces).</summary>
    public string Money(decimal amount) => CanadianFormat.Money(amount, Language, facts.Payment.Currency);

    /// <summary>"November 30, 2026" / "30 novembre 2026", "1er décembre 2026".</summary>
    public string Date(DateOnly date) => CanadianFormat.Date(date, Language);

    /// <summary>"on November 30, 2026" / "le 30 novembre 2026": a date as a sentence's complement.</summary>
    public string On(DateOnly date) => French ? CanadianFormat.DateInSentence(date, Language) : "on " + Date(date);

    /// <summary>"ending in 1005" / "se terminant par 1005": the only way a card number appears in an email.</summary>
    public string Ending(string lastDigits) => French ? "se terminant par " + lastDigits : "ending in " + lastDigits;

    /// <summary>
    /// A count in words ("fifteen" / "quinze"), from Humanizer's resources. Counts are written in words so that the
    /// only figures in an email are its facts, which keeps the rewrite guard's "nothing new" check simple.
    /// </summary>
    public string Number(int count)
    {
        _spelled.Add(count);
        return count.ToWords(CanadianFormat.Culture(Language));
    }

    public IReadOnlyList<int> Spelled => _spelled;

    public string Greeting => facts.Account?.HolderName is { Length: > 0 } name
        ? (French ? $"Bonjour {name}," : $"Hello {name},")
        : (French ? "Bonjour," : "Hello,");

    public string Closing => French
        ? "Cordialement,\n\n" + facts.Settings.SignatureFrench
        : "Kind regards,\n\n" + facts.Settings.SignatureEnglish;

    public string Payee => facts.Settings.PayeeName;
}
