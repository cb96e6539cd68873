using OpsBot.Skills.Payments;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Skills.Status;

/// <summary>The words the status uses, in English and in French (written in French, not translated word for word).</summary>
public static class StatusLabels
{
    public static string Bucket(AgeingBucket bucket, string language) => (bucket, IsFrench(language)) switch
    {
        (AgeingBucket.Today, false) => "Today",
        (AgeingBucket.Today, true) => "Aujourd'hui",
        (AgeingBucket.OneDay, false) => "1 day",
        (AgeingBucket.OneDay, true) => "1 jour",
        (AgeingBucket.TwoDays, false) => "2 days",
        (AgeingBucket.TwoDays, true) => "2 jours",
        (AgeingBucket.ThreeToFiveDays, false) => "3–5 days",
        (AgeingBucket.ThreeToFiveDays, true) => "3 à 5 jours",
        (_, false) => "Over 5 days",
        (_, true) => "Plus de 5 jours",
    };

    public static string Channel(string channel, string language) => (channel, IsFrench(language)) switch
    {
        (Channels.BillPayment, false) => "Bill payment",
        (Channels.BillPayment, true) => "Paiement de facture",
        (Channels.Eft, false) => "EFT",
        (Channels.Eft, true) => "TEF",
        (Channels.Cheque, false) => "Cheque",
        (Channels.Cheque, true) => "Chèque",
        (Channels.Wire, false) => "Wire",
        (Channels.Wire, true) => "Virement télégraphique",
        (Channels.Interac, false) => "Interac e-Transfer",
        (Channels.Interac, true) => "Virement Interac",
        (Channels.Other, false) => "Other",
        (Channels.Other, true) => "Autre",
        _ => channel,
    };

    public static string Reason(string reason, string language) => (reason, IsFrench(language)) switch
    {
        (UnappliedReasons.NoReference, false) => "No reference",
        (UnappliedReasons.NoReference, true) => "Aucune référence",
        (UnappliedReasons.NotACardNumber, false) => "Not a card number",
        (UnappliedReasons.NotACardNumber, true) => "Pas un numéro de carte",
        (UnappliedReasons.WrongLength, false) => "Wrong number of digits",
        (UnappliedReasons.WrongLength, true) => "Mauvais nombre de chiffres",
        (UnappliedReasons.FailsLuhn, false) => "Mistyped card number",
        (UnappliedReasons.FailsLuhn, true) => "Numéro de carte mal saisi",
        (UnappliedReasons.UnknownCard, false) => "Card not on file",
        (UnappliedReasons.UnknownCard, true) => "Carte inconnue",
        (UnappliedReasons.PartialNumber, false) => "Last digits only",
        (UnappliedReasons.PartialNumber, true) => "Derniers chiffres seulement",
        (UnappliedReasons.ReversedAllocation, false) => "Allocation reversed",
        (UnappliedReasons.ReversedAllocation, true) => "Affectation annulée",
        (UnappliedReasons.NotCad, false) => "Not in Canadian dollars",
        (UnappliedReasons.NotCad, true) => "Pas en dollars canadiens",
        (UnappliedReasons.CardCancelledOrClosed, false) => "Card cancelled or closed",
        (UnappliedReasons.CardCancelledOrClosed, true) => "Carte annulée ou fermée",
        (UnappliedReasons.CardOnSeveralAccounts, false) => "Card on several accounts",
        (UnappliedReasons.CardOnSeveralAccounts, true) => "Carte liée à plusieurs comptes",
        ("unknown", false) => "Reason not recorded",
        ("unknown", true) => "Raison non consignée",
        _ => reason,
    };

    /// <summary>"Unapplied" followed by the colon, with French's non-breaking space before it.</summary>
    public static string Label(string en, string fr, string language) => IsFrench(language) ? fr + Nbsp + ":" : en + ":";
}
