using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;

namespace OpsBot.Dialogs.Lookup;

/// <summary>The names of channels, statuses and reasons as analysts say them, in both languages.</summary>
public static class PaymentWords
{
    public static Bilingual Channel(string channel) => channel switch
    {
        Channels.BillPayment => new("Bill payment", "Paiement de facture"),
        Channels.Eft => new("EFT", "TEF"),
        Channels.Cheque => new("Cheque", "Chèque"),
        Channels.Wire => new("Wire", "Virement télégraphique"),
        Channels.Interac => new("Interac e-Transfer", "Virement Interac"),
        Channels.Other => new("Other", "Autre"),
        _ => new(channel, channel),
    };

    public static Bilingual Status(PaymentStatus status) => status switch
    {
        PaymentStatus.Unapplied => new("Unapplied", "Non appliqué"),
        PaymentStatus.PartiallyApplied => new("Partially applied", "Partiellement appliqué"),
        PaymentStatus.Applied => new("Applied", "Appliqué"),
        PaymentStatus.Returned => new("Returned", "Retourné"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static Bilingual Reason(string reason) => reason switch
    {
        UnappliedReasons.NoReference => new("No reference", "Aucune référence"),
        UnappliedReasons.NotACardNumber => new("The reference is not a card number", "La référence n'est pas un numéro de carte"),
        UnappliedReasons.WrongLength => new("The card number has the wrong number of digits", "Le numéro de carte n'a pas le bon nombre de chiffres"),
        UnappliedReasons.FailsLuhn => new("The card number fails its check digit", "Le chiffre de contrôle du numéro de carte est invalide"),
        UnappliedReasons.UnknownCard => new("No account has this card", "Aucun compte n'a cette carte"),
        UnappliedReasons.PartialNumber => new("Only part of a card number", "Numéro de carte partiel"),
        UnappliedReasons.ReversedAllocation => new("An allocation was reversed", "Une affectation a été annulée"),
        UnappliedReasons.NotCad => new("Not in Canadian dollars", "Pas en dollars canadiens"),
        _ => new(reason, reason),
    };

    public static Bilingual AllocationState(AllocationState state) => state switch
    {
        Skills.Allocations.AllocationState.PendingApproval => new("Pending approval", "En attente d'approbation"),
        Skills.Allocations.AllocationState.Applied => new("Applied", "Appliquée"),
        Skills.Allocations.AllocationState.Rejected => new("Rejected", "Rejetée"),
        Skills.Allocations.AllocationState.Reversed => new("Reversed", "Annulée"),
        Skills.Allocations.AllocationState.PendingReversal => new("Reversal pending", "Annulation en attente"),
        _ => new(state.ToString(), state.ToString()),
    };
}

/// <summary>The verbs of the lookup's card buttons. Research, allocate and email are handled by their features.</summary>
public static class PaymentVerbs
{
    public const string Detail = "lookup.detail";
    public const string More = "lookup.more";
    public const string Research = "payment.research";
    public const string Allocate = "payment.allocate";
    public const string Email = "payment.email";
}
