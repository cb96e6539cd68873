using System.Globalization;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Emails;

namespace OpsBot.Dialogs.Emails;

/// <summary>
/// The email buttons. <c>payment.email</c> (on a payment card, and on research cards: same verb, data
/// <c>{ paymentId, accountId?, template? }</c>) starts a draft; the email card's own buttons switch its language,
/// draft another template, or start a rewrite.
/// </summary>
public sealed class EmailCardActions(EmailPresenter presenter) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [EmailVerbs.Draft, EmailVerbs.Language, EmailVerbs.Template, EmailVerbs.Rewrite];

    public async Task HandleAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        var ask = action.Data["ask"] is JObject asked ? asked.ToObject<EmailAsk>() : null;
        switch (action.Verb)
        {
            case EmailVerbs.Draft when action.PaymentId is { } paymentId:
                var template = TemplateOptions.Find(action.Data.Value<string>("template"));
                await dc.StartAfreshAsync(EmailDialog.DialogId, JObject.FromObject(new EmailAsk
                {
                    Payment = paymentId.ToString(CultureInfo.InvariantCulture),
                    AccountId = action.Data.Value<string>("accountId"),
                    Template = template?.Template,
                    Outcome = template?.Outcome,
                }), cancellationToken);
                return;

            case EmailVerbs.Language when ask?.Payment is not null:
                dc.CancelAll();
                if (!await presenter.AllowedAsync(dc, cancellationToken)) return;
                var current = EmailLanguages.Parse(ask.Language) ?? EmailLanguage.Account;
                await presenter.DraftAsync(dc, ask with { Language = TemplateOptions.Next(current).Code() }, null, cancellationToken);
                return;

            case EmailVerbs.Template when ask?.Payment is not null && TemplateOptions.Find(action.Data.Value<string>("template")) is { } option:
                // Inputs of the card come back beside the button's data: the choice set's "template", the "caseReference".
                var caseReference = action.Data.Value<string>("caseReference");
                await dc.StartAfreshAsync(EmailDialog.DialogId, JObject.FromObject(ask.With(option) with
                {
                    CaseReference = string.IsNullOrWhiteSpace(caseReference) ? ask.CaseReference : caseReference.Trim(),
                }), cancellationToken);
                return;

            case EmailVerbs.Rewrite when action.Data.Value<string>("draftId") is { } draftId:
                await dc.StartAfreshAsync(EmailRewriteDialog.DialogId, JObject.FromObject(new RewriteRequest(draftId, null)), cancellationToken);
                return;

            default:
                await EmailPresenter.SayAsync(dc, EmailTexts.ButtonIncomplete, cancellationToken);
                return;
        }
    }
}
