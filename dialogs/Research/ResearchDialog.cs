using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;

namespace OpsBot.Dialogs.Research;

/// <summary>
/// "research BR2611300000017", "qui a payé BR2611300000017 ?": shows the research card at once when the message names
/// the payment, asks for its bank reference otherwise.
/// </summary>
public sealed class ResearchDialog(ResearchPresenter presenter) : WaterfallDialog(DialogId, Steps(presenter))
{
    public const string DialogId = "research";

    private static WaterfallStep[] Steps(ResearchPresenter presenter) =>
    [
        async (step, ct) =>
        {
            if (await presenter.RightsAsync(step.Dialog, ct) is null) return await step.EndAsync(null, ct);
            if (step.Dialog.Understood?.BankReferences.FirstOrDefault() is not null) return await step.NextAsync(null, ct);
            return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = step.Dialog.Say(ResearchTexts.WhichPayment) }, ct);
        },
        async (step, ct) =>
        {
            // Said at once, or the answer to the prompt, read by the router like any message: either way this turn's
            // bank reference is in Understood.
            var reference = step.Dialog.Understood?.BankReferences.FirstOrDefault();
            if (string.IsNullOrWhiteSpace(reference))
            {
                await step.SendAsync(ResearchTexts.StillNoPayment, ct);
                return await step.EndAsync(null, ct);
            }
            // Rights were checked at the first step; checked again because a prompt's answer is another turn.
            if (await presenter.RightsAsync(step.Dialog, ct) is not { } rights) return await step.EndAsync(null, ct);
            if (presenter.ByBankReference(reference) is not { } payment)
            {
                await step.SendAsync(ResearchTexts.NoSuchPayment(reference), ct);
                return await step.EndAsync(null, ct);
            }
            await presenter.ShowAsync(step.Dialog, payment.Id, ResearchVerbs.FirstShown, rights, ct);
            return await step.EndAsync(null, ct);
        },
    ];
}

/// <summary>
/// The research buttons: <c>payment.research</c> on a payment card, and the research card's "Show more" and
/// "None of these". Allocate and Email on the research card belong to their own features.
/// </summary>
public sealed class ResearchCardActions(ResearchPresenter presenter) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [PaymentVerbs.Research, ResearchVerbs.More, ResearchVerbs.None];

    public async Task HandleAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        // A button is a new request: whatever the conversation was waiting for is dropped.
        dc.CancelAll();
        if (action.PaymentId is not { } paymentId)
        {
            await ResearchPresenter.SayAsync(dc, ResearchTexts.ButtonIncomplete, cancellationToken);
            return;
        }
        if (await presenter.RightsAsync(dc, cancellationToken) is not { } rights) return;
        switch (action.Verb)
        {
            case ResearchVerbs.None:
                await presenter.NoneOfTheseAsync(dc, paymentId, rights, cancellationToken);
                break;
            case ResearchVerbs.More:
                await presenter.ShowAsync(dc, paymentId, action.Data.Value<int?>("top") ?? ResearchVerbs.FirstShown + ResearchVerbs.MoreStep, rights, cancellationToken);
                break;
            default:
                await presenter.ShowAsync(dc, paymentId, ResearchVerbs.FirstShown, rights, cancellationToken);
                break;
        }
    }
}
