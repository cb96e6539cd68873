using OpsBot.Skills.Access;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Allocations;

public sealed partial class AllocationService
{
    /// <summary>
    /// Credits what is left of the payment to one account. <paramref name="seenVersion"/> is the
    /// <see cref="PaymentAllocations.Version"/> the maker was shown; when given, a change made meanwhile refuses.
    /// </summary>
    public AllocationOutcome AllocateInFull(Actor maker, string actionId, long paymentId, string accountId,
        string? note = null, string? seenVersion = null) =>
        Allocate(maker, actionId, paymentId, ledger => [new AllocationLine(accountId, ledger.Available)], note, seenVersion, inFull: true);

    /// <summary>
    /// Credits the payment to several accounts (or one, with an amount). The lines together may not exceed what is
    /// left of the payment; whatever they leave stays unapplied.
    /// </summary>
    public AllocationOutcome Split(Actor maker, string actionId, long paymentId, IReadOnlyList<AllocationLine> lines,
        string? note = null, string? seenVersion = null) =>
        Allocate(maker, actionId, paymentId, _ => lines, note, seenVersion, inFull: false);

    private AllocationOutcome Allocate(Actor maker, string actionId, long paymentId,
        Func<PaymentAllocations, IReadOnlyList<AllocationLine>> linesFor, string? note, string? seenVersion, bool inFull) =>
        _journal.Run(maker, actionId, "allocate", PaymentSubject(paymentId), paymentId, () =>
        {
            Demand(maker, Permission.Allocate);
            var before = LoadOrRefuse(paymentId);
            var payment = before.Payment;
            var reference = payment.BankReference;

            if (seenVersion is not null && seenVersion != before.Version)
                throw Refusal(AllocationCodes.PaymentChanged, ("payment", reference), ("by", _journal.LastActorOn(paymentId) ?? "?"));
            RefuseIfReturned(before);
            if (before.PendingReturn is not null) throw Refusal(AllocationCodes.ReturnPending, ("payment", reference));
            if (!string.Equals(payment.Currency, "CAD", StringComparison.OrdinalIgnoreCase))
                throw Refusal(AllocationCodes.NotCad, ("payment", reference), ("currency", payment.Currency));
            if (before.Available <= 0)
                throw Refusal(AllocationCodes.NothingLeftToAllocate, ("payment", reference), ("by", _journal.LastActorOn(paymentId) ?? "auto"));

            var lines = linesFor(before);
            CheckLines(lines, reference);
            var accounts = lines.Select(l => AccountOrRefuse(l.AccountId)).ToList();
            var total = lines.Sum(l => l.Amount);
            if (total > before.Available)
                throw Refusal(AllocationCodes.AmountExceedsUnapplied, ("payment", reference), ("amount", total), ("available", before.Available));

            // A split is judged as a whole, so cutting a large credit into small lines does not dodge the approver.
            var reasons = new List<string>();
            if (total >= _settings.ApprovalThreshold) reasons.Add(ApprovalReasons.AtOrAboveThreshold);
            if (accounts.Any(a => a.IsCancelledOrClosed)) reasons.Add(ApprovalReasons.CancelledOrClosedAccount);
            var state = reasons.Count == 0 ? AllocationState.Applied : AllocationState.PendingApproval;

            var now = _time.GetUtcNow();
            var masked = Masked(note);
            var made = lines.Zip(accounts, (line, account) => new Allocation
            {
                PaymentId = paymentId,
                AccountId = account.Id,
                Amount = line.Amount,
                By = maker.Id,
                At = now,
                State = state,
                Note = masked,
                ActionId = actionId,
            }).ToList();
            made = made.Select(a => a with { Id = _store.Allocations.Insert(a).AsInt64 }).ToList();

            ApprovalRequest? request = null;
            if (state == AllocationState.Applied)
                Recompute(payment);
            else
            {
                request = new ApprovalRequest
                {
                    Kind = ApprovalKind.Allocation,
                    PaymentId = paymentId,
                    BankReference = reference,
                    AllocationIds = made.Select(a => a.Id).ToList(),
                    AccountIds = made.Select(a => a.AccountId).ToList(),
                    Amount = total,
                    Maker = maker.Id,
                    MakerName = maker.DisplayName,
                    At = now,
                    Note = masked,
                    Reasons = reasons,
                    ActionId = actionId,
                };
                request = request with { Id = Approvals.Insert(request).AsInt64 };
            }

            var after = LoadOrRefuse(paymentId);
            _audit.Append(AuditKinds.Allocation, maker.Id, PaymentSubject(paymentId),
                AuditJson.Of(before.Payment, before.Active), AuditJson.Of(after.Payment, after.Active, request),
                $"action {actionId}; {(inFull ? "in full" : $"{made.Count} line(s)")}; {state}; note: {masked ?? "-"}");

            return Outcome(actionId, state == AllocationState.Applied ? AllocationCodes.Applied : AllocationCodes.PendingApproval,
                after, total, made, maker.Id, maker.DisplayName) with { ApprovalId = request?.Id, ApprovalReasons = reasons };
        });

    private static void CheckLines(IReadOnlyList<AllocationLine> lines, string reference)
    {
        if (lines.Count == 0) throw Refusal(AllocationCodes.NoLines, ("payment", reference));
        foreach (var line in lines)
        {
            if (line.Amount <= 0)
                throw Refusal(AllocationCodes.AmountNotPositive, ("account", line.AccountId), ("amount", line.Amount));
            if (decimal.Round(line.Amount, 2) != line.Amount)
                throw Refusal(AllocationCodes.AmountNotInCents, ("account", line.AccountId),
                    ("amountText", line.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var twice = lines.GroupBy(l => l.AccountId.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw Refusal(AllocationCodes.SameAccountTwice, ("account", twice.Key));
    }
}
