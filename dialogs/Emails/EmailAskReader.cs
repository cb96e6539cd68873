using System.Text.RegularExpressions;
using OpsBot.Dialogs.Understanding;

namespace OpsBot.Dialogs.Emails;

/// <summary>
/// Reads an email request from a message: "email BR2611300000017 fr", "courriel pour BR2611300000017 en anglais",
/// "email BR2611300000017 both", "email BR2611300000017 query-ack case CS-2026-0042". The payment comes from the
/// recognizer's bank references; the rest from the words below, in either language.
/// </summary>
public static partial class EmailAskReader
{
    public static EmailAsk Read(Understood? understood)
    {
        if (understood is null) return new EmailAsk();
        var text = understood.Text;
        var caseReference = CaseReference().Match(text) is { Success: true } c ? c.Groups["ref"].Value : null;
        var (template, outcome) = ReadTemplate(text, caseReference is not null);
        return new EmailAsk
        {
            Payment = understood.BankReferences.FirstOrDefault(),
            Template = template,
            Outcome = outcome,
            Language = ReadLanguage(text),
            AccountId = understood.AccountIds.FirstOrDefault(),
            CaseReference = caseReference,
            CreditBalance = template == TemplateOptions.Overpayment && understood.Amount is { IsExact: true, Min: > 0 } amount ? amount.Min : null,
        };
    }

    /// <summary>"en", "fr", "both", or "account" when the message names no language.</summary>
    public static string ReadLanguage(string text)
    {
        if (Both().IsMatch(text)) return "both";
        var french = French().IsMatch(text);
        var english = English().IsMatch(text);
        return (french, english) switch
        {
            (true, true) => "both",
            (true, false) => "fr",
            (false, true) => "en",
            _ => "account",
        };
    }

    private static (string? Template, string? Outcome) ReadTemplate(string text, bool hasCase)
    {
        if (QueryAck().IsMatch(text) || hasCase) return (TemplateOptions.QueryAck, null);
        if (OldCard().IsMatch(text)) return (TemplateOptions.OldCard, null);
        if (Overpayment().IsMatch(text)) return (TemplateOptions.Overpayment, null);
        var notIdentified = NotIdentified().IsMatch(text);
        if (WrongReference().IsMatch(text))
            // Unsaid, the outcome follows the payment: applied when it was credited (see EmailDialog).
            return (TemplateOptions.WrongReference, notIdentified ? TemplateOptions.NotIdentified : null);
        if (notIdentified) return (TemplateOptions.Unidentified, null);
        if (Applied().IsMatch(text)) return (TemplateOptions.AppliedTemplate, null);
        return (null, null);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(both|bilingual|bilingue|les\s+deux|deux\s+langues|two\s+languages)\b|\b(fr|en)\s*[/+&]\s*(fr|en)\b", Options)]
    private static partial Regex Both();

    [GeneratedRegex(@"\b(fr|french|fran[cç]ais)\b", Options)]
    private static partial Regex French();

    // "en" alone is English only as the message's last word ("email BR… en"): elsewhere it is French ("en anglais").
    [GeneratedRegex(@"\b(english|anglais)\b|\ben\s*[.!]*\s*$", Options)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(?:case|ticket|dossier|cas)\s*(?:#|no\.?|n[°o]\.?|number|num[ée]ro)?\s*:?\s*(?<ref>[A-Za-z0-9][A-Za-z0-9\-_/.]*\d[A-Za-z0-9\-_/]*)", Options)]
    private static partial Regex CaseReference();

    [GeneratedRegex(@"\b(query[- ]?ack|query|dispute|acknowledge?(ment)?|accus[ée]\s+de\s+r[ée]ception|litige|contestation)\b", Options)]
    private static partial Regex QueryAck();

    [GeneratedRegex(@"\b(old[- ]card|replaced\s+card|ancienne\s+carte|ancien\s+num[ée]ro|carte\s+remplac[ée]e)\b", Options)]
    private static partial Regex OldCard();

    [GeneratedRegex(@"\b(overpayment|overpaid|credit\s+balance|trop[- ]pay[ée]|paiement\s+(en\s+trop|exc[ée]dentaire)|solde\s+cr[ée]diteur)\b", Options)]
    private static partial Regex Overpayment();

    [GeneratedRegex(@"\b(wrong[- ]reference|wrong\s+(card\s+)?number|missing\s+(card\s+)?(number|reference)|mauvaise\s+r[ée]f[ée]rence|mauvais\s+num[ée]ro|r[ée]f[ée]rence\s+(erron[ée]e|manquante)|num[ée]ro\s+(de\s+carte\s+)?erron[ée])\b", Options)]
    private static partial Regex WrongReference();

    [GeneratedRegex(@"\b(unidentified|not[- ]identified|could\s+not\s+(be\s+)?identif\w*|not\s+found|non[- ]identifi[ée]e?|introuvable|proof\s+of\s+payment|preuve\s+de\s+paiement)\b", Options)]
    private static partial Regex NotIdentified();

    [GeneratedRegex(@"(?<!\bnon[- ])\b(applied|confirmation|confirm|appliqu[ée]|port[ée]\s+au\s+compte)\b", Options)]
    private static partial Regex Applied();
}
