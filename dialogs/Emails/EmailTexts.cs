using System.Globalization;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Formatting;

namespace OpsBot.Dialogs.Emails;

/// <summary>What the email feature says, in English and in French (Canadian typography, as in <see cref="Texts"/>).</summary>
public static class EmailTexts
{
    private const string Nb = Texts.Nbsp;

    public static readonly Bilingual NotAllowed = new(
        "You are not allowed to draft customer emails. Ask your team leader if you need to.",
        "Vous n'avez pas l'autorisation de rédiger des courriels aux clients. Adressez-vous à votre chef d'équipe au besoin.");

    public static readonly Bilingual WhichPayment = new(
        "Which payment is the email about? Give its bank reference (BR…).",
        $"Sur quel paiement porte le courriel{Nb}? Donnez sa référence bancaire (BR…).");

    public static Bilingual WhichTemplate(string bankReference) => new(
        $"Which email should I draft about {bankReference}? The payment alone does not tell me.",
        $"Quel courriel dois-je rédiger au sujet de {bankReference}{Nb}? Le paiement ne me permet pas de le déterminer.");

    public static Bilingual NoTemplateFits(string bankReference) => new(
        $"None of the email templates fits payment {bankReference} as it stands (no account is known for it).",
        $"Aucun modèle de courriel ne convient au paiement {bankReference} dans son état actuel (aucun compte n'y est associé).");

    public static readonly Bilingual WhichCase = new(
        "What case reference should the acknowledgment quote?",
        $"Quel numéro de dossier dois-je indiquer dans l'accusé de réception{Nb}?");

    public static Bilingual WhichCreditBalance(string amountEn, string balanceEn, string amountFr, string balanceFr) => new(
        $"This payment ({amountEn}) is not more than the statement balance ({balanceEn}). What credit balance should the email mention?",
        $"Ce paiement ({amountFr}) ne dépasse pas le solde du relevé ({balanceFr}). Quel solde créditeur dois-je indiquer dans le courriel{Nb}?");

    public static readonly Bilingual NoModel = new(
        "No language model is configured (Email:Model), so drafts cannot be rewritten: the template stands as it is.",
        $"Aucun modèle de langage n'est configuré (Email:Model){Nb}: les brouillons ne peuvent pas être reformulés et le texte reste tel quel.");

    public static readonly Bilingual HowToRewrite = new(
        $"How should I rewrite it? For example {Texts.QuoteEn("make it warmer")}, {Texts.QuoteEn("shorter")} or {Texts.QuoteEn("more formal")}. Amounts, dates, card endings and references will stay exactly as they are.",
        $"Comment dois-je le reformuler{Nb}? Par exemple {Texts.QuoteFr("plus chaleureux")}, {Texts.QuoteFr("plus court")} ou {Texts.QuoteFr("plus formel")}. Les montants, les dates, les fins de numéros de carte et les références resteront exactement les mêmes.");

    public static readonly Bilingual DraftGone = new(
        "That draft is no longer in this conversation. Draft the email again, then rewrite it.",
        "Ce brouillon ne fait plus partie de la conversation. Rédigez de nouveau le courriel, puis reformulez-le.");

    public static readonly Bilingual NoDraftYet = new(
        $"There is no draft to rewrite yet. Try {Texts.QuoteEn("email BR2611300000017")} first.",
        $"Il n'y a pas encore de brouillon à reformuler. Essayez d'abord {Texts.QuoteFr("courriel pour BR2611300000017")}.");

    public static readonly Bilingual ButtonIncomplete = new(
        "That button is missing what it needs; please draft the email again.",
        $"Il manque des données à ce bouton{Nb}; veuillez rédiger de nouveau le courriel.");

    public static Bilingual Rewritten(string instruction) => new(
        $"Rewritten by the language model as asked ({Texts.QuoteEn(instruction)}). Every amount, date, card ending and reference was checked: they are unchanged.",
        $"Reformulé par le modèle de langage comme demandé ({Texts.QuoteFr(instruction)}). Les montants, les dates, les fins de numéros de carte et les références ont été vérifiés{Nb}: ils sont inchangés.");

    public static Bilingual LinkTooLong(int length) => new(
        $"This draft is too long to open through a link ({Count(length, "en")} characters; mail programs may cut links longer than {Count(Skills.Emails.MailtoLink.SafeLength, "en")}). “Open in Outlook” fills in the address and the subject only: copy the text from this card into the message.",
        $"Ce brouillon est trop long pour s'ouvrir au moyen d'un lien ({Count(length, "fr")} caractères{Nb}; les logiciels de courriel peuvent tronquer les liens de plus de {Count(Skills.Emails.MailtoLink.SafeLength, "fr")}). {Texts.QuoteFr("Ouvrir dans Outlook")} remplit seulement l'adresse et l'objet{Nb}: copiez le texte de cette carte dans le message.");

    public static Bilingual Summary(string bankReference) => new($"Email draft · {bankReference}", $"Brouillon de courriel · {bankReference}");

    public static readonly Bilingual NoAddress = new("no address on file", "aucune adresse au dossier");
    public static readonly Bilingual To = new("To", "À");
    public static readonly Bilingual Template = new("Template", "Modèle");
    public static readonly Bilingual Language = new("Language", "Langue");
    public static readonly Bilingual Subject = new("Subject: ", $"Objet{Nb}: ");
    public static readonly Bilingual OpenInOutlook = new("Open in Outlook", "Ouvrir dans Outlook");
    public static readonly Bilingual Rewrite = new("Rewrite", "Reformuler");
    public static readonly Bilingual AnotherTemplate = new("Another template", "Autre modèle");
    public static readonly Bilingual Draft = new("Draft", "Rédiger");
    public static readonly Bilingual CaseReference = new("Case reference (for a query acknowledgment)", "Numéro de dossier (pour un accusé de réception)");
    public static readonly Bilingual CasePlaceholder = new("e.g. CS-2026-0042", "p. ex. CS-2026-0042");

    public static Bilingual SwitchTo(Skills.Emails.EmailLanguage next) => next switch
    {
        Skills.Emails.EmailLanguage.French => new("Switch to French", "Passer au français"),
        Skills.Emails.EmailLanguage.Both => new("Switch to both languages", "Passer aux deux langues"),
        _ => new("Switch to English", "Passer à l'anglais"),
    };

    /// <summary>"2,000" / "2 000" (non-breaking space), whatever the current culture.</summary>
    private static string Count(int n, string language)
    {
        var text = n.ToString("N0", CultureInfo.InvariantCulture);
        return CanadianFormat.IsFrench(language) ? text.Replace(",", Nb) : text;
    }
}
