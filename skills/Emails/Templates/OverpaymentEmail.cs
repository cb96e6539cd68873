namespace OpsBot.Skills.Emails.Templates;

/// <summary>A payment larger than the balance owing left a credit balance: the options the analyst offers.</summary>
internal sealed class OverpaymentEmail : EmailTemplate
{
    public override string Name => "overpayment";

    public override string Description =>
        "Overpayment: the account has a credit balance; the options (keep it on the account, refund by cheque, refund by deposit).";

    public override (string English, string French)? Missing(EmailFacts facts) =>
        facts.Account is null || facts.CurrentCardEnding is null
            ? ("The overpayment email needs the account the payment was applied to.",
               "Le courriel « overpayment » nécessite le compte auquel le paiement a été porté.")
            : facts.CreditBalance is null
                ? ("This payment does not exceed the account's statement balance: give the credit balance if there is one.",
                   "Ce paiement ne dépasse pas le solde du relevé : indiquez le solde créditeur, s’il y en a un.")
                : null;

    protected override (string Subject, string Body) English(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var options = f.Choices.OfferedOptions;
        var list = string.Join("\n", options.Select((o, i) => "- " + o switch
        {
            OverpaymentOption.KeepOnAccount => "keep the credit on your account, where it will be used for your next purchases",
            OverpaymentOption.RefundByCheque => "receive a refund by cheque, mailed to the address on your file",
            _ => "receive a refund by direct deposit to the bank account the payment came from",
        } + (i == options.Count - 1 ? "." : ";")));
        var intro = options.Count > 1 ? "You can choose one of the following options:" : "Here is what we can offer:";
        var noAnswer = options.Contains(OverpaymentOption.KeepOnAccount)
            ? " If we do not hear from you, the credit will stay on your account."
            : "";
        return (
            $"Credit balance of {w.Money(f.CreditBalance!.Value)} on your account",
            $"""
            {w.Greeting}

            Your payment of {w.Money(p.Amount)}, received {w.On(p.ReceivedOn)} (bank reference {p.BankReference}), was more than the balance owing on your card account {w.Ending(f.CurrentCardEnding!)}. Your account now has a credit balance of {w.Money(f.CreditBalance!.Value)}.

            {intro}

            {list}

            Simply reply to this email to let us know what you would like.{noAnswer}

            {w.Closing}
            """);
    }

    protected override (string Subject, string Body) French(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var options = f.Choices.OfferedOptions;
        var list = string.Join("\n", options.Select((o, i) => "– " + o switch
        {
            OverpaymentOption.KeepOnAccount => "conserver ce crédit à votre compte, où il servira à régler vos prochains achats",
            OverpaymentOption.RefundByCheque => "recevoir un remboursement par chèque, posté à l’adresse inscrite à votre dossier",
            _ => "recevoir un remboursement par dépôt direct dans le compte bancaire d’où provient le paiement",
        } + (i == options.Count - 1 ? "." : " ;")));
        var intro = options.Count > 1 ? "Vous pouvez choisir l’une des options suivantes :" : "Voici ce que nous vous proposons :";
        var noAnswer = options.Contains(OverpaymentOption.KeepOnAccount)
            ? " Sans nouvelles de votre part, le crédit demeurera à votre compte."
            : "";
        return (
            $"Solde créditeur de {w.Money(f.CreditBalance!.Value)} à votre compte",
            $"""
            {w.Greeting}

            Votre paiement de {w.Money(p.Amount)}, reçu {w.On(p.ReceivedOn)} (référence bancaire {p.BankReference}), dépassait le solde dû au compte de votre carte {w.Ending(f.CurrentCardEnding!)}. Votre compte présente donc un solde créditeur de {w.Money(f.CreditBalance!.Value)}.

            {intro}

            {list}

            Il vous suffit de répondre à ce courriel pour nous faire part de votre choix.{noAnswer}

            {w.Closing}
            """);
    }
}
