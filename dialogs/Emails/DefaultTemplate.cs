using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Emails;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Payments;

namespace OpsBot.Dialogs.Emails;

/// <summary>The template picked for the analyst when they name none, and why, in their language.</summary>
public sealed record TemplateSuggestion(TemplateOption Option, Bilingual Reason);

/// <summary>
/// Picks the email a payment calls for when the analyst names none: paid to a replaced card → old-card; credited by an
/// analyst, or after a card number that is not the account's → wrong-reference (applied); credited straight through →
/// applied; matched to no account → unidentified. A returned payment, or one whose account is known but not yet
/// credited, fits none of them: the analyst chooses (null).
/// </summary>
public static class DefaultTemplate
{
    private const string Nb = Texts.Nbsp;

    /// <param name="allocations">The payment's allocations: who credited it tells a repaired reference from a straight-through one.</param>
    public static TemplateSuggestion? For(EmailFacts facts, IReadOnlyList<Allocation> allocations)
    {
        var payment = facts.Payment;
        if (payment.Status == PaymentStatus.Returned) return null;

        if (facts.Account is { } account && facts.PaidToEnding is { } paidTo && paidTo != facts.CurrentCardEnding
            && account.Cards.Any(c => c.Status != CardStatus.Active && c.LastFour == paidTo))
            return Suggest(TemplateOptions.OldCard, null,
                $"it was made to the replaced card ending in {paidTo}",
                $"il a été fait à la carte remplacée se terminant par {paidTo}");

        if (facts.IsApplied)
        {
            // Once applied, a payment no longer carries the reason it was held: the allocation's maker tells.
            var byAnalyst = allocations.Any(a => a.State == AllocationState.Applied && a.AccountId == facts.Account?.Id && a.By != Allocation.Auto);
            if (WhyNotStraightThrough(facts, byAnalyst) is { } why)
                return Suggest(TemplateOptions.WrongReference, TemplateOptions.Applied,
                    $"{why.En}; the payment was then applied to the account",
                    $"{why.Fr}{Nb}; le paiement a ensuite été porté au compte");
            var reason = new Bilingual("it was applied to the account", "il a été porté au compte");
            if (facts.Account is { StatementBalance: > 0 } owing && payment.Amount > owing.StatementBalance)
            {
                // A hint, not a choice: the statement balance may already be out of date.
                var en = CanadianFormat.Money(owing.StatementBalance, "en", payment.Currency);
                var fr = CanadianFormat.Money(owing.StatementBalance, "fr", payment.Currency);
                reason = new Bilingual(
                    reason.En + $". It is more than the statement balance ({en}): if it leaves a credit balance, pick the overpayment email instead",
                    reason.Fr + $". Il dépasse le solde du relevé ({fr}){Nb}: s'il laisse un solde créditeur, choisissez plutôt le courriel de paiement excédentaire");
            }
            return Suggest(TemplateOptions.AppliedTemplate, null, reason.En, reason.Fr);
        }

        if (facts.Account is null)
            return Suggest(TemplateOptions.Unidentified, null,
                "it has not been matched to any account",
                "il n'a été associé à aucun compte");
        return null;
    }

    private static TemplateSuggestion Suggest(string template, string? outcome, string en, string fr) => new(
        TemplateOptions.Of(template, outcome),
        new Bilingual($"Chosen from the payment: {en}.", $"Choisi d'après le paiement{Nb}: {fr}."));

    /// <summary>Why the payment was not credited straight through, when the card number given was the cause.</summary>
    private static Bilingual? WhyNotStraightThrough(EmailFacts facts, bool byAnalyst)
    {
        if (facts.PaidToEnding is { } given && facts.CurrentCardEnding is { } current && given != current)
            return new($"the card number given ends in {given} instead of {current}", $"le numéro de carte fourni se termine par {given} au lieu de {current}");
        return facts.Payment.Reason switch
        {
        UnappliedReasons.NoReference => new("no card number was given", "aucun numéro de carte n'avait été fourni"),
        UnappliedReasons.NotACardNumber => new("the reference given is not a card number", "la référence fournie n'est pas un numéro de carte"),
        UnappliedReasons.WrongLength => new("the card number given has the wrong number of digits", "le numéro de carte fourni n'a pas le bon nombre de chiffres"),
        UnappliedReasons.FailsLuhn => new("the card number given fails its check digit", "le chiffre de contrôle du numéro de carte fourni est invalide"),
        UnappliedReasons.UnknownCard => new("no account has the card number given", "aucun compte n'a le numéro de carte fourni"),
        UnappliedReasons.PartialNumber => new("only part of a card number was given", "seule une partie du numéro de carte avait été fournie"),
        _ when byAnalyst && string.IsNullOrWhiteSpace(facts.Payment.Reference) => new("no card number was given", "aucun numéro de carte n'avait été fourni"),
        _ when byAnalyst => new("the card number given did not lead to the account", "le numéro de carte fourni ne menait pas au compte"),
        _ => null,
        };
    }
}
