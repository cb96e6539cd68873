using OpsBot.Dialogs.Layer;

namespace OpsBot.Dialogs.Conversation;

/// <summary>
/// The bot's own sentences. French follows Canadian typography: a non-breaking space (U+00A0) before « : ; ! ? »
/// and inside « guillemets ».
/// </summary>
public static class Texts
{
    public const string Nbsp = "\u00A0";

    public static string QuoteFr(string text) => $"«{Nbsp}{text}{Nbsp}»";
    public static string QuoteEn(string text) => $"“{text}”";

    public static readonly Bilingual Cancelled = new("OK, I stopped that. What else can I do for you?", $"D'accord, j'ai arrêté. Que puis-je faire d'autre pour vous{Nbsp}?");
    public static readonly Bilingual NothingToCancel = new("There is nothing to cancel.", "Il n'y a rien à annuler.");
    public static readonly Bilingual NowEnglish = new("OK, I will answer in English.", "OK, I will answer in English.");
    public static readonly Bilingual NowFrench = new("D'accord, je vous réponds en français.", "D'accord, je vous réponds en français.");

    public static readonly Bilingual Greeting = new(
        "Hello! I'm OpsBot, the payments-operations assistant.",
        $"Bonjour{Nbsp}! Je suis OpsBot, l'assistant des opérations de paiement.");

    public static readonly Bilingual OtherLanguage = new(
        $"Je parle aussi français{Nbsp}: tapez {QuoteFr("français")}.",
        $"I also speak English: type {QuoteEn("English")}.");

    public static readonly Bilingual Fallback = new(
        $"Sorry, I didn't understand that. Try {QuoteEn("find BR2611300000017")} or type {QuoteEn("help")} to see what I can do.",
        $"Désolé, je n'ai pas compris. Essayez {QuoteFr("paiements de Tremblay")} ou tapez {QuoteFr("aide")} pour voir ce que je peux faire.");

    /// <summary>Said the other way round after the fallback, because a message we could not read may be in either language.</summary>
    public static readonly Bilingual FallbackOther = new(
        $"En français{Nbsp}: tapez {QuoteFr("aide")}.",
        $"In English: type {QuoteEn("help")}.");

    public static readonly Bilingual CardNumberWarning = new(
        "Please don't paste full card numbers in chat (PCI DSS 4.2.2): the last four digits or the payment reference are enough. I used the number for this search only and did not keep it.",
        $"Veuillez ne pas coller de numéro de carte complet dans la conversation (PCI DSS 4.2.2){Nbsp}: les quatre derniers chiffres ou la référence du paiement suffisent. J'ai utilisé le numéro pour cette recherche seulement, sans le conserver.");

    public static readonly Bilingual Apology = new(
        "Sorry, something went wrong on my side and I could not finish that. Please try again; if it keeps happening, tell the OpsBot team.",
        $"Désolé, un problème de mon côté m'a empêché de terminer. Veuillez réessayer{Nbsp}; si le problème persiste, avisez l'équipe d'OpsBot.");

    public static Bilingual UnknownButton(string verb) => new(
        $"That button ({QuoteEn(verb)}) is not handled by this version of OpsBot.",
        $"Ce bouton ({QuoteFr(verb)}) n'est pas pris en charge par cette version d'OpsBot.");

    public static Bilingual NotYetAvailable(Bilingual what) => new(
        $"I understood that you want to {what.En}, but this version of OpsBot cannot do that yet.",
        $"J'ai compris que vous voulez {what.Fr}, mais cette version d'OpsBot ne le permet pas encore.");

    /// <summary>How an intent reads in "I understood that you want to …".</summary>
    public static Bilingual IntentLabel(string intent) => intent switch
    {
        Understanding.Intents.Research => new("research who a payment belongs to", "rechercher à qui appartient un paiement"),
        Understanding.Intents.Allocate => new("allocate a payment", "affecter un paiement"),
        Understanding.Intents.Approvals => new("see the approvals waiting", "voir les approbations en attente"),
        Understanding.Intents.Reconcile => new("reconcile the day", "faire le rapprochement de la journée"),
        Understanding.Intents.Email => new("draft an email", "rédiger un courriel"),
        Understanding.Intents.Status => new("see the queue status", "voir l'état de la file"),
        Understanding.Intents.Escalate => new("escalate to the team leaders", "faire une escalade aux chefs d'équipe"),
        Understanding.Intents.Lookup => new("look payments up", "chercher des paiements"),
        Understanding.Intents.More => new("see more results", "voir plus de résultats"),
        _ => new(intent, intent),
    };
}
