using System.Globalization;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;
using OpsBot.Skills.Access;
using OpsBot.Skills.Reconciliation;
using OpsBot.Skills.Time;
using static OpsBot.Dialogs.Reconciliation.ReconcileTexts;

namespace OpsBot.Dialogs.Reconciliation;

/// <summary>
/// "reconcile today", "reconcile yesterday", "rapprochement", "rapprochement du 30 novembre": the day's card.
/// Anyone with a role may read it; the Sign off button is there for leaders and approvers.
/// </summary>
public sealed class ReconcileDialog(AccessGate gate, Reconciler reconciler, DaySignOffs signOffs, ReconciliationCard cards, OpsClock clock)
    : Dialog(DialogId)
{
    public const string DialogId = "reconcile";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.Read, cancellationToken) is { } reader)
        {
            var dates = dc.Understood?.Dates;
            var day = dates?.From ?? clock.Today;
            if (dates is not null && dates.From != dates.To)
                await dc.SendAsync(OneDayAtATime, cancellationToken);
            else if (day > clock.Today)
                await dc.SendAsync(NotYet(day), cancellationToken);
            else
            {
                var card = cards.Build(reconciler.ForDay(day), signOffs.Find(day), gate.Policy.CanSignOff(reader), dc.Language);
                await dc.SendAsync(new AdaptiveCardActivity(card, Title(day).In(dc.Language)).Activity, cancellationToken);
            }
        }
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}

/// <summary>
/// Signing a day off from Teams. The signature is given once per day (pressing again, or a colleague signing the same
/// day, shows the first one); a day that does not balance is signed only with an explanation.
/// </summary>
public sealed class DaySigning(AccessGate gate, Reconciler reconciler, DaySignOffs signOffs, ReconciliationCard cards)
{
    /// <summary>Signs and shows the day's card as signed (replacing the card pressed, when there is one).</summary>
    public async Task SignAsync(DialogContext dc, DateOnly day, string? explanation, bool replaceCard, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.SignOff, cancellationToken) is not { } signer) return;
        JObject card;
        try
        {
            var outcome = signOffs.SignOff(signer, day, explanation);
            card = cards.Build(reconciler.ForDay(day), outcome.SignOff, canSignOff: true, dc.Language, message: outcome.MessageIn(dc.Language));
        }
        catch (SignOffException refused)
        {
            card = cards.Build(reconciler.ForDay(day), signOffs.Find(day), canSignOff: true, dc.Language, problem: refused.MessageIn(dc.Language));
        }
        if (replaceCard) dc.ReplacementCard = card;
        else await dc.SendAsync(new AdaptiveCardActivity(card, Title(day).In(dc.Language)).Activity, cancellationToken);
    }

    /// <summary>True when signing <paramref name="day"/> now would need an explanation.</summary>
    public bool NeedsExplanation(DateOnly day) => signOffs.Find(day) is null && !reconciler.ForDay(day).Balanced;

    public decimal DifferenceOn(DateOnly day) => reconciler.ForDay(day).Difference;

    public Task<Skills.Access.Actor?> DemandAsync(DialogContext dc, CancellationToken cancellationToken) =>
        gate.DemandAsync(dc, Permission.SignOff, cancellationToken);
}

/// <summary>
/// The Sign off button. The explanation an unbalanced day needs comes in the card's box; a client whose card has no
/// box to type in (the explanation is not in the data at all) is asked in the chat instead.
/// </summary>
public sealed class SignOffActions(DaySigning signing) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [ReconciliationCard.SignOffVerb];

    private static readonly Bilingual NoDay = new("That button does not say which day to sign off.", "Ce bouton n'indique pas quelle journée signer.");

    public async Task HandleAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        if (await signing.DemandAsync(dc, cancellationToken) is null) return;
        if (!DateOnly.TryParseExact(action.Data.Value<string>("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (action.IsExecute) dc.InvokeMessage = dc.Say(NoDay);
            else await dc.SendAsync(NoDay, cancellationToken);
            return;
        }
        if (action.Data[ReconciliationCard.ExplanationInput] is null && signing.NeedsExplanation(day))
        {
            await dc.StartAfreshAsync(SignOffExplanationDialog.DialogId, new JObject { ["date"] = action.Data["date"] }, cancellationToken);
            if (action.IsExecute) dc.InvokeMessage = dc.Say(AskExplanation(day, signing.DifferenceOn(day)));
            return;
        }
        await signing.SignAsync(dc, day, action.Data.Value<string>(ReconciliationCard.ExplanationInput), action.IsExecute, cancellationToken);
    }
}

/// <summary>Asks in the chat why an unbalanced day is signed off anyway, then signs it.</summary>
public sealed class SignOffExplanationDialog(DaySigning signing) : WaterfallDialog(DialogId, Steps(signing))
{
    public const string DialogId = "reconcile.explain";

    private static DateOnly DayOf(WaterfallStepContext step) =>
        DateOnly.ParseExact(((JObject)step.Options!).Value<string>("date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static WaterfallStep[] Steps(DaySigning signing) =>
    [
        async (step, ct) => await step.PromptAsync(PromptIds.Text, new PromptOptions
        {
            Prompt = step.Dialog.Say(AskExplanation(DayOf(step), signing.DifferenceOn(DayOf(step)))),
        }, ct),
        async (step, ct) =>
        {
            await signing.SignAsync(step.Dialog, DayOf(step), step.ResultAs<string>(), replaceCard: false, ct);
            return await step.EndAsync(null, ct);
        },
    ];
}
