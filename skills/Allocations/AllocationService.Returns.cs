using OpsBot.Skills.Access;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Allocations;

public sealed partial class AllocationService
{
    /// <summary>
    /// Asks to send a payment that belongs to no customer back to the remitter. Only a payment with nothing credited
    /// or waiting can go back whole; an approver must agree, and then it counts as returned in the reconciliation.
    /// </summary>
    public AllocationOutcome RequestReturn(Actor maker, string actionId, long paymentId, string reason) =>
        _journal.Run(maker, actionId, "return", PaymentSubject(paymentId), paymentId, () =>
        {
            Demand(maker, Permission.Allocate);
            var why = RequireReason(reason, new Term("return a payment", "retourner un paiement"));
            var before = LoadOrRefuse(paymentId);
            var reference = before.Payment.BankReference;
            RefuseIfReturned(before);
            if (before.PendingReturn is not null) throw Refusal(AllocationCodes.ReturnPending, ("payment", reference));
            if (before.Applied + before.Reserved > 0)
                throw Refusal(AllocationCodes.PaymentHasAllocations, ("payment", reference), ("allocated", before.Applied + before.Reserved));

            var request = new ApprovalRequest
            {
                Kind = ApprovalKind.Return,
                PaymentId = paymentId,
                BankReference = reference,
                Amount = before.Payment.Amount,
                Maker = maker.Id,
                MakerName = maker.DisplayName,
                At = _time.GetUtcNow(),
                Note = why,
                Reasons = [ApprovalReasons.Return],
                ActionId = actionId,
            };
            request = request with { Id = Approvals.Insert(request).AsInt64 };

            var after = LoadOrRefuse(paymentId);
            _audit.Append(AuditKinds.Return, maker.Id, PaymentSubject(paymentId),
                AuditJson.Of(before.Payment, []), AuditJson.Of(after.Payment, [], request),
                $"action {actionId}; return to the remitter requested; reason: {why}");

            return Outcome(actionId, AllocationCodes.ReturnRequested, after, before.Payment.Amount, [], maker.Id, maker.DisplayName) with
            {
                ApprovalId = request.Id,
                ApprovalReasons = request.Reasons,
                Reason = why,
            };
        });

    /// <summary>
    /// Marks the payment returned. The status rule is asked first, with nothing allocated, so that a payment with
    /// credits on it (or already returned) is refused by the same rule that derives every other status.
    /// </summary>
    private IReadOnlyList<Allocation> MarkReturned(PaymentAllocations ledger)
    {
        if (ledger.Applied + ledger.Reserved > 0)
            throw Refusal(AllocationCodes.PaymentHasAllocations,
                ("payment", ledger.Payment.BankReference), ("allocated", ledger.Applied + ledger.Reserved));
        var returned = ledger.Payment.WithAllocated(0m) with { Status = PaymentStatus.Returned };
        _store.Payments.Update(returned);
        return [];
    }
}
