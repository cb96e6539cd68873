namespace OpsBot.Skills.Emails.Templates;

/// <summary>A customer's query or dispute about a payment is acknowledged, with its case reference and the next step.</summary>
internal sealed class QueryAckEmail : EmailTemplate
{
    public override string Name => "query-ack";

    public override string Description =>
        "Query or dispute acknowledged: the case reference and the next step.";

    public override (string English, string French)? Missing(EmailFacts facts) =>
        string.IsNullOrWhiteSpace(facts.Choices.CaseReference)
            ? ("The query-ack email needs a case reference.", "Le courriel « query-ack » nécessite un numéro de dossier.")
            : facts.Choices.ReplyWithinBusinessDays is < 1 or > 30
                ? ("The reply time must be between 1 and 30 business days.", "Le délai de réponse doit être de 1 à 30 jours ouvrables.")
                : null;

    protected override (string Subject, string Body) English(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var caseRef = f.Choices.CaseReference!.Trim();
        var days = f.Choices.ReplyWithinBusinessDays;
        var next = f.Choices.NextStep == QueryNextStep.BankTrace
            ? $"We have asked the bank that sent the payment for its details. We will write to you as soon as we hear back, and in any case within {w.Number(days)} business {(days == 1 ? "day" : "days")} to give you an update."
            : $"A member of our team is reviewing it and will reply within {w.Number(days)} business {(days == 1 ? "day" : "days")}.";
        return (
            $"We have received your request (case {caseRef})",
            $"""
            {w.Greeting}

            Thank you for contacting us about your payment of {w.Money(p.Amount)} received {w.On(p.ReceivedOn)} (bank reference {p.BankReference}). Your request has been recorded under case number {caseRef}.

            {next}

            Please quote case number {caseRef} in any message about this request.

            {w.Closing}
            """);
    }

    protected override (string Subject, string Body) French(EmailFacts f, EmailWords w)
    {
        var p = f.Payment;
        var caseRef = f.Choices.CaseReference!.Trim();
        var days = f.Choices.ReplyWithinBusinessDays;
        var next = f.Choices.NextStep == QueryNextStep.BankTrace
            ? $"Nous avons demandé à l’institution financière d’où provient le paiement de nous en fournir les détails. Nous vous écrirons dès que nous aurons sa réponse, et au plus tard dans {w.Number(days)} {(days == 1 ? "jour ouvrable" : "jours ouvrables")} pour faire le point."
            : $"Un membre de notre équipe l’examine et vous répondra dans un délai de {w.Number(days)} {(days == 1 ? "jour ouvrable" : "jours ouvrables")}.";
        return (
            $"Nous avons bien reçu votre demande (dossier {caseRef})",
            $"""
            {w.Greeting}

            Nous vous remercions de nous avoir écrit au sujet de votre paiement de {w.Money(p.Amount)} reçu {w.On(p.ReceivedOn)} (référence bancaire {p.BankReference}). Votre demande a été enregistrée sous le numéro de dossier {caseRef}.

            {next}

            Veuillez mentionner ce numéro de dossier dans toute communication au sujet de cette demande.

            {w.Closing}
            """);
    }
}
