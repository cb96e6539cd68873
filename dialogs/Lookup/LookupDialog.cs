using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Lookup;

namespace OpsBot.Dialogs.Lookup;

/// <summary>
/// "find BR2611300000017", "payments from Tremblay yesterday", "paiements de 250 $ reçus hier": searches at once when
/// the message says what to look for, asks otherwise.
/// </summary>
public sealed class LookupDialog(LookupPresenter presenter) : WaterfallDialog(DialogId, Steps(presenter))
{
    public const string DialogId = "lookup";

    private static readonly Bilingual WhatToFind = new(
        "What should I look for? A bank reference (BR…), a payer's name, an amount, a date, or the last four digits of a card.",
        $"Que dois-je chercher{Texts.Nbsp}? Une référence bancaire (BR…), le nom d'un payeur, un montant, une date ou les quatre derniers chiffres d'une carte.");

    private static readonly Bilingual StillNothing = new(
        "I still don't see what to look for, so I stopped. Type “help” for examples.",
        $"Je ne vois toujours pas quoi chercher, alors j'ai arrêté. Tapez {Texts.QuoteFr("aide")} pour des exemples.");

    private static WaterfallStep[] Steps(LookupPresenter presenter) =>
    [
        async (step, ct) =>
        {
            var query = step.Dialog.Understood is { } u ? presenter.QueryFor(u) : new PaymentQuery();
            if (!query.IsEmpty) return await step.NextAsync(JObject.FromObject(query), ct);
            return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = step.Dialog.Say(WhatToFind) }, ct);
        },
        async (step, ct) =>
        {
            // The answer to the prompt was read by the router like any message: its criteria are in Understood.
            var query = step.Result is JObject asked ? asked.ToObject<PaymentQuery>()!
                : step.Dialog.Understood is { } u ? presenter.QueryFor(u) : new PaymentQuery();
            if (query.IsEmpty)
            {
                await step.SendAsync(StillNothing, ct);
                return await step.EndAsync(null, ct);
            }
            await presenter.ShowAsync(step.Dialog, query, 0, ct);
            return await step.EndAsync(null, ct);
        },
    ];
}

/// <summary>"more" / "plus": the next page of the last search.</summary>
public sealed class LookupMoreDialog(LookupPresenter presenter) : Dialog(DialogId)
{
    public const string DialogId = "lookup.more";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        await presenter.ShowMoreAsync(dc, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}

/// <summary>The lookup's own buttons: a payment's details, and the next page.</summary>
public sealed class LookupCardActions(LookupPresenter presenter) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [PaymentVerbs.Detail, PaymentVerbs.More];

    public async Task HandleAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        switch (action.Verb)
        {
            case PaymentVerbs.Detail when action.PaymentId is { } id:
                await presenter.ShowDetailAsync(dc, id, cancellationToken);
                break;
            case PaymentVerbs.More when action.Data["query"] is JObject query:
                await presenter.ShowAsync(dc, query.ToObject<PaymentQuery>()!, action.Data.Value<int?>("skip") ?? 0, cancellationToken);
                break;
            default:
                await dc.SendAsync(new Bilingual("That button is missing what it needs; please search again.",
                    $"Il manque des données à ce bouton{Texts.Nbsp}; veuillez refaire la recherche."), cancellationToken);
                break;
        }
    }
}
