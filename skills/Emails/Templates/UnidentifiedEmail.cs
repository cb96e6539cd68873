namespace OpsBot.Skills.Emails.Templates;

/// <summary>A payment nobody could match to an account: ask for proof of payment.</summary>
internal sealed class UnidentifiedEmail : EmailTemplate
{
    public override string Name => "unidentified";

    public override string Description =>
        "Payment could not be identified: ask for proof of payment (bank, date, amount, trace or confirmation number).";

    protected override (string Subject, string Body) English(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        return (
            $"Payment of {w.Money(p.Amount)}: please send us your proof of payment",
            $"""
            {w.Greeting}

            We received a payment of {w.Money(p.Amount)} {w.On(p.ReceivedOn)} (bank reference {p.BankReference}) that we have not been able to match to a card account: {Paragraphs.WhyNotCreditedAutomatically(p, w)}.

            So that we can apply it to the right account, please reply to this email with proof of payment showing:

            - the name of your bank;
            - the date and the amount of the payment;
            - the trace or confirmation number your bank gave you;
            - the last {w.Number(4)} digits of your card.

            A screenshot of the payment in your online banking, or your bank statement, is fine. {Paragraphs.NeverSendFullCardNumber(w)}

            {w.Closing}
            """);
    }

    protected override (string Subject, string Body) French(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        return (
            $"Paiement de {w.Money(p.Amount)} : merci de nous faire parvenir votre preuve de paiement",
            $"""
            {w.Greeting}

            Nous avons reçu un paiement de {w.Money(p.Amount)} {w.On(p.ReceivedOn)} (référence bancaire {p.BankReference}) que nous n’avons pas pu associer à un compte de carte : {Paragraphs.WhyNotCreditedAutomatically(p, w)}.

            Pour que nous puissions le porter au bon compte, veuillez répondre à ce courriel en joignant une preuve de paiement qui indique :

            – le nom de votre institution financière ;
            – la date et le montant du paiement ;
            – le numéro de trace ou de confirmation fourni par votre institution financière ;
            – les {w.Number(4)} derniers chiffres de votre carte.

            Une capture d’écran du paiement dans vos services bancaires en ligne ou votre relevé bancaire conviennent tout à fait. {Paragraphs.NeverSendFullCardNumber(w)}

            {w.Closing}
            """);
    }
}
