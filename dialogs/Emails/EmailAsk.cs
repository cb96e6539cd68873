using OpsBot.Skills.Emails;

namespace OpsBot.Dialogs.Emails;

/// <summary>
/// What the analyst asked for, as plain values that travel in dialog state and in card buttons: which payment, which
/// template (null: chosen from the payment), which language, and the options the template needs.
/// </summary>
public sealed record EmailAsk
{
    /// <summary>The payment's id or bank reference; null until the analyst says.</summary>
    public string? Payment { get; init; }
    /// <summary>A template name as the command line takes it ("applied", "query-ack"…); null: pick from the payment.</summary>
    public string? Template { get; init; }
    /// <summary>For wrong-reference: <see cref="TemplateOptions.Applied"/> or <see cref="TemplateOptions.NotIdentified"/>.</summary>
    public string? Outcome { get; init; }
    /// <summary>"account", "en", "fr" or "both".</summary>
    public string Language { get; init; } = "account";
    public string? AccountId { get; init; }
    /// <summary>For query-ack.</summary>
    public string? CaseReference { get; init; }
    /// <summary>For overpayment, when the payment does not show it.</summary>
    public decimal? CreditBalance { get; init; }

    public EmailRequest ToRequest() => new(Payment ?? "", Template ?? "")
    {
        Language = EmailLanguages.Parse(Language) ?? EmailLanguage.Account,
        AccountId = AccountId,
        Choices = new EmailChoices
        {
            Outcome = Outcome == TemplateOptions.NotIdentified ? WrongReferenceOutcome.NotIdentified : WrongReferenceOutcome.Applied,
            CaseReference = string.IsNullOrWhiteSpace(CaseReference) ? null : CaseReference.Trim(),
            CreditBalance = CreditBalance,
        },
    };

    /// <summary>The ask that makes this draft again (its language as drafted, not "account").</summary>
    public static EmailAsk From(EmailDraft draft) => new()
    {
        Payment = draft.PaymentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Template = draft.Template,
        Outcome = draft.Template == TemplateOptions.WrongReference ? TemplateOptions.OutcomeOf(draft.Request.Choices.Outcome) : null,
        Language = draft.Language.Code(),
        AccountId = draft.Request.AccountId,
        CaseReference = draft.Request.Choices.CaseReference,
        CreditBalance = draft.Request.Choices.CreditBalance,
    };

    /// <summary>This ask, with what it leaves open taken from <paramref name="other"/> (an answer that says more).</summary>
    public EmailAsk Fill(EmailAsk other) => this with
    {
        Payment = Payment ?? other.Payment,
        Template = Template ?? other.Template,
        Outcome = Outcome ?? other.Outcome,
        Language = Language == "account" ? other.Language : Language,
        AccountId = AccountId ?? other.AccountId,
        CaseReference = CaseReference ?? other.CaseReference,
        CreditBalance = CreditBalance ?? other.CreditBalance,
    };

    public EmailAsk With(TemplateOption option) => this with { Template = option.Template, Outcome = option.Outcome };
}
