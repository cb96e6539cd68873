using OpsBot.Skills.Access;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Allocations;

/// <summary>
/// Moves money from payments to card accounts under maker-checker: allocate (in full or split), approve or reject,
/// reverse, return to the remitter. Every method is one call for a dialog, checks the actor's rights itself, runs
/// as one transaction with its audit event, applies at most once per action id, and refuses with an
/// <see cref="AllocationException"/> whose code the dialog words in English or French.
/// </summary>
public sealed partial class AllocationService
{
    public const string ApprovalsCollection = "approvals";

    private readonly OpsStore _store;
    private readonly AccessPolicy _access;
    private readonly AllocationSettings _settings;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;
    private readonly AllocationJournal _journal;

    public AllocationService(OpsStore store, AccessPolicy access, AllocationSettings settings, TimeProvider time)
    {
        _store = store;
        _access = access;
        _settings = settings;
        _time = time;
        _audit = new AuditLog(store, time);
        _journal = new AllocationJournal(store, time);
        Approvals = store.Collection<ApprovalRequest>(ApprovalsCollection);
        Approvals.EnsureIndex(r => r.State);
        Approvals.EnsureIndex(r => r.PaymentId);
    }

    internal LiteDB.ILiteCollection<ApprovalRequest> Approvals { get; }

    public AllocationSettings Settings => _settings;

    /// <summary>The payment with its allocations, for a card; null when there is no such payment.</summary>
    public PaymentAllocations? View(Actor reader, long paymentId)
    {
        Demand(reader, Permission.Read);
        return Find(paymentId);
    }

    public PaymentAllocations? View(Actor reader, string bankReference)
    {
        Demand(reader, Permission.Read);
        var payment = _store.Payments.FindOne(p => p.BankReference == bankReference.Trim());
        return payment is null ? null : Load(payment);
    }

    private PaymentAllocations? Find(long paymentId)
    {
        var payment = _store.Payments.FindById(paymentId);
        return payment is null ? null : Load(payment);
    }

    private PaymentAllocations Load(Payment payment) => new(
        payment,
        _store.Allocations.Find(a => a.PaymentId == payment.Id).OrderBy(a => a.Id).ToList(),
        Approvals.FindOne(r => r.PaymentId == payment.Id && r.Kind == ApprovalKind.Return && r.State == ApprovalState.Pending));

    private PaymentAllocations LoadOrRefuse(long paymentId) =>
        Find(paymentId) ?? throw Refusal(AllocationCodes.PaymentNotFound, ("payment", paymentId));

    private void Demand(Actor actor, Permission permission)
    {
        if (!_access.Can(actor, permission))
            throw Refusal(AllocationCodes.NotAllowed,
                ("action", AllocationMessages.Action(permission)),
                ("roles", AllocationMessages.RoleNames(AccessPolicy.RolesFor(permission))));
    }

    private static string RequireReason(string? reason, ILocalized action)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw Refusal(AllocationCodes.ReasonRequired, ("action", action));
        return Masked(reason)!;
    }

    /// <summary>Notes and reasons are typed by people, who paste card numbers: keep only the last four.</summary>
    private static string? Masked(string? text) => string.IsNullOrWhiteSpace(text) ? null : CardMask.MaskText(text.Trim());

    private static AllocationException Refusal(string code, params (string Name, object? Value)[] args) =>
        new(code, args.ToDictionary(a => a.Name, a => a.Value));

    private static void RefuseIfReturned(PaymentAllocations ledger)
    {
        if (ledger.Payment.Status == PaymentStatus.Returned)
            throw Refusal(AllocationCodes.PaymentReturned, ("payment", ledger.Payment.BankReference));
    }

    private static string PaymentSubject(long id) => $"payment:{id}";

    private AllocationOutcome Outcome(string actionId, string code, PaymentAllocations after, decimal amount,
        IReadOnlyList<Allocation> allocations, string maker, string makerName) => new()
    {
        ActionId = actionId,
        Code = code,
        PaymentId = after.Payment.Id,
        BankReference = after.Payment.BankReference,
        Amount = amount,
        Allocations = allocations,
        AccountIds = allocations.Select(a => a.AccountId).Distinct().ToList(),
        Maker = maker,
        MakerName = makerName,
        PaymentStatus = after.Payment.Status,
        PaymentUnapplied = after.Available,
        PaymentVersion = after.Version,
    };

    /// <summary>The payment's status re-derived from its credited allocations, through the one rule that says it.</summary>
    private Payment Recompute(Payment payment, string? reasonWhenUnapplied = null)
    {
        var credited = _store.Allocations.Find(a => a.PaymentId == payment.Id).Where(a => a.IsCredited()).Sum(a => a.Amount);
        var updated = payment.WithAllocated(credited, reasonWhenUnapplied);
        _store.Payments.Update(updated);
        return updated;
    }

    private CardAccount AccountOrRefuse(string accountId) =>
        _store.Accounts.FindById(accountId.Trim()) ?? throw Refusal(AllocationCodes.AccountNotFound, ("account", accountId));
}
