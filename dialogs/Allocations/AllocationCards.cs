using System.Globalization;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Access;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Time;
using static OpsBot.Dialogs.Allocations.AllocationTexts;
using static OpsBot.Dialogs.Cards.CardElements;

namespace OpsBot.Dialogs.Allocations;

/// <summary>
/// The allocation feature's Adaptive Cards (1.5). A card that acts carries Action.Execute buttons whose data holds a
/// fresh action id (so the service applies it once) and, for an allocation, the payment's version as shown (so a
/// change made meanwhile refuses it). Once acted on, a card is replaced by its final state, which has no button.
/// Only masked text reaches a card: references and notes are masked by the services, and no card number is shown.
/// </summary>
public sealed class AllocationCards(OpsClock clock, AllocationSettings settings)
{
    /// <summary>The key under which a button's data carries its action id.</summary>
    public const string ActionIdKey = "actionId";
    public const string ReasonInput = "reason";

    public static string NewActionId() => Guid.NewGuid().ToString("N");

    // ----- allocate -----

    /// <summary>"Allocate payment BR…?" with the lines, what needs an approver, the note, Confirm and Cancel.</summary>
    public JObject ConfirmAllocation(PaymentAllocations ledger, IReadOnlyList<AllocationLine> lines, bool inFull,
        IReadOnlyDictionary<string, CardAccount> accounts, string? note, string language)
    {
        var payment = ledger.Payment;
        var total = lines.Sum(l => l.Amount);
        var card = new AdaptiveCard()
            .Add(Text(AllocateTitle(payment.BankReference).In(language), weight: "Bolder", size: "Medium"))
            .Add(Facts(PaymentFacts(ledger, language)))
            .Add(Text(CreditLabel.In(language), weight: "Bolder"))
            .Add(Facts(lines.Select(l => (AccountName(l.AccountId, accounts), Money(l.Amount, language)))));
        if (total >= settings.ApprovalThreshold)
            card.Add(Text(ThresholdWarning(settings.ApprovalThreshold).In(language), color: "Warning"));
        if (lines.Any(l => accounts.TryGetValue(l.AccountId, out var a) && a.IsCancelledOrClosed))
            card.Add(Text(ClosedAccountWarning.In(language), color: "Warning"));
        card.Add(Facts([(NoteLabel.In(language), note ?? NoNoteGiven.In(language))]));

        var data = new JObject
        {
            [ActionIdKey] = NewActionId(),
            ["paymentId"] = payment.Id,
            ["bankReference"] = payment.BankReference,
            ["seenVersion"] = ledger.Version,
            ["inFull"] = inFull,
            ["lines"] = new JArray(lines.Select(l => new JObject
            {
                ["accountId"] = l.AccountId,
                ["amount"] = l.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            })),
        };
        if (note is not null) data["note"] = note;
        card.AddAction(Button(Confirm.In(language), AllocationVerbs.Confirm, data, "positive"));
        card.AddAction(Button(Cancel.In(language), AllocationVerbs.Cancel, new JObject { ["title"] = AllocateTitle(payment.BankReference).In(language) }));
        return card.ToJson();
    }

    /// <summary>The lines a confirmation card carries, as the service takes them.</summary>
    public static IReadOnlyList<AllocationLine> LinesOf(JObject data) =>
        (data["lines"] as JArray ?? []).OfType<JObject>()
            .Select(l => new AllocationLine(
                l.Value<string>("accountId") ?? "",
                decimal.Parse(l.Value<string>("amount") ?? "0", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)))
            .ToList();

    // ----- outcomes -----

    /// <summary>The final state of a card that was acted on: what happened, in the user's words, and no button.</summary>
    public JObject Outcome(AllocationOutcome outcome, string? note, string language, Bilingual? more = null)
    {
        var card = new AdaptiveCard()
            .Add(Text($"{OutcomeTitle(outcome.Code).In(language)} · {outcome.BankReference}", weight: "Bolder", size: "Medium",
                color: outcome.Code is AllocationCodes.Rejected or AllocationCodes.ReversalRejected or AllocationCodes.ReturnRejected ? "Attention" : "Good"))
            .Add(Text(outcome.MessageIn(language)));
        if (outcome.Allocations.Count > 0)
            card.Add(Facts(outcome.Allocations.Select(a => ($"{AllocationLabel.In(language)} {a.Id} · {a.AccountId}", Money(a.Amount, language)))));
        if (note is not null) card.Add(Facts([(NoteLabel.In(language), note)]));
        if (more is not null) card.Add(Text(more.In(language), subtle: true));
        return card.ToJson();
    }

    /// <summary>The final state of a card whose action was refused or cancelled: why, and no button.</summary>
    public static JObject Closed(string title, string message, string language, bool refused = true) => new AdaptiveCard()
        .Add(Text($"{title} · {(refused ? NothingDone.In(language) : Cancelled.In(language))}", weight: "Bolder", size: "Medium",
            color: refused ? "Attention" : null))
        .Add(Text(message))
        .ToJson();

    // ----- reversal and return -----

    public JObject ConfirmReversal(PaymentAllocations ledger, Allocation allocation, string reason, Actor viewer, string language)
    {
        var title = ReversalTitle(allocation.Id).In(language);
        var card = new AdaptiveCard()
            .Add(Text(title, weight: "Bolder", size: "Medium"))
            .Add(Facts(
            [
                (PaymentLabel.In(language), $"{ledger.Payment.BankReference} · {Money(ledger.Payment.Amount, language)}"),
                (AccountLabel.In(language), allocation.AccountId),
                (AmountLabel.In(language), Money(allocation.Amount, language)),
                (MadeByLabel.In(language), MadeBy(allocation, viewer).In(language)),
                (ReasonLabel.In(language), reason),
            ]))
            .Add(Text(ReversalNote.In(language), subtle: true));
        card.AddAction(Button(Confirm.In(language), AllocationVerbs.ConfirmReversal, new JObject
        {
            [ActionIdKey] = NewActionId(), ["allocationId"] = allocation.Id, ["bankReference"] = ledger.Payment.BankReference, ["reason"] = reason,
        }, "positive"));
        card.AddAction(Button(Cancel.In(language), AllocationVerbs.Cancel, new JObject { ["title"] = title }));
        return card.ToJson();
    }

    public JObject ConfirmReturn(PaymentAllocations ledger, string reason, string language)
    {
        var title = ReturnTitle(ledger.Payment.BankReference).In(language);
        var card = new AdaptiveCard()
            .Add(Text(title, weight: "Bolder", size: "Medium"))
            .Add(Facts([.. PaymentFacts(ledger, language), (ReasonLabel.In(language), reason)]))
            .Add(Text(ReturnNote.In(language), subtle: true));
        card.AddAction(Button(Confirm.In(language), AllocationVerbs.ConfirmReturn, new JObject
        {
            [ActionIdKey] = NewActionId(), ["paymentId"] = ledger.Payment.Id, ["bankReference"] = ledger.Payment.BankReference, ["reason"] = reason,
        }, "positive"));
        card.AddAction(Button(Cancel.In(language), AllocationVerbs.Cancel, new JObject { ["title"] = title }));
        return card.ToJson();
    }

    // ----- approvals -----

    /// <summary>
    /// One request for an approver: what, by whom, why, with a reason box and Approve / Reject, each with its own action
    /// id. The maker's own request is shown without buttons (the service would refuse them anyway).
    /// </summary>
    public JObject Approval(ApprovalRequest request, Actor viewer, string language, string? problem = null)
    {
        var card = new AdaptiveCard()
            .Add(Text($"{ApprovalTitle(request.Kind).In(language)} · {request.BankReference}", weight: "Bolder", size: "Medium"))
            .Add(Facts(
            [
                (AmountLabel.In(language), Money(request.Amount, language)),
                .. request.AccountIds.Count > 0 ? [(AccountsLabel.In(language), string.Join(", ", request.AccountIds))] : Array.Empty<(string, string)>(),
                (MadeByLabel.In(language), request.MakerName),
                (WhenLabel.In(language), When(request.At, language)),
                (WhyApprovalLabel.In(language), AllocationMessages.Whys(request.Reasons).In(language)),
                (request.Kind == ApprovalKind.Allocation ? NoteLabel.In(language) : ReasonLabel.In(language), request.Note ?? NoNoteGiven.In(language)),
            ]));
        if (problem is not null) card.Add(Text(problem, color: "Attention", weight: "Bolder"));

        if (request.Maker == viewer.Id)
        {
            card.Add(Text(YourOwnRequest.In(language), subtle: true));
            return card.ToJson();
        }
        card.Add(new JObject
        {
            ["type"] = "Input.Text",
            ["id"] = ReasonInput,
            ["label"] = RejectReasonPlaceholder.In(language),
            ["placeholder"] = RejectReasonPlaceholder.In(language),
            ["isRequired"] = true,
            ["errorMessage"] = RejectReasonPlaceholder.In(language),
            ["isMultiline"] = true,
            ["maxLength"] = 500,
        });
        var approve = Button(Approve.In(language), AllocationVerbs.Approve,
            new JObject { [ActionIdKey] = NewActionId(), ["approvalId"] = request.Id, ["bankReference"] = request.BankReference }, "positive");
        // Approving needs no reason: the box is not sent, nor checked, with this button.
        approve["associatedInputs"] = "none";
        card.AddAction(approve);
        card.AddAction(Button(Reject.In(language), AllocationVerbs.Reject,
            new JObject { [ActionIdKey] = NewActionId(), ["approvalId"] = request.Id, ["bankReference"] = request.BankReference }, "destructive"));
        return card.ToJson();
    }

    // ----- pieces -----

    /// <summary>Allocations keep only the maker's id: name the two cases a reader can place, show the id otherwise.</summary>
    private static Bilingual MadeBy(Allocation allocation, Actor viewer) =>
        allocation.By == Allocation.Auto ? StraightThrough
        : Roles.NormalizeId(allocation.By) == viewer.Id ? new Bilingual("you", "vous")
        : new Bilingual(allocation.By, allocation.By);

    private static List<(string, string)> PaymentFacts(PaymentAllocations ledger, string language)
    {
        var p = ledger.Payment;
        return
        [
            (PaymentLabel.In(language), $"{p.BankReference} · {CanadianFormat.Money(p.Amount, language, p.Currency)}"),
            (ReceivedLabel.In(language), CanadianFormat.Date(p.ReceivedOn, language)),
            (PayerLabel.In(language), p.PayerName ?? UnknownPayer.In(language)),
            (LeftLabel.In(language), CanadianFormat.Money(ledger.Available, language, p.Currency)),
        ];
    }

    /// <summary>"A0000001 · Marie Tremblay": the holder's name helps catch a wrong account id; never the card number.</summary>
    private static string AccountName(string accountId, IReadOnlyDictionary<string, CardAccount> accounts) =>
        accounts.TryGetValue(accountId, out var account) && CardMask.MaskText(account.HolderName) is { Length: > 0 } name
            ? $"{accountId} · {name}"
            : accountId;

    private static string Money(decimal amount, string language) => CanadianFormat.Money(amount, language);

    private string When(DateTimeOffset at, string language)
    {
        var local = TimeZoneInfo.ConvertTime(at, clock.Zone);
        var time = local.ToString(CanadianFormat.IsFrench(language) ? "H'\u00A0h\u00A0'mm" : "h:mm tt", CultureInfo.InvariantCulture);
        return $"{CanadianFormat.Date(DateOnly.FromDateTime(local.DateTime), language)}, {time}";
    }

    private static JObject Button(string title, string verb, JObject data, string? style = null)
    {
        var button = Execute(title, verb, data);
        if (style is not null) button["style"] = style;
        return button;
    }
}
