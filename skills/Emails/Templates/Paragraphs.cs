using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Emails.Templates;

/// <summary>Paragraphs more than one template uses, in both languages.</summary>
internal static class Paragraphs
{
    /// <summary>How to pay so that the payment is credited straight through.</summary>
    public static string HowToPay(EmailWords w) => w.French
        ? $"""
          Pour que vos prochains paiements soient portés à votre compte sans délai, choisissez le bénéficiaire « {w.Payee} » dans vos services bancaires en ligne et inscrivez comme numéro de compte les {w.Number(CardNumber.Length)} chiffres qui figurent au recto de votre carte, sans espaces. Si votre carte est remplacée, pensez à mettre ce bénéficiaire à jour avec le nouveau numéro.
          """
        : $"""
          To make sure your next payments reach your account without delay, choose "{w.Payee}" as the payee in your online banking and enter the {w.Number(CardNumber.Length)}-digit number on the front of your card as the account number, without spaces. If your card is ever replaced, remember to update the payee with the new number.
          """;

    /// <summary>PCI DSS: customers must not send a full card number by email.</summary>
    public static string NeverSendFullCardNumber(EmailWords w) => w.French
        ? $"Pour votre sécurité, ne nous transmettez jamais votre numéro de carte complet par courriel ; les {w.Number(4)} derniers chiffres suffisent."
        : $"For your security, please never send your full card number by email; the last {w.Number(4)} digits are enough.";

    /// <summary>Why the payment could not be credited straight through, as the end of a sentence.</summary>
    public static string WhyNotCreditedAutomatically(Payment payment, EmailWords w) => (payment.Reason, w.French) switch
    {
        (UnappliedReasons.NoReference, true) => "aucun numéro de carte n’accompagnait ce paiement",
        (UnappliedReasons.NoReference, false) => "no card number was entered with it",
        (UnappliedReasons.PartialNumber, true) => "seule une partie du numéro de carte a été inscrite lors du paiement",
        (UnappliedReasons.PartialNumber, false) => "only part of a card number was entered with it",
        (_, true) => "le numéro inscrit lors du paiement ne correspond à aucune carte à nos dossiers",
        (_, false) => "the number entered with it does not match any card on file",
    };
}
