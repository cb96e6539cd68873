namespace OpsBot.Skills.Emails.Templates;

/// <summary>A payment made to a card number that has since been replaced: update the payee saved in online banking.</summary>
internal sealed class OldCardEmail : EmailTemplate
{
    public override string Name => "old-card";

    public override string Description =>
        "Payment made to an old (replaced) card number: ask the customer to update the payee saved in online banking.";

    public override (string English, string French)? Missing(EmailFacts facts)
    {
        if (facts.Account is null || facts.CurrentCardEnding is null)
            return ("The old-card email needs the account whose card was replaced.",
                    "Le courriel « old-card » nécessite le compte dont la carte a été remplacée.");
        if (facts.PaidToEnding is null)
            return ("The old-card email needs the old card number the payment was made to; this payment does not show it.",
                    "Le courriel « old-card » nécessite l’ancien numéro de carte utilisé pour le paiement, que ce paiement n’indique pas.");
        if (facts.PaidToEnding == facts.CurrentCardEnding)
            return ($"The payment was made to the current card (ending in {facts.CurrentCardEnding}), not to an old one.",
                    $"Le paiement a été fait à la carte actuelle (se terminant par {facts.CurrentCardEnding}), et non à une ancienne carte.");
        return null;
    }

    protected override (string Subject, string Body) English(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var credited = f.IsApplied
            ? (f.AppliedOn is { } on
                ? $"We applied it to your account {w.On(on)}, so there is nothing more you need to do for this payment."
                : "We have applied it to your account, so there is nothing more you need to do for this payment.")
            : "We are applying it to your account; there is nothing more you need to do for this payment.";
        return (
            "Please update the card number saved in your online banking",
            $"""
            {w.Greeting}

            We received your payment of {w.Money(p.Amount)} {w.On(p.ReceivedOn)} (bank reference {p.BankReference}). It was made to your former card number, {w.Ending(f.PaidToEnding!)}, which has been replaced by your current card {w.Ending(f.CurrentCardEnding!)}. {credited}

            So that your next payments are not delayed or returned, please update the payee "{w.Payee}" saved in your online banking: replace the old number with the {w.Number(Cards.CardNumber.Length)}-digit number on the front of your current card, without spaces.

            {w.Closing}
            """);
    }

    protected override (string Subject, string Body) French(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var credited = f.IsApplied
            ? $"Nous l’avons porté à votre compte{(f.AppliedOn is { } on ? " " + w.On(on) : "")} ; vous n’avez rien d’autre à faire pour ce paiement."
            : "Nous sommes en train de le porter à votre compte ; vous n’avez rien d’autre à faire pour ce paiement.";
        return (
            "Veuillez mettre à jour le numéro de carte enregistré dans vos services bancaires en ligne",
            $"""
            {w.Greeting}

            Nous avons bien reçu votre paiement de {w.Money(p.Amount)} {w.On(p.ReceivedOn)} (référence bancaire {p.BankReference}). Il a été fait à votre ancien numéro de carte, {w.Ending(f.PaidToEnding!)}, qui a été remplacé par celui de votre carte actuelle, {w.Ending(f.CurrentCardEnding!)}. {credited}

            Pour éviter que vos prochains paiements soient retardés ou retournés, veuillez mettre à jour le bénéficiaire « {w.Payee} » enregistré dans vos services bancaires en ligne : remplacez l’ancien numéro par les {w.Number(Cards.CardNumber.Length)} chiffres qui figurent au recto de votre carte actuelle, sans espaces.

            {w.Closing}
            """);
    }
}
