using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;
using OpsBot.Skills.Access;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using static OpsBot.Dialogs.Allocations.AllocationTexts;

namespace OpsBot.Dialogs.Allocations;

/// <summary>
/// "allocate BR… to A0001234", "applique BR… au compte A0001234", "allocate BR… 100 to A0000001 and 50.25 to
/// A0000002", or the Allocate button of a lookup or research card: asks for what is missing (the payment, the
/// accounts, a note), checks what it can before showing anything, and ends with a confirmation card whose
/// Action.Execute button does the allocation (see <see cref="AllocationCardActions"/>). Nothing moves before that.
/// </summary>
public sealed class AllocateDialog(AccessGate gate, AllocationService service, AccountDirectory accounts, AllocationCards cards)
    : WaterfallDialog(DialogId, Steps(gate, service, accounts, cards))
{
    public const string DialogId = "allocation.allocate";

    private static WaterfallStep[] Steps(AccessGate gate, AllocationService service, AccountDirectory accounts, AllocationCards cards) =>
    [
        // What was asked: from the button's data, or from the message.
        async (step, ct) =>
        {
            if (await gate.DemandAsync(step.Dialog, Permission.Allocate, ct) is null) return await step.EndAsync(null, ct);
            var values = step.Values;
            if (step.Options is JObject options)
            {
                if (options.Value<long?>("paymentId") is { } paymentId) values["paymentId"] = paymentId;
                if (options.Value<string>("accountId") is { Length: > 0 } accountId)
                    values["lines"] = Save([new AskedLine(accountId.Trim().ToUpperInvariant(), null)]);
            }
            else if (step.Dialog.Understood is { } understood)
            {
                if (understood.BankReferences.FirstOrDefault() is { } reference) values["reference"] = reference;
                var lines = TypedRequest.Lines(understood.Text, out var unclear);
                if (unclear is not null) return await StopAsync(step, UnclearAmount(unclear), ct);
                values["lines"] = Save(lines);
                if (TypedRequest.Reason(understood.Text, step.Language) is { } note) values["note"] = note;
            }
            if (values["paymentId"] is null && values["reference"] is null)
                return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = step.Dialog.Say(WhichPayment) }, ct);
            return await step.NextAsync(null, ct);
        },
        // The payment: is anything left to allocate?
        async (step, ct) =>
        {
            var values = step.Values;
            if (step.Result is JValue && values["paymentId"] is null)
            {
                if (step.Dialog.Understood?.BankReferences.FirstOrDefault() is not { } reference) return await StopAsync(step, NoPaymentRead, ct);
                values["reference"] = reference;
                // "BR… to A0001234" answers both questions.
                if (Lines(values).Count == 0)
                {
                    var lines = TypedRequest.Lines(step.Dialog.Understood.Text, out var unclear);
                    if (unclear is not null) return await StopAsync(step, UnclearAmount(unclear), ct);
                    values["lines"] = Save(lines);
                }
            }
            if (Actors.ActorOf(step.Dialog) is not { } actor) return await step.EndAsync(null, ct);
            var ledger = Load(service, actor, values);
            if (ledger is null)
                return await StopAsync(step, Of(AllocationCodes.PaymentNotFound, Args(("payment", values.Value<string>("reference") ?? values.Value<string>("paymentId")))), ct);
            if (CannotAllocate(ledger) is { } why) return await StopAsync(step, why, ct);
            values["paymentId"] = ledger.Payment.Id;
            values["reference"] = ledger.Payment.BankReference;
            if (Lines(values).Count == 0)
                return await step.PromptAsync(PromptIds.Text, new PromptOptions
                {
                    Prompt = step.Dialog.Say(WhichAccount(ledger.Payment.BankReference, ledger.Available)),
                }, ct);
            return await step.NextAsync(null, ct);
        },
        // The accounts and amounts: checked against the accounts and what is left.
        async (step, ct) =>
        {
            var values = step.Values;
            if (step.Result is JValue { Type: JTokenType.String } answer)
            {
                var typed = TypedRequest.Lines(answer.Value<string>()!, out var unclear);
                if (unclear is not null) return await StopAsync(step, UnclearAmount(unclear), ct);
                values["lines"] = Save(typed);
            }
            var lines = Lines(values);
            if (lines.Count == 0) return await StopAsync(step, NoAccountRead, ct);
            if (lines.Count > 1 && lines.Any(l => l.Amount is null)) return await StopAsync(step, SplitNeedsAmounts, ct);
            if (Actors.ActorOf(step.Dialog) is not { } actor || Load(service, actor, values) is not { } ledger) return await step.EndAsync(null, ct);
            if (Problem(ledger, lines, accounts) is { } problem) return await StopAsync(step, problem, ct);
            if (values["note"] is not null) return await step.NextAsync(null, ct);
            return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = step.Dialog.Say(AskNote) }, ct);
        },
        // The confirmation card, on the payment as it is now.
        async (step, ct) =>
        {
            var values = step.Values;
            var note = values.Value<string>("note") ?? NoteFrom(step.ResultAs<string>());
            if (Actors.ActorOf(step.Dialog) is not { } actor || Load(service, actor, values) is not { } ledger) return await step.EndAsync(null, ct);
            var asked = Lines(values);
            // Checked again: a colleague may have acted while the note was being typed.
            if ((CannotAllocate(ledger) ?? Problem(ledger, asked, accounts)) is { } problem) return await StopAsync(step, problem, ct);
            var inFull = asked.Count == 1 && asked[0].Amount is null;
            var lines = inFull ? [new AllocationLine(asked[0].AccountId, ledger.Available)] : TypedRequest.ToLines(asked);
            var holders = lines.Select(l => accounts.FindById(l.AccountId)).OfType<CardAccount>().ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
            var masked = Skills.Cards.CardMask.MaskText(note);
            var card = cards.ConfirmAllocation(ledger, lines, inFull, holders, masked, step.Language);
            await step.Dialog.SendAsync(new AdaptiveCardActivity(card, AllocateTitle(ledger.Payment.BankReference).In(step.Language)).Activity, ct);
            return await step.EndAsync(null, ct);
        },
    ];

    private static async Task<DialogTurnResult> StopAsync(WaterfallStepContext step, Bilingual why, CancellationToken ct)
    {
        await step.SendAsync(why, ct);
        return await step.EndAsync(null, ct);
    }

    private static PaymentAllocations? Load(AllocationService service, Actor actor, JObject values) =>
        values.Value<long?>("paymentId") is { } id ? service.View(actor, id)
        : values.Value<string>("reference") is { } reference ? service.View(actor, reference)
        : null;

    /// <summary>Why nothing can be allocated from this payment now, in the service's words; null when something can.</summary>
    public static Bilingual? CannotAllocate(PaymentAllocations ledger)
    {
        var payment = ledger.Payment;
        var reference = payment.BankReference;
        if (payment.Status == Skills.Payments.PaymentStatus.Returned) return Of(AllocationCodes.PaymentReturned, Args(("payment", reference)));
        if (ledger.PendingReturn is not null) return Of(AllocationCodes.ReturnPending, Args(("payment", reference)));
        if (!string.Equals(payment.Currency, "CAD", StringComparison.OrdinalIgnoreCase))
            return Of(AllocationCodes.NotCad, Args(("payment", reference), ("currency", payment.Currency)));
        if (ledger.Available <= 0) return NothingLeft(reference, ledger.Reserved > 0);
        return null;
    }

    /// <summary>What the service would refuse in these lines, said before a card is shown; null when they hold.</summary>
    private static Bilingual? Problem(PaymentAllocations ledger, IReadOnlyList<AskedLine> lines, AccountDirectory accounts)
    {
        var reference = ledger.Payment.BankReference;
        if (lines.GroupBy(l => l.AccountId, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return Of(AllocationCodes.SameAccountTwice, Args(("account", twice.Key)));
        if (lines.FirstOrDefault(l => l.Amount is <= 0) is { } zero)
            return Of(AllocationCodes.AmountNotPositive, Args(("account", zero.AccountId), ("amount", zero.Amount)));
        if (lines.FirstOrDefault(l => accounts.FindById(l.AccountId) is null) is { } unknown)
            return Of(AllocationCodes.AccountNotFound, Args(("account", unknown.AccountId)));
        var total = lines.Sum(l => l.Amount ?? ledger.Available);
        if (total > ledger.Available)
            return Of(AllocationCodes.AmountExceedsUnapplied, Args(("payment", reference), ("amount", total), ("available", ledger.Available)));
        return null;
    }

    // Amounts are kept as invariant text: the conversation's state is JSON, and a JSON number reads back as a double.
    private static JArray Save(IEnumerable<AskedLine> lines) =>
        new(lines.Select(l => new JObject
        {
            ["accountId"] = l.AccountId,
            ["amount"] = l.Amount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        }));

    private static IReadOnlyList<AskedLine> Lines(JObject values) =>
        (values["lines"] as JArray ?? []).OfType<JObject>()
            .Select(l => new AskedLine(l.Value<string>("accountId")!,
                l.Value<string>("amount") is { } amount ? decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) : null))
            .ToList();

    internal static IReadOnlyDictionary<string, object?> Args(params (string Name, object? Value)[] args) =>
        args.ToDictionary(a => a.Name, a => a.Value);
}
