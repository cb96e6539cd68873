using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Emails;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Lookup;

namespace OpsBot.Dialogs.Emails;

/// <summary>
/// "email BR2611300000017 fr", "courriel pour BR2611300000017 en anglais", or a card's email button: asks for what is
/// missing (the payment; the template when the payment does not say; a case reference for query-ack; a credit balance
/// for an overpayment the statement does not show), then drafts and shows the card.
/// </summary>
public sealed class EmailDialog(EmailPresenter presenter, PaymentLookup lookup) : Dialog(DialogId)
{
    public const string DialogId = "email.draft";

    private const string AskKey = "ask";
    private const string NoteKey = "note";
    private const string AwaitingKey = "awaiting";
    private const string ChoicesKey = "choices";

    private enum Awaiting { Payment, Template, Case, CreditBalance }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        if (!await presenter.AllowedAsync(dc, cancellationToken)) return await dc.EndDialogAsync(null, cancellationToken);
        var ask = options is JObject given ? given.ToObject<EmailAsk>()! : EmailAskReader.Read(dc.Understood);
        return await ProceedAsync(dc, ask, null, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, JToken? result, CancellationToken cancellationToken)
    {
        var state = dc.ActiveState;
        var ask = state[AskKey]!.ToObject<EmailAsk>()!;
        var note = state[NoteKey]?.Type == JTokenType.Object ? state[NoteKey]!.ToObject<Bilingual>() : null;
        switch (Enum.Parse<Awaiting>(state.Value<string>(AwaitingKey)!))
        {
            case Awaiting.Payment:
                // The answer was read like any message: "BR2611300000017 fr" gives the payment and the language.
                var answer = EmailAskReader.Read(dc.Understood);
                ask = ask.Fill(answer) with { Payment = answer.Payment ?? result?.ToObject<string>()?.Trim() };
                break;
            case Awaiting.Template:
                var values = state[ChoicesKey]!.ToObject<List<string>>()!;
                var index = result?.Value<int>("Index") ?? -1;
                if (index >= 0 && index < values.Count && TemplateOptions.Find(values[index]) is { } option) ask = ask.With(option);
                break;
            case Awaiting.Case:
                ask = ask with { CaseReference = result?.ToObject<string>()?.Trim() };
                break;
            case Awaiting.CreditBalance:
                ask = ask with { CreditBalance = result?.ToObject<decimal?>() };
                break;
        }
        return await ProceedAsync(dc, ask, note, cancellationToken);
    }

    private async Task<DialogTurnResult> ProceedAsync(DialogContext dc, EmailAsk ask, Bilingual? note, CancellationToken cancellationToken)
    {
        var state = dc.ActiveState;
        state[NoteKey] = note is null ? JValue.CreateNull() : JObject.FromObject(note);

        if (string.IsNullOrWhiteSpace(ask.Payment))
            return await AskAsync(dc, ask, Awaiting.Payment, PromptIds.Text, new PromptOptions { Prompt = dc.Say(EmailTexts.WhichPayment) }, cancellationToken);

        EmailFacts facts;
        try
        {
            facts = presenter.Gather(ask);
        }
        catch (EmailDraftException e)
        {
            await EmailPresenter.SayAsync(dc, EmailPresenter.Reason(e), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (ask.Template is null)
        {
            if (DefaultTemplate.For(facts, lookup.Detail(facts.Payment.Id)?.Allocations ?? []) is { } suggestion)
            {
                ask = ask.With(suggestion.Option);
                note = suggestion.Reason;
                return await ProceedAsync(dc, ask, note, cancellationToken);
            }
            var available = TemplateOptions.Available(facts);
            if (available.Count == 0)
            {
                await EmailPresenter.SayAsync(dc, EmailTexts.NoTemplateFits(facts.Payment.BankReference), cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            }
            state[ChoicesKey] = new JArray(available.Select(o => o.Value));
            return await AskAsync(dc, ask, Awaiting.Template, PromptIds.Choice, new PromptOptions
            {
                Prompt = dc.Say(EmailTexts.WhichTemplate(facts.Payment.BankReference)),
                Choices = available.Select(o => o.Label.In(dc.Language)).ToList(),
            }, cancellationToken);
        }

        if (ask.Template == TemplateOptions.WrongReference && ask.Outcome is null)
            ask = ask with { Outcome = facts.IsApplied ? TemplateOptions.Applied : TemplateOptions.NotIdentified };

        if (ask.Template == TemplateOptions.QueryAck && string.IsNullOrWhiteSpace(ask.CaseReference))
            return await AskAsync(dc, ask, Awaiting.Case, PromptIds.Text, new PromptOptions { Prompt = dc.Say(EmailTexts.WhichCase) }, cancellationToken);

        if (ask.Template == TemplateOptions.Overpayment && facts.Account is { } account && facts.CreditBalance is null)
        {
            var currency = facts.Payment.Currency;
            return await AskAsync(dc, ask, Awaiting.CreditBalance, PromptIds.Amount, new PromptOptions
            {
                Prompt = dc.Say(EmailTexts.WhichCreditBalance(
                    CanadianFormat.Money(facts.Payment.Amount, "en", currency), CanadianFormat.Money(account.StatementBalance, "en", currency),
                    CanadianFormat.Money(facts.Payment.Amount, "fr", currency), CanadianFormat.Money(account.StatementBalance, "fr", currency))),
            }, cancellationToken);
        }

        await presenter.DraftAsync(dc, ask, note, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAsync(DialogContext dc, EmailAsk ask, Awaiting awaiting, string promptId, PromptOptions prompt, CancellationToken cancellationToken)
    {
        dc.ActiveState[AskKey] = JObject.FromObject(ask);
        dc.ActiveState[AwaitingKey] = awaiting.ToString();
        return dc.PromptAsync(promptId, prompt, cancellationToken);
    }
}
