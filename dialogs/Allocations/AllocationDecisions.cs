using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;
using static OpsBot.Dialogs.Allocations.AllocationTexts;

namespace OpsBot.Dialogs.Allocations;

/// <summary>
/// What the allocation cards' buttons do. Each runs one service call with the button's action id (so a second press,
/// or a colleague pressing the same card, applies nothing more and is told who did it), then answers with the card's
/// final state, which has no button: in an Action.Execute invoke it replaces the card pressed; otherwise it is sent.
/// Only quick work happens here (one transaction); telling the maker is left to <see cref="MakerNotices"/>.
/// </summary>
public sealed class AllocationDecisions(AccessGate gate, AllocationService service, AllocationCards cards, MakerNotices notices)
{
    public async Task ConfirmAllocationAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.Allocate, cancellationToken) is not { } maker) return;
        var data = action.Data;
        var reference = data.Value<string>("bankReference") ?? "";
        var note = data.Value<string>("note");
        var title = AllocateTitle(reference).In(dc.Language);
        try
        {
            var lines = AllocationCards.LinesOf(data);
            var actionId = data.Value<string>(AllocationCards.ActionIdKey) ?? "";
            var paymentId = data.Value<long>("paymentId");
            var seen = data.Value<string>("seenVersion");
            var outcome = data.Value<bool>("inFull") && lines.Count == 1
                ? service.AllocateInFull(maker, actionId, paymentId, lines[0].AccountId, note, seen)
                : service.Split(maker, actionId, paymentId, lines, note, seen);
            var more = outcome.Code == AllocationCodes.PendingApproval && !outcome.Repeated ? ListedForApprovers : null;
            await ShowAsync(dc, action.IsExecute, cards.Outcome(outcome, note, dc.Language, more), title, cancellationToken);
        }
        catch (AllocationException refused)
        {
            await ShowAsync(dc, action.IsExecute, AllocationCards.Closed(title, refused.MessageIn(dc.Language), dc.Language), title, cancellationToken);
        }
    }

    public async Task ConfirmReversalAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.Allocate, cancellationToken) is not { } maker) return;
        var data = action.Data;
        var allocationId = data.Value<long>("allocationId");
        var title = ReversalTitle(allocationId).In(dc.Language);
        await DecideAsync(dc, action.IsExecute, title,
            () => service.RequestReversal(maker, data.Value<string>(AllocationCards.ActionIdKey) ?? "", allocationId, data.Value<string>("reason") ?? ""),
            ListedForApprovers, cancellationToken);
    }

    public async Task ConfirmReturnAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.Allocate, cancellationToken) is not { } maker) return;
        var data = action.Data;
        var title = ReturnTitle(data.Value<string>("bankReference") ?? "").In(dc.Language);
        await DecideAsync(dc, action.IsExecute, title,
            () => service.RequestReturn(maker, data.Value<string>(AllocationCards.ActionIdKey) ?? "", data.Value<long>("paymentId"), data.Value<string>("reason") ?? ""),
            ListedForApprovers, cancellationToken);
    }

    public async Task ApproveAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.Approve, cancellationToken) is not { } approver) return;
        var approvalId = action.Data.Value<long>("approvalId");
        await DecideAsync(dc, action.IsExecute, Title(approver, approvalId, dc.Language),
            () => service.Approve(approver, action.Data.Value<string>(AllocationCards.ActionIdKey) ?? "", approvalId),
            null, cancellationToken, approver, approvalId);
    }

    /// <summary>
    /// A rejection needs a reason. From the card, it comes in the reason box: if the box is empty the card is shown again
    /// saying so; a client that has no box (the reason is not in the data at all) is asked in the chat instead.
    /// </summary>
    public async Task RejectFromCardAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.Approve, cancellationToken) is not { } approver) return;
        var data = action.Data;
        var approvalId = data.Value<long>("approvalId");
        var actionId = data.Value<string>(AllocationCards.ActionIdKey) ?? "";
        if (data[AllocationCards.ReasonInput] is null && service.Approval(approver, approvalId) is { State: ApprovalState.Pending } request)
        {
            await dc.StartAfreshAsync(RejectReasonDialog.DialogId, new JObject
            {
                [AllocationCards.ActionIdKey] = actionId,
                ["approvalId"] = approvalId,
                ["bankReference"] = request.BankReference,
                ["amount"] = request.Amount,
            }, cancellationToken);
            if (action.IsExecute) dc.InvokeMessage = dc.Say(AskRejectReason(request.BankReference, request.Amount));
            return;
        }
        await RejectAsync(dc, actionId, approvalId, data.Value<string>(AllocationCards.ReasonInput), action.IsExecute, cancellationToken);
    }

    public async Task RejectAsync(DialogContext dc, string actionId, long approvalId, string? reason, bool replaceCard, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.Approve, cancellationToken) is not { } approver) return;
        var title = Title(approver, approvalId, dc.Language);
        if (string.IsNullOrWhiteSpace(reason) && replaceCard && service.Approval(approver, approvalId) is { State: ApprovalState.Pending } request)
        {
            // The same card again, with fresh buttons and the reason it was not acted on.
            var why = new AllocationException(AllocationCodes.ReasonRequired,
                AllocateDialog.Args(("action", new Term("reject a request", "refuser une demande")))).MessageIn(dc.Language);
            dc.ReplacementCard = cards.Approval(request, approver, dc.Language, why);
            return;
        }
        await DecideAsync(dc, replaceCard, title, () => service.Reject(approver, actionId, approvalId, reason ?? ""), null, cancellationToken, approver, approvalId);
    }

    public static async Task CancelAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        var title = action.Data.Value<string>("title") ?? "";
        await ShowAsync(dc, action.IsExecute, AllocationCards.Closed(title, dc.Say(Cancelled), dc.Language, refused: false), title, cancellationToken);
    }

    private async Task DecideAsync(DialogContext dc, bool replaceCard, string title, Func<AllocationOutcome> decide, Bilingual? whenPending,
        CancellationToken cancellationToken, Actor? approver = null, long? approvalId = null)
    {
        try
        {
            var outcome = decide();
            await notices.RecordAsync(outcome, cancellationToken);
            var more = whenPending is not null && !outcome.Repeated ? whenPending : null;
            await ShowAsync(dc, replaceCard, cards.Outcome(outcome, null, dc.Language, more), title, cancellationToken);
        }
        catch (AllocationException refused) when (refused.Code == AllocationCodes.MakerCannotApprove
            && approver is not null && approvalId is { } id && service.Approval(approver, id) is { } request)
        {
            // Their own request: shown again without buttons, with why.
            await ShowAsync(dc, replaceCard, cards.Approval(request, approver, dc.Language, refused.MessageIn(dc.Language)), title, cancellationToken);
        }
        catch (AllocationException refused)
        {
            await ShowAsync(dc, replaceCard, AllocationCards.Closed(title, refused.MessageIn(dc.Language), dc.Language), title, cancellationToken);
        }
    }

    private string Title(Actor reader, long approvalId, string language) =>
        service.Approval(reader, approvalId) is { } request
            ? $"{ApprovalTitle(request.Kind).In(language)} · {request.BankReference}"
            : ApprovalTitle(ApprovalKind.Allocation).In(language);

    private static async Task ShowAsync(DialogContext dc, bool replaceCard, JObject card, string summary, CancellationToken cancellationToken)
    {
        if (replaceCard) dc.ReplacementCard = card;
        else await dc.SendAsync(new AdaptiveCardActivity(card, summary).Activity, cancellationToken);
    }
}

/// <summary>The allocation feature's buttons, by verb; the lookup's and research's "payment.allocate" starts an allocation.</summary>
public sealed class AllocationCardActions(AllocationDecisions decisions) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } =
    [
        PaymentVerbs.Allocate, AllocationVerbs.Confirm, AllocationVerbs.ConfirmReversal, AllocationVerbs.ConfirmReturn,
        AllocationVerbs.Cancel, AllocationVerbs.Approve, AllocationVerbs.Reject,
    ];

    public async Task HandleAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        switch (action.Verb)
        {
            case PaymentVerbs.Allocate:
                var options = new JObject();
                if (action.PaymentId is { } paymentId) options["paymentId"] = paymentId;
                if (action.Data.Value<string>("accountId") is { Length: > 0 } accountId) options["accountId"] = accountId;
                await dc.StartAfreshAsync(AllocateDialog.DialogId, options, cancellationToken);
                if (action.IsExecute && dc.InvokeMessage is null) dc.InvokeMessage = dc.Say(AllocatingBelow);
                break;
            case AllocationVerbs.Confirm:
                await decisions.ConfirmAllocationAsync(dc, action, cancellationToken);
                break;
            case AllocationVerbs.ConfirmReversal:
                await decisions.ConfirmReversalAsync(dc, action, cancellationToken);
                break;
            case AllocationVerbs.ConfirmReturn:
                await decisions.ConfirmReturnAsync(dc, action, cancellationToken);
                break;
            case AllocationVerbs.Cancel:
                await AllocationDecisions.CancelAsync(dc, action, cancellationToken);
                break;
            case AllocationVerbs.Approve:
                await decisions.ApproveAsync(dc, action, cancellationToken);
                break;
            case AllocationVerbs.Reject:
                await decisions.RejectFromCardAsync(dc, action, cancellationToken);
                break;
        }
    }
}
