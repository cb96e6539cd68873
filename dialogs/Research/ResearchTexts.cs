using System.Globalization;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;

namespace OpsBot.Dialogs.Research;

/// <summary>What the research feature says, in English and in French (Canadian typography, as in <see cref="Texts"/>).</summary>
public static class ResearchTexts
{
    private const string Nb = Texts.Nbsp;

    public static readonly Bilingual WhichPayment = new(
        "Which payment should I research? Give its bank reference (BR…).",
        $"Quel paiement dois-je examiner{Nb}? Donnez sa référence bancaire (BR…).");

    public static readonly Bilingual StillNoPayment = new(
        "I still don't see a bank reference, so I stopped. Try “research BR2611300000017”.",
        $"Je ne vois toujours pas de référence bancaire, alors j'ai arrêté. Essayez {Texts.QuoteFr("qui a payé BR2611300000017")}.");

    public static Bilingual NoSuchPayment(string reference) => new(
        $"No payment has the bank reference {reference}.",
        $"Aucun paiement ne porte la référence bancaire {reference}.");

    public static readonly Bilingual PaymentGone = new("That payment no longer exists.", "Ce paiement n'existe plus.");

    public static readonly Bilingual ButtonIncomplete = new(
        "That button is missing what it needs; please ask for the research again.",
        $"Il manque des données à ce bouton{Nb}; veuillez relancer la recherche.");

    public static readonly Bilingual NoIdentity = new(
        "I can't tell who you are (your message came without a Microsoft Entra id), so I can't show you anything.",
        $"Je ne peux pas savoir qui vous êtes (votre message est arrivé sans identifiant Microsoft Entra){Nb}: je ne peux donc rien vous montrer.");

    public static Bilingual NoRole(string id) => new(
        $"You have no role in OpsBot, so I can't show you research on payments. Ask a team leader to add your id ({id}) to the Roles settings.",
        $"Vous n'avez aucun rôle dans OpsBot{Nb}: je ne peux donc pas vous montrer de recherche sur les paiements. Demandez à un chef d'équipe d'ajouter votre identifiant ({id}) aux paramètres Roles.");

    public static Bilingual Title(string reference) => new($"Research · {reference}", $"Recherche · {reference}");

    public static Bilingual Summary(string reference, int candidates) => new(
        $"Research on {reference}: {Count(candidates, "candidate", "candidates")}",
        $"Recherche sur {reference}{Nb}: {Count(candidates, "compte possible", "comptes possibles")}");

    public static readonly Bilingual NoConfidentMatch = new(
        "No account matches confidently.",
        "Aucun compte ne correspond avec certitude.");

    public static readonly Bilingual NoCandidate = new(
        "Research found no account this payment could belong to.",
        "La recherche n'a trouvé aucun compte auquel ce paiement pourrait appartenir.");

    public static Bilingual LikelyNotACustomer(double noneOfThese) => new(
        $"This payment probably comes from someone who is not our customer ({Percent(noneOfThese, "en")}).",
        $"Ce paiement vient probablement d'une personne qui n'est pas notre cliente ({Percent(noneOfThese, "fr")}).");

    public static Bilingual PartlyApplied(string applied, string left) => new(
        $"Already partly applied: {applied}; {left} is left to allocate.",
        $"Déjà appliqué en partie{Nb}: {applied}{Nb}; il reste {left} à affecter.");

    public static readonly Bilingual NeedsApprover = new(
        "Every card on this account is cancelled or closed: allocating to it needs an approver.",
        $"Toutes les cartes de ce compte sont annulées ou fermées{Nb}: une affectation à ce compte doit être approuvée.");

    public static Bilingual Applied(string reference) => new(
        $"Payment {reference} is already applied; there is nothing to research or allocate.",
        $"Le paiement {reference} est déjà appliqué{Nb}; il n'y a rien à rechercher ni à affecter.");

    public static Bilingual Returned(string reference) => new(
        $"Payment {reference} was returned to the remitter; there is nothing to research or allocate.",
        $"Le paiement {reference} a été retourné au remettant{Nb}; il n'y a rien à rechercher ni à affecter.");

    public static readonly Bilingual AppliedTo = new("Applied to", "Appliqué à");
    public static readonly Bilingual AwaitingApproval = new("awaiting approval", "en attente d'approbation");
    public static readonly Bilingual UnknownAccount = new("account not on file", "compte introuvable au dossier");

    // ----- the card's labels and buttons -----

    public static readonly Bilingual Card = new("Card", "Carte");
    public static readonly Bilingual NoCard = new("no card on file", "aucune carte au dossier");
    public static readonly Bilingual Confidence = new("Confidence", "Confiance");
    public static readonly Bilingual Account = new("Account", "Compte");
    public static readonly Bilingual AllocateToThisOne = new("Allocate to this one", "Affecter à ce compte");
    public static readonly Bilingual Email = new("Email", "Courriel");
    public static readonly Bilingual ShowMore = new("Show more", "Voir d'autres comptes");
    public static readonly Bilingual NoneOfThese = new("None of these", "Aucun de ces comptes");
    public static readonly Bilingual NoMore = new("There are no other candidates.", "Il n'y a pas d'autres comptes possibles.");

    // ----- none of these -----

    public static Bilingual NoneTitle(string reference) => new($"None of these · {reference}", $"Aucun de ces comptes · {reference}");

    public static Bilingual NoneRecorded(string reference) => new(
        $"Understood: none of the accounts proposed is the owner of {reference}. Nothing was allocated and the payment stays unapplied.",
        $"C'est noté{Nb}: aucun des comptes proposés n'est le titulaire de {reference}. Rien n'a été affecté et le paiement reste non appliqué.");

    public static readonly Bilingual NextSteps = new("What you can do next:", $"Ce que vous pouvez faire ensuite{Nb}:");

    public static readonly Bilingual AskForProof = new(
        "Ask the payer for proof of payment: draft the “payment not identified” email with the button below.",
        $"Demander une preuve de paiement au payeur{Nb}: rédigez le courriel {Texts.QuoteFr("paiement non identifié")} avec le bouton ci-dessous.");

    public static Bilingual ReturnIt(string reference) => new(
        $"Send it back to the remitter: type “return {reference} to sender: not our customer” (an approver confirms it).",
        $"Le retourner au remettant{Nb}: tapez {Texts.QuoteFr($"retourner {reference} à l'expéditeur{Nb}: pas notre client")} (un approbateur le confirme).");

    public static readonly Bilingual DraftUnidentified = new("Draft the “not identified” email", "Rédiger le courriel «\u00A0non identifié\u00A0»");

    // ----- confidence as people read it -----

    /// <summary>
    /// "very likely (97%)" / "très probable (97 %)". The words follow the model's calibration: "very likely" is exactly
    /// what research calls confident (0.9 and up), so the word and <c>IsConfident</c> never disagree.
    /// </summary>
    public static Bilingual ConfidenceWords(double confidence)
    {
        var (en, fr) = confidence switch
        {
            >= Skills.Research.Proposal.ConfidentAt => ("very likely", "très probable"),
            >= 0.6 => ("likely", "probable"),
            >= 0.3 => ("possible", "possible"),
            >= 0.1 => ("unlikely", "peu probable"),
            _ => ("very unlikely", "très peu probable"),
        };
        return new($"{en} ({Percent(confidence, "en")})", $"{fr} ({Percent(confidence, "fr")})");
    }

    /// <summary>
    /// A chance in whole percent, rounded down so that nothing below the confident threshold reads as 90%; a chance
    /// under one percent reads "&lt;1%", not "0%", because research never rules an account out entirely.
    /// English writes "97%", French "97 %" (non-breaking space).
    /// </summary>
    public static string Percent(double chance, string language)
    {
        var whole = (int)Math.Floor(Math.Clamp(chance, 0, 1) * 100 + 1e-9);
        var number = whole == 0 ? "<1" : whole.ToString(CultureInfo.InvariantCulture);
        return Languages.Normalize(language) == Languages.French ? number + Nb + "%" : number + "%";
    }

    private static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
