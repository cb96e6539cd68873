using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Formatting;
using static OpsBot.Dialogs.Conversation.Texts;

namespace OpsBot.Dialogs.Reconciliation;

/// <summary>The reconciliation card's and dialog's own words, in English and French.</summary>
public static class ReconcileTexts
{
    private static string En(decimal amount) => CanadianFormat.Money(amount, Languages.English);
    private static string Fr(decimal amount) => CanadianFormat.Money(amount, Languages.French);
    private static string En(DateOnly day) => CanadianFormat.Date(day, Languages.English);
    private static string Fr(DateOnly day) => CanadianFormat.Date(day, Languages.French);

    public static Bilingual Title(DateOnly day) => new($"Reconciliation · {En(day)}", $"Rapprochement · {Fr(day)}");

    public static readonly Bilingual Balanced = new("Balanced to the cent.", "Équilibré au cent près.");

    public static Bilingual NotBalanced(decimal difference) => new(
        $"Not balanced: a difference of {En(difference)}.",
        $"Non équilibré{Nbsp}: écart de {Fr(difference)}.");

    public static Bilingual Equation(decimal received, decimal straight, decimal allocated, decimal unapplied, decimal returned) => new(
        $"Received {En(received)} = straight through {En(straight)} + allocated {En(allocated)} + unapplied {En(unapplied)} + returned {En(returned)}",
        $"Reçu {Fr(received)} = traitement direct {Fr(straight)} + imputé {Fr(allocated)} + non imputé {Fr(unapplied)} + retourné {Fr(returned)}");

    // French puts 0 and 1 in the singular, English only 1.
    public static Bilingual Payments(int count) =>
        new(count == 1 ? "1 payment" : $"{count} payments", count <= 1 ? $"{count} paiement" : $"{count} paiements");

    public static Bilingual Credits(int count) =>
        new(count == 1 ? "1 credit" : $"{count} credits", count <= 1 ? $"{count} crédit" : $"{count} crédits");

    public static readonly Bilingual Received = new("Received", "Reçu");
    public static readonly Bilingual ByChannel = new("Received by channel", "Reçu par canal");
    public static readonly Bilingual StraightThrough = new("Straight through", "Traitement direct");
    public static readonly Bilingual Allocated = new("Allocated by analysts", "Imputé par les analystes");
    public static readonly Bilingual Unapplied = new("Unapplied", "Non imputé");
    public static readonly Bilingual Returned = new("Returned", "Retourné");
    public static readonly Bilingual Difference = new("Difference", "Écart");
    public static readonly Bilingual NothingReceived = new("No payment was received that day.", "Aucun paiement n'a été reçu ce jour-là.");

    public static Bilingual Exceptions(int count) => new($"Exceptions ({count})", $"Exceptions ({count})");
    public static readonly Bilingual NoExceptions = new("No exceptions.", "Aucune exception.");

    public static Bilingual MoreExceptions(int more) => new(
        $"… and {more} more: the accounting team's CSV (reconcile --csv) lists them all.",
        $"… et {more} autres{Nbsp}: le CSV de la comptabilité (reconcile --csv) les énumère toutes.");

    public static Bilingual SignedOff(string by, DateOnly day, string time, decimal? difference) => difference is { } d
        ? new($"Signed off by {by} on {En(day)}, {time}, with a break of {En(d)} (explained in the audit trail).",
            $"Signé par {by} le {Fr(day)}, {time}, avec un écart de {Fr(d)} (expliqué dans la piste d'audit).")
        : new($"Signed off by {by} on {En(day)}, {time}.", $"Signé par {by} le {Fr(day)}, {time}.");

    public static readonly Bilingual NotSignedOff = new(
        "Not signed off yet: a team leader or an approver signs the day off.",
        $"Pas encore signé{Nbsp}: un chef d'équipe ou un approbateur signe la journée.");

    public static readonly Bilingual SignOff = new("Sign off the day", "Signer la journée");

    public static readonly Bilingual ExplanationLabel = new(
        "Why sign it off with a break? (required)",
        $"Pourquoi signer malgré l'écart{Nbsp}? (obligatoire)");

    public static Bilingual AskExplanation(DateOnly day, decimal difference) => new(
        $"{En(day)} does not balance (difference {En(difference)}). Why sign it off anyway? Your explanation stays in the audit trail.",
        $"La journée du {Fr(day)} n'est pas équilibrée (écart de {Fr(difference)}). Pourquoi la signer quand même{Nbsp}? Votre explication est conservée dans la piste d'audit.");

    public static readonly Bilingual OneDayAtATime = new(
        "I reconcile one day at a time: which day? Try “reconcile today”, “reconcile yesterday” or “reconcile November 30”.",
        $"Je fais le rapprochement d'une journée à la fois{Nbsp}: laquelle{Nbsp}? Essayez {QuoteFr("rapprochement")}, {QuoteFr("rapprochement d'hier")} ou {QuoteFr("rapprochement du 30 novembre")}.");

    public static Bilingual NotYet(DateOnly day) => new(
        $"{En(day)} hasn't come yet: there is nothing to reconcile.",
        $"Le {Fr(day)} n'est pas encore arrivé{Nbsp}: il n'y a rien à rapprocher.");
}
