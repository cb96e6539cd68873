namespace OpsBot.Skills.Emails.Templates;

/// <summary>Confirmation that a payment was applied: what, when, to which card.</summary>
internal sealed class AppliedEmail : EmailTemplate
{
    public override string Name => "applied";

    public override string Description => "Payment applied: confirmation with the date and the amount.";

    public override (string English, string French)? Missing(EmailFacts facts) =>
        facts.Account is null || facts.CurrentCardEnding is null
            ? ("The applied email needs the account the payment was applied to.",
               "Le courriel « applied » nécessite le compte auquel le paiement a été porté.")
            : !facts.IsApplied
                ? ("Nothing from this payment has been applied to the account yet: the applied email would be untrue.",
                   "Rien n’a encore été porté au compte à partir de ce paiement : le courriel « applied » serait inexact.")
                : null;

    protected override (string Subject, string Body) English(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var when = f.AppliedOn is { } on ? $" {w.On(on)}" : "";
        // A payment split between accounts: say what this account received, and of what.
        var what = f.AppliedAmount == p.Amount
            ? $"your payment of {w.Money(p.Amount)}, received {w.On(p.ReceivedOn)} (bank reference {p.BankReference}), was applied{when}"
            : $"{w.Money(f.AppliedAmount)} of your payment of {w.Money(p.Amount)}, received {w.On(p.ReceivedOn)} (bank reference {p.BankReference}), was applied{when}";
        return (
            $"Your payment of {w.Money(f.AppliedAmount)} has been applied",
            $"""
            {w.Greeting}

            This is to confirm that {what} to your card account {w.Ending(f.CurrentCardEnding!)}.

            Thank you for your payment.

            {w.Closing}
            """);
    }

    protected override (string Subject, string Body) French(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var when = f.AppliedOn is { } on ? $" {w.On(on)}" : "";
        var what = f.AppliedAmount == p.Amount
            ? $"votre paiement de {w.Money(p.Amount)}, reçu {w.On(p.ReceivedOn)} (référence bancaire {p.BankReference}), a été porté{when}"
            : $"une somme de {w.Money(f.AppliedAmount)} sur votre paiement de {w.Money(p.Amount)}, reçu {w.On(p.ReceivedOn)} (référence bancaire {p.BankReference}), a été portée{when}";
        return (
            $"Confirmation : votre paiement de {w.Money(f.AppliedAmount)} a été porté à votre compte",
            $"""
            {w.Greeting}

            Nous vous confirmons que {what} au compte de votre carte {w.Ending(f.CurrentCardEnding!)}.

            Merci de votre paiement !

            {w.Closing}
            """);
    }
}
