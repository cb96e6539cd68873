namespace OpsBot.Skills.Emails.Templates;

/// <summary>
/// The card number given with a payment was wrong or missing. Either the analyst found the account and credited it,
/// or could not identify it; both versions explain how to pay so it does not happen again.
/// </summary>
internal sealed class WrongReferenceEmail : EmailTemplate
{
    public override string Name => "wrong-reference";

    public override string Description =>
        "Payment received with a wrong or missing card number: applied to the account (or could not be identified), and how to pay correctly.";

    public override (string English, string French)? Missing(EmailFacts facts) =>
        facts.Choices.Outcome == WrongReferenceOutcome.Applied && (facts.Account is null || facts.CurrentCardEnding is null)
            ? ("The wrong-reference email says the payment was applied: it needs the account it was applied to.",
               "Le courriel « wrong-reference » indique que le paiement a été porté au compte : il faut connaître ce compte.")
            : null;

    protected override (string Subject, string Body) English(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var why = Paragraphs.WhyNotCreditedAutomatically(p, w);
        if (f.Choices.Outcome == WrongReferenceOutcome.Applied)
        {
            var applied = f.AppliedOn is { } on ? $" {w.On(on)}" : "";
            return (
                $"Your payment of {w.Money(p.Amount)} has been applied: please check your card number",
                $"""
                {w.Greeting}

                We received your payment of {w.Money(p.Amount)} {w.On(p.ReceivedOn)} (bank reference {p.BankReference}). We could not credit it automatically because {why}.

                We were able to find your account and applied the payment{applied} to your card {w.Ending(f.CurrentCardEnding!)}. There is nothing more you need to do for this payment.

                {Paragraphs.HowToPay(w)}

                {w.Closing}
                """);
        }
        return (
            $"Your payment of {w.Money(p.Amount)}: we could not identify your account",
            $"""
            {w.Greeting}

            We received a payment of {w.Money(p.Amount)} {w.On(p.ReceivedOn)} (bank reference {p.BankReference}). We could not credit it automatically because {why}, and we have not been able to identify the account it was meant for.

            To apply it to the right account, please reply to this email with proof of payment showing the name of your bank, the date and amount of the payment, and the trace or confirmation number your bank gave you. {Paragraphs.NeverSendFullCardNumber(w)}

            {Paragraphs.HowToPay(w)}

            {w.Closing}
            """);
    }

    protected override (string Subject, string Body) French(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var why = Paragraphs.WhyNotCreditedAutomatically(p, w);
        if (f.Choices.Outcome == WrongReferenceOutcome.Applied)
        {
            var applied = f.AppliedOn is { } on ? $" {w.On(on)}" : "";
            return (
                $"Paiement de {w.Money(p.Amount)} porté à votre compte : numéro de carte à vérifier",
                $"""
                {w.Greeting}

                Nous avons bien reçu votre paiement de {w.Money(p.Amount)} {w.On(p.ReceivedOn)} (référence bancaire {p.BankReference}). Il n’a pas pu être porté automatiquement à votre compte, car {why}.

                Nous avons retrouvé votre compte et y avons porté ce paiement{applied}, sur votre carte {w.Ending(f.CurrentCardEnding!)}. Vous n’avez rien d’autre à faire pour ce paiement.

                {Paragraphs.HowToPay(w)}

                {w.Closing}
                """);
        }
        return (
            $"Paiement de {w.Money(p.Amount)} : nous n’avons pas pu trouver votre compte",
            $"""
            {w.Greeting}

            Nous avons reçu un paiement de {w.Money(p.Amount)} {w.On(p.ReceivedOn)} (référence bancaire {p.BankReference}). Il n’a pas pu être porté automatiquement à un compte, car {why}, et nous n’avons pas réussi à déterminer à quel compte il était destiné.

            Pour que nous puissions le porter au bon compte, veuillez répondre à ce courriel en joignant une preuve de paiement qui indique le nom de votre institution financière, la date et le montant du paiement ainsi que le numéro de trace ou de confirmation fourni par votre institution. {Paragraphs.NeverSendFullCardNumber(w)}

            {Paragraphs.HowToPay(w)}

            {w.Closing}
            """);
    }
}
