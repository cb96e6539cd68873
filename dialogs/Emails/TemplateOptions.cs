using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Emails;

namespace OpsBot.Dialogs.Emails;

/// <summary>
/// One thing the analyst can pick: a template, and for wrong-reference which of its two versions. <see cref="Value"/>
/// is what a card's choice set sends back.
/// </summary>
public sealed record TemplateOption(string Value, string Template, string? Outcome, Bilingual Label);

/// <summary>The six templates (seven choices: wrong-reference comes as "applied" and "could not identify").</summary>
public static class TemplateOptions
{
    public const string WrongReference = "wrong-reference";
    public const string AppliedTemplate = "applied";
    public const string OldCard = "old-card";
    public const string Overpayment = "overpayment";
    public const string Unidentified = "unidentified";
    public const string QueryAck = "query-ack";

    /// <summary>The two outcomes of wrong-reference, as the command line spells them.</summary>
    public const string Applied = "applied";
    public const string NotIdentified = "not-identified";

    public static IReadOnlyList<TemplateOption> All { get; } =
    [
        new(WrongReference, WrongReference, Applied,
            new("Wrong or missing card number — applied", "Numéro de carte erroné ou absent — paiement porté au compte")),
        new(WrongReference + ":" + NotIdentified, WrongReference, NotIdentified,
            new("Wrong or missing card number — account not found", "Numéro de carte erroné ou absent — compte introuvable")),
        new(AppliedTemplate, AppliedTemplate, null, new("Payment applied", "Paiement porté au compte")),
        new(OldCard, OldCard, null, new("Old (replaced) card number", "Ancien numéro de carte (carte remplacée)")),
        new(Overpayment, Overpayment, null, new("Overpayment (credit balance)", "Paiement excédentaire (solde créditeur)")),
        new(Unidentified, Unidentified, null, new("Payment not identified (proof of payment)", "Paiement non identifié (preuve de paiement)")),
        new(QueryAck, QueryAck, null, new("Query acknowledged (case reference)", "Accusé de réception d'une demande (numéro de dossier)")),
    ];

    public static TemplateOption? Find(string? value) =>
        All.FirstOrDefault(o => string.Equals(o.Value, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The option a template and outcome make; wrong-reference without an outcome is the "applied" version.</summary>
    public static TemplateOption Of(string template, string? outcome) =>
        All.FirstOrDefault(o => o.Template == template && (o.Outcome is null || o.Outcome == (outcome ?? Applied)))
        ?? throw new EmailDraftException($"Unknown email template '{template}'.", $"Modèle de courriel inconnu : « {template} ».");

    public static TemplateOption Of(EmailDraft draft) =>
        Of(draft.Template, draft.Template == WrongReference ? OutcomeOf(draft.Request.Choices.Outcome) : null);

    public static string OutcomeOf(WrongReferenceOutcome outcome) =>
        outcome == WrongReferenceOutcome.NotIdentified ? NotIdentified : Applied;

    /// <summary>
    /// The options these facts can make a true email of. Options the analyst supplies when asked (a case reference, a
    /// credit balance) are assumed given: the dialog asks for them after the choice. "Applied" versions need a credit.
    /// </summary>
    public static IReadOnlyList<TemplateOption> Available(EmailFacts facts) =>
        All.Where(o =>
        {
            if (o.Template == WrongReference && o.Outcome == Applied && !facts.IsApplied) return false;
            var probe = facts.Choices with
            {
                Outcome = o.Outcome == NotIdentified ? WrongReferenceOutcome.NotIdentified : WrongReferenceOutcome.Applied,
                CaseReference = facts.Choices.CaseReference ?? "probe",
                CreditBalance = facts.Choices.CreditBalance ?? (facts.Account is null ? null : 0.01m),
            };
            return EmailTemplates.Find(o.Template).Missing(facts with { Choices = probe }) is null;
        }).ToList();

    public static Bilingual LanguageLabel(EmailLanguage language) => language switch
    {
        EmailLanguage.French => new("French", "français"),
        EmailLanguage.Both => new("French and English (French first)", "français et anglais (le français d'abord)"),
        _ => new("English", "anglais"),
    };

    /// <summary>"Switch language" goes English → French → both → English.</summary>
    public static EmailLanguage Next(EmailLanguage language) => language switch
    {
        EmailLanguage.English => EmailLanguage.French,
        EmailLanguage.French => EmailLanguage.Both,
        _ => EmailLanguage.English,
    };
}
