using System.Text.RegularExpressions;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;
using static OpsBot.Dialogs.Allocations.AllocationTexts;

namespace OpsBot.Dialogs.Allocations;

/// <summary>
/// "reverse allocation 12 because the account is wrong", "annuler l'affectation 12 : mauvais compte": shows what
/// allocation 12 is and asks for a reason if none was given, then a confirmation card whose button asks an approver
/// to take the credit back (every reversal is approved; see <see cref="AllocationCardActions"/>).
/// </summary>
public sealed partial class ReversalDialog(AccessGate gate, AllocationService service, AllocationCards cards)
    : WaterfallDialog(DialogId, Steps(gate, service, cards))
{
    public const string DialogId = "allocation.reversal";

    private static WaterfallStep[] Steps(AccessGate gate, AllocationService service, AllocationCards cards) =>
    [
        async (step, ct) =>
        {
            if (await gate.DemandAsync(step.Dialog, Permission.Allocate, ct) is not { } actor) return await step.EndAsync(null, ct);
            var text = step.Dialog.Understood?.Text ?? "";
            if (AllocationNumber().Match(text) is not { Success: true } number || !long.TryParse(number.Groups["id"].Value, out var id))
                return await StopAsync(step, NoAllocationNumber, ct);
            var ledger = service.ViewByAllocation(actor, id);
            var allocation = ledger?.Allocations.FirstOrDefault(a => a.Id == id);
            if (ledger is null || allocation is null) return await StopAsync(step, Of(AllocationCodes.AllocationNotFound, AllocateDialog.Args(("allocation", id))), ct);
            if (ledger.Payment.Status == Skills.Payments.PaymentStatus.Returned)
                return await StopAsync(step, Of(AllocationCodes.PaymentReturned, AllocateDialog.Args(("payment", ledger.Payment.BankReference))), ct);
            if (allocation.State != AllocationState.Applied)
                return await StopAsync(step, Of(AllocationCodes.WrongState, AllocateDialog.Args(
                    ("allocation", id), ("state", AllocationMessages.StateName(allocation.State)), ("wanted", new Term("reversed", "contrepassée")))), ct);
            step.Values["allocationId"] = id;
            if (TypedRequest.Reason(text, step.Language) is { } reason) return await step.NextAsync(reason, ct);
            return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = step.Dialog.Say(AskReversalReason(id)) }, ct);
        },
        async (step, ct) =>
        {
            var id = step.Values.Value<long>("allocationId");
            var reason = Skills.Cards.CardMask.MaskText(step.ResultAs<string>()?.Trim());
            if (string.IsNullOrEmpty(reason) || Actors.ActorOf(step.Dialog) is not { } actor || service.ViewByAllocation(actor, id) is not { } ledger)
                return await step.EndAsync(null, ct);
            var allocation = ledger.Allocations.First(a => a.Id == id);
            var card = cards.ConfirmReversal(ledger, allocation, reason, actor, step.Language);
            await step.Dialog.SendAsync(new AdaptiveCardActivity(card, ReversalTitle(id).In(step.Language)).Activity, ct);
            return await step.EndAsync(null, ct);
        },
    ];

    internal static async Task<DialogTurnResult> StopAsync(WaterfallStepContext step, Bilingual why, CancellationToken ct)
    {
        await step.SendAsync(why, ct);
        return await step.EndAsync(null, ct);
    }

    [GeneratedRegex(@"(?:allocation|affectation|imputation|#)\s*(?:no\.?\s*|n[o°º]\.?\s*|number\s+|num[ée]ro\s+|#\s*)?(?<id>\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllocationNumber();
}

/// <summary>
/// "return BR… to sender: not our customer", "retourner BR… à l'expéditeur : pas notre client": a payment that
/// belongs to no customer goes back to the remitter once an approver agrees. Shows the payment, asks for a reason if
/// none was given, and ends with a confirmation card.
/// </summary>
public sealed class ReturnDialog(AccessGate gate, AllocationService service, AllocationCards cards)
    : WaterfallDialog(DialogId, Steps(gate, service, cards))
{
    public const string DialogId = "allocation.return";

    private static WaterfallStep[] Steps(AccessGate gate, AllocationService service, AllocationCards cards) =>
    [
        async (step, ct) =>
        {
            if (await gate.DemandAsync(step.Dialog, Permission.Allocate, ct) is not { } actor) return await step.EndAsync(null, ct);
            var understood = step.Dialog.Understood;
            if (understood?.BankReferences.FirstOrDefault() is not { } reference) return await ReversalDialog.StopAsync(step, NoPaymentRead, ct);
            if (service.View(actor, reference) is not { } ledger)
                return await ReversalDialog.StopAsync(step, Of(AllocationCodes.PaymentNotFound, AllocateDialog.Args(("payment", reference))), ct);
            if (CannotReturn(ledger) is { } why) return await ReversalDialog.StopAsync(step, why, ct);
            step.Values["reference"] = ledger.Payment.BankReference;
            if (TypedRequest.Reason(understood.Text, step.Language) is { } reason) return await step.NextAsync(reason, ct);
            return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = step.Dialog.Say(AskReturnReason(reference)) }, ct);
        },
        async (step, ct) =>
        {
            var reason = Skills.Cards.CardMask.MaskText(step.ResultAs<string>()?.Trim());
            if (string.IsNullOrEmpty(reason) || Actors.ActorOf(step.Dialog) is not { } actor
                || service.View(actor, step.Values.Value<string>("reference")!) is not { } ledger)
                return await step.EndAsync(null, ct);
            var card = cards.ConfirmReturn(ledger, reason, step.Language);
            await step.Dialog.SendAsync(new AdaptiveCardActivity(card, ReturnTitle(ledger.Payment.BankReference).In(step.Language)).Activity, ct);
            return await step.EndAsync(null, ct);
        },
    ];

    /// <summary>Why the payment cannot go back whole, in the service's words; null when it can.</summary>
    private static Bilingual? CannotReturn(PaymentAllocations ledger)
    {
        var reference = ledger.Payment.BankReference;
        if (ledger.Payment.Status == Skills.Payments.PaymentStatus.Returned) return Of(AllocationCodes.PaymentReturned, AllocateDialog.Args(("payment", reference)));
        if (ledger.PendingReturn is not null) return Of(AllocationCodes.ReturnPending, AllocateDialog.Args(("payment", reference)));
        if (ledger.Applied + ledger.Reserved > 0)
            return Of(AllocationCodes.PaymentHasAllocations, AllocateDialog.Args(("payment", reference), ("allocated", ledger.Applied + ledger.Reserved)));
        return null;
    }
}
