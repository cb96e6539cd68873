using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Formatting;
using static OpsBot.Dialogs.Conversation.Texts;

namespace OpsBot.Dialogs.Allocations;

/// <summary>
/// The allocation dialogs' own sentences. French uses the words of the service's messages (imputer, contrepasser,
/// remettant) so that a card and the outcome written on it read as one text.
/// </summary>
public static class AllocationTexts
{
    private static string En(decimal amount) => CanadianFormat.Money(amount, Languages.English);
    private static string Fr(decimal amount) => CanadianFormat.Money(amount, Languages.French);

    /// <summary>A service message (refusal or outcome) in both languages.</summary>
    public static Bilingual Of(AllocationException refusal) =>
        new(refusal.MessageIn(Languages.English), refusal.MessageIn(Languages.French));

    public static Bilingual Of(string code, IReadOnlyDictionary<string, object?> args) =>
        new(AllocationMessages.Text(code, Languages.English, args), AllocationMessages.Text(code, Languages.French, args));

    // ----- allocate -----

    public static readonly Bilingual WhichPayment = new(
        "Which payment? Give its bank reference (BR…).",
        $"Quel paiement{Nbsp}? Donnez sa référence bancaire (BR…).");

    public static readonly Bilingual NoPaymentRead = new(
        "I didn't see a bank reference (such as BR2611300000017), so I stopped. Nothing was changed.",
        $"Je n'ai pas vu de référence bancaire (comme BR2611300000017){Nbsp}: j'ai donc arrêté. Rien n'a été modifié.");

    public static Bilingual WhichAccount(string reference, decimal available) => new(
        $"To which account should {reference} go? {En(available)} is left to allocate. Type an account id such as “A0001234”, or split it: “100 to A0000001 and 50.25 to A0000002”.",
        $"À quel compte imputer le paiement {reference}{Nbsp}? Il reste {Fr(available)} à imputer. Tapez un numéro de compte comme {QuoteFr("A0001234")}, ou répartissez-le{Nbsp}: {QuoteFr("100 $ au compte A0000001 et 50,25 $ au compte A0000002")}.");

    public static Bilingual NothingLeft(string reference, bool waiting) => waiting
        ? new($"Nothing is left to allocate on {reference}: the rest waits for an approver.",
            $"Il ne reste rien à imputer sur le paiement {reference}{Nbsp}: le reste attend un approbateur.")
        : new($"Nothing is left to allocate on {reference}: it is fully applied.",
            $"Il ne reste rien à imputer sur le paiement {reference}{Nbsp}: il est entièrement imputé.");

    public static readonly Bilingual NoAccountRead = new(
        "I didn't see an account id (an “A” and 7 digits, such as A0001234), so I stopped. Nothing was allocated.",
        $"Je n'ai pas vu de numéro de compte (un {QuoteFr("A")} suivi de 7 chiffres, comme A0001234){Nbsp}: j'ai donc arrêté. Rien n'a été imputé.");

    public static readonly Bilingual SplitNeedsAmounts = new(
        "To split a payment, give an amount for each account, such as “100 to A0000001 and 50.25 to A0000002”. Nothing was allocated.",
        $"Pour répartir un paiement, donnez un montant pour chaque compte, par exemple {QuoteFr("100 $ au compte A0000001 et 50,25 $ au compte A0000002")}. Rien n'a été imputé.");

    public static Bilingual UnclearAmount(string typed) => new(
        $"I couldn't tell what “{typed}” is: write each amount in dollars and cents next to its account, such as “100 to A0000001”. Nothing was allocated.",
        $"Je n'ai pas compris {QuoteFr(typed)}{Nbsp}: écrivez chaque montant en dollars et en cents à côté de son compte, par exemple {QuoteFr("100 $ au compte A0000001")}. Rien n'a été imputé.");

    public static readonly Bilingual AskNote = new(
        "Add a note for the audit trail (why this account?), or type “none”.",
        $"Ajoutez une note pour la piste d'audit (pourquoi ce compte{Nbsp}?), ou tapez {QuoteFr("aucune")}.");

    private static readonly HashSet<string> NoNote = new(StringComparer.OrdinalIgnoreCase)
        { "none", "no", "no note", "skip", "-", "n/a", "aucune", "aucun", "non", "pas de note", "rien" };

    /// <summary>The note typed at the prompt, or null when the user said there is none.</summary>
    public static string? NoteFrom(string? typed)
    {
        var note = typed?.Trim().TrimEnd('.');
        return string.IsNullOrEmpty(note) || NoNote.Contains(note) ? null : typed!.Trim();
    }

    public static Bilingual AllocateTitle(string reference) => new($"Allocate payment {reference}?", $"Imputer le paiement {reference}{Nbsp}?");

    public static Bilingual ThresholdWarning(decimal threshold) => new(
        $"At or above the approval threshold ({En(threshold)}): an approver must agree before any money moves.",
        $"Montant égal ou supérieur au seuil d'approbation ({Fr(threshold)}){Nbsp}: un approbateur doit l'accepter avant tout crédit.");

    public static readonly Bilingual ClosedAccountWarning = new(
        "Cancelled or closed account: an approver must agree before any money moves.",
        $"Compte annulé ou fermé{Nbsp}: un approbateur doit l'accepter avant tout crédit.");

    public static readonly Bilingual ListedForApprovers = new(
        "Approvers see it when they type “approvals”; you will be told what they decide.",
        $"Les approbateurs la voient en tapant {QuoteFr("à approuver")}{Nbsp}; vous serez avisé de leur décision.");

    public static readonly Bilingual Cancelled = new("Cancelled: nothing was changed.", $"Annulé{Nbsp}: rien n'a été modifié.");

    public static readonly Bilingual AllocatingBelow = new("Let's allocate it: answer below.", $"Imputons-le{Nbsp}: répondez ci-dessous.");

    // ----- reversal and return -----

    public static Bilingual ReversalTitle(long allocationId) =>
        new($"Reverse allocation {allocationId}?", $"Contrepasser l'imputation {allocationId}{Nbsp}?");

    public static readonly Bilingual ReversalNote = new(
        "Every reversal needs an approver; the credit stands until one agrees, then the money is unapplied again.",
        $"Toute contrepassation doit être approuvée{Nbsp}; le crédit demeure d'ici là, puis l'argent redevient non imputé.");

    public static Bilingual AskReversalReason(long allocationId) => new(
        $"Why reverse allocation {allocationId}? The reason goes to the approver and stays in the audit trail.",
        $"Pourquoi contrepasser l'imputation {allocationId}{Nbsp}? Le motif est transmis à l'approbateur et conservé dans la piste d'audit.");

    public static readonly Bilingual NoAllocationNumber = new(
        "Which allocation? Give its number, such as “reverse allocation 12 because the account is wrong”.",
        $"Quelle imputation{Nbsp}? Donnez son numéro, par exemple {QuoteFr("annuler l'affectation 12 : mauvais compte")}.");

    public static Bilingual ReturnTitle(string reference) =>
        new($"Return payment {reference} to the remitter?", $"Retourner le paiement {reference} au remettant{Nbsp}?");

    public static readonly Bilingual ReturnNote = new(
        "An approver must agree; then the payment counts as returned in the day's reconciliation.",
        $"Un approbateur doit l'accepter{Nbsp}; le paiement comptera ensuite comme retourné dans le rapprochement de la journée.");

    public static Bilingual AskReturnReason(string reference) => new(
        $"Why return {reference} to the remitter? The reason goes to the approver and stays in the audit trail.",
        $"Pourquoi retourner le paiement {reference} au remettant{Nbsp}? Le motif est transmis à l'approbateur et conservé dans la piste d'audit.");

    public static readonly Bilingual StraightThrough = new("straight through (auto)", "traitement direct (auto)");

    // ----- approvals -----

    public static readonly Bilingual NothingToApprove = new("Nothing is waiting for an approver.", "Rien n'attend d'approbation.");

    public static Bilingual Waiting(int count) => count == 1
        ? new("1 request waits for an approver.", "1 demande attend un approbateur.")
        : new($"{count} requests wait for an approver.", $"{count} demandes attendent un approbateur.");

    public static Bilingual OldestShown(int shown) => new(
        $"Here are the oldest {shown}; decide them to see the others.",
        $"Voici les {shown} plus anciennes{Nbsp}; traitez-les pour voir les autres.");

    public static Bilingual ApprovalTitle(ApprovalKind kind) => kind switch
    {
        ApprovalKind.Allocation => new("Allocation to approve", "Imputation à approuver"),
        ApprovalKind.Reversal => new("Reversal to approve", "Contrepassation à approuver"),
        _ => new("Return to the remitter to approve", "Retour au remettant à approuver"),
    };

    public static readonly Bilingual YourOwnRequest = new(
        "You made this request: another approver must decide it.",
        $"Vous avez fait cette demande{Nbsp}: un autre approbateur doit la trancher.");

    public static readonly Bilingual RejectReasonPlaceholder = new("Reason (required to reject)", "Motif (obligatoire pour refuser)");

    public static Bilingual AskRejectReason(string reference, decimal amount) => new(
        $"Why do you reject the request on {reference} ({En(amount)})? The maker will read your reason.",
        $"Pourquoi refusez-vous la demande visant le paiement {reference} ({Fr(amount)}){Nbsp}? La personne qui l'a faite lira votre motif.");

    // ----- the maker's side -----

    public static Bilingual Decided(Bilingual outcome) => new(
        "Your request was decided. " + outcome.En,
        $"Votre demande a été traitée. " + outcome.Fr);

    public static readonly Bilingual YourPending = new("Waiting for an approver:", $"En attente d'approbation{Nbsp}:");
    public static readonly Bilingual DecidedSinceLastTime = new("Decided since you were last told:", $"Traitées depuis votre dernier avis{Nbsp}:");
    public static readonly Bilingual NoRequests = new(
        "You have no request waiting for an approver, and nothing new was decided.",
        "Vous n'avez aucune demande en attente d'approbation, et rien de nouveau n'a été décidé.");

    // ----- card words -----

    public static readonly Bilingual Confirm = new("Confirm", "Confirmer");
    public static readonly Bilingual Cancel = new("Cancel", "Annuler");
    public static readonly Bilingual Approve = new("Approve", "Approuver");
    public static readonly Bilingual Reject = new("Reject", "Refuser");
    public static readonly Bilingual PaymentLabel = new("Payment", "Paiement");
    public static readonly Bilingual AmountLabel = new("Amount", "Montant");
    public static readonly Bilingual ReceivedLabel = new("Received", "Reçu le");
    public static readonly Bilingual PayerLabel = new("Payer", "Payeur");
    public static readonly Bilingual UnknownPayer = new("unknown", "inconnu");
    public static readonly Bilingual LeftLabel = new("Left to allocate", "Reste à imputer");
    public static readonly Bilingual CreditLabel = new("Credit", "Crédit");
    public static readonly Bilingual NoteLabel = new("Note", "Note");
    public static readonly Bilingual ReasonLabel = new("Reason", "Motif");
    public static readonly Bilingual AccountLabel = new("Account", "Compte");
    public static readonly Bilingual AccountsLabel = new("Accounts", "Comptes");
    public static readonly Bilingual MadeByLabel = new("Made by", "Fait par");
    public static readonly Bilingual WhenLabel = new("On", "Le");
    public static readonly Bilingual WhyApprovalLabel = new("Why an approver", "Pourquoi une approbation");
    public static readonly Bilingual AllocationLabel = new("Allocation", "Imputation");
    public static readonly Bilingual NoNoteGiven = new("none", "aucune");

    public static Bilingual OutcomeTitle(string code) => code switch
    {
        AllocationCodes.Applied or AllocationCodes.Approved => new("Allocated", "Imputé"),
        AllocationCodes.PendingApproval => new("Waiting for an approver", "En attente d'un approbateur"),
        AllocationCodes.Rejected => new("Rejected", "Refusé"),
        AllocationCodes.ReversalPending => new("Reversal waiting for an approver", "Contrepassation en attente d'un approbateur"),
        AllocationCodes.Reversed => new("Reversed", "Contrepassé"),
        AllocationCodes.ReversalRejected => new("Reversal rejected", "Contrepassation refusée"),
        AllocationCodes.ReturnRequested => new("Return waiting for an approver", "Retour en attente d'un approbateur"),
        AllocationCodes.Returned => new("Returned to the remitter", "Retourné au remettant"),
        AllocationCodes.ReturnRejected => new("Return rejected", "Retour refusé"),
        _ => new("Done", "Fait"),
    };

    public static readonly Bilingual NothingDone = new("Nothing was changed", "Rien n'a été modifié");
}
