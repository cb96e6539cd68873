using System.Text;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;
using static OpsBot.Dialogs.Allocations.AllocationTexts;

namespace OpsBot.Dialogs.Allocations;

/// <summary>
/// "approvals" / "à approuver": what waits for an approver, oldest first, one card per request so that each is
/// replaced by its own decision. Approvers only.
/// </summary>
public sealed class ApprovalsDialog(AccessGate gate, AllocationService service, AllocationCards cards) : Dialog(DialogId)
{
    public const string DialogId = "allocation.approvals";
    public const int MaxCards = 10;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.Approve, cancellationToken) is { } approver)
        {
            var pending = service.PendingApprovals(approver);
            if (pending.Count == 0)
                await dc.SendAsync(NothingToApprove, cancellationToken);
            else
            {
                var header = dc.Say(Waiting(pending.Count));
                if (pending.Count > MaxCards) header += " " + dc.Say(OldestShown(MaxCards));
                await dc.SendAsync(header, cancellationToken);
                foreach (var request in pending.Take(MaxCards))
                    await dc.SendAsync(new AdaptiveCardActivity(cards.Approval(request, approver, dc.Language),
                        $"{ApprovalTitle(request.Kind).In(dc.Language)} · {request.BankReference}").Activity, cancellationToken);
            }
        }
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}

/// <summary>
/// "my requests" / "mes demandes": the maker's requests still waiting for an approver, and the decisions they have
/// not been told of yet (when the bot could not reach them in their personal chat).
/// </summary>
public sealed class MyRequestsDialog(AccessGate gate, AllocationService service, MakerNotices notices) : Dialog(DialogId)
{
    public const string DialogId = "allocation.mine";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        if (await gate.DemandAsync(dc, Permission.Read, cancellationToken) is { } maker)
        {
            var pending = service.PendingMadeBy(maker);
            var unread = await notices.UnreadAsync(maker.Id, cancellationToken);
            if (pending.Count == 0 && unread.Count == 0)
                await dc.SendAsync(NoRequests, cancellationToken);
            else
            {
                var text = new StringBuilder();
                if (unread.Count > 0)
                {
                    text.Append(dc.Say(DecidedSinceLastTime)).Append("\n\n");
                    foreach (var notice in unread) text.Append("- ").Append(new Bilingual(notice.En, notice.Fr).In(dc.Language)).Append('\n');
                    text.Append('\n');
                }
                if (pending.Count > 0)
                {
                    text.Append(dc.Say(YourPending)).Append("\n\n");
                    foreach (var request in pending) text.Append("- ").Append(AllocationMessages.Describe(request, dc.Language)).Append('\n');
                }
                await dc.SendAsync(text.ToString().TrimEnd(), cancellationToken);
                await notices.MarkToldAsync(maker.Id, unread, cancellationToken);
            }
        }
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}

/// <summary>
/// Asks an approver for the reason of a rejection in the chat: for a client that cannot fill in the card's reason box
/// (the console chat), whose Reject button then comes without one.
/// </summary>
public sealed class RejectReasonDialog(AllocationDecisions decisions) : WaterfallDialog(DialogId, Steps(decisions))
{
    public const string DialogId = "allocation.reject-reason";

    private static WaterfallStep[] Steps(AllocationDecisions decisions) =>
    [
        async (step, ct) =>
        {
            var options = (JObject)step.Options!;
            return await step.PromptAsync(PromptIds.Text, new PromptOptions
            {
                Prompt = step.Dialog.Say(AskRejectReason(options.Value<string>("bankReference") ?? "?", options.Value<decimal>("amount"))),
            }, ct);
        },
        async (step, ct) =>
        {
            var options = (JObject)step.Options!;
            await decisions.RejectAsync(step.Dialog, options.Value<string>(AllocationCards.ActionIdKey) ?? "", options.Value<long>("approvalId"),
                step.ResultAs<string>(), replaceCard: false, ct);
            return await step.EndAsync(null, ct);
        },
    ];
}
