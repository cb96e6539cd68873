using OpsBot.Skills.Access;
using OpsBot.Skills.Audit;

namespace OpsBot.Skills.Allocations;

public sealed partial class AllocationService
{
    /// <summary>
    /// Asks to take back an applied allocation (an analyst's or a straight-through "auto" credit). Every reversal
    /// needs an approver; the credit stands until one approves, then the money is unapplied again.
    /// </summary>
    public AllocationOutcome RequestReversal(Actor maker, string actionId, long allocationId, string reason)
    {
        var paymentId = _store.Allocations.FindById(allocationId)?.PaymentId ?? 0;
        return _journal.Run(maker, actionId, "reverse", $"allocation:{allocationId}", paymentId, () =>
        {
            Demand(maker, Permission.Allocate);
            var why = RequireReason(reason, new Term("reverse an allocation", "contrepasser une imputation"));
            var allocation = _store.Allocations.FindById(allocationId)
                ?? throw Refusal(AllocationCodes.AllocationNotFound, ("allocation", allocationId));
            var before = LoadOrRefuse(allocation.PaymentId);
            RefuseIfReturned(before);

            var pending = allocation.RequestReversal();
            _store.Allocations.Update(pending);
            var request = new ApprovalRequest
            {
                Kind = ApprovalKind.Reversal,
                PaymentId = allocation.PaymentId,
                BankReference = before.Payment.BankReference,
                AllocationIds = [allocation.Id],
                AccountIds = [allocation.AccountId],
                Amount = allocation.Amount,
                Maker = maker.Id,
                MakerName = maker.DisplayName,
                At = _time.GetUtcNow(),
                Note = why,
                Reasons = [ApprovalReasons.Reversal],
                ActionId = actionId,
            };
            request = request with { Id = Approvals.Insert(request).AsInt64 };

            var after = LoadOrRefuse(allocation.PaymentId);
            _audit.Append(AuditKinds.Reversal, maker.Id, PaymentSubject(allocation.PaymentId),
                AuditJson.Of(before.Payment, [allocation]), AuditJson.Of(after.Payment, [pending], request),
                $"action {actionId}; reversal of allocation {allocation.Id} (by {allocation.By}) requested; reason: {why}");

            return Outcome(actionId, AllocationCodes.ReversalPending, after, allocation.Amount, [pending], maker.Id, maker.DisplayName) with
            {
                ApprovalId = request.Id,
                ApprovalReasons = request.Reasons,
                Reason = why,
            };
        });
    }
}
