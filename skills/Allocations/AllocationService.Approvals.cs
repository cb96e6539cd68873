using OpsBot.Skills.Access;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Allocations;

public sealed partial class AllocationService
{
    /// <summary>Everything waiting for an approver, oldest first (an approver's own requests included: they
    /// are shown, but only someone else may decide them).</summary>
    public IReadOnlyList<ApprovalRequest> PendingApprovals(Actor approver)
    {
        Demand(approver, Permission.Approve);
        return Approvals.Find(r => r.State == ApprovalState.Pending).OrderBy(r => r.At).ThenBy(r => r.Id).ToList();
    }

    /// <summary>The maker's own requests still waiting, for "where is my allocation?".</summary>
    public IReadOnlyList<ApprovalRequest> PendingMadeBy(Actor maker)
    {
        Demand(maker, Permission.Read);
        return Approvals.Find(r => r.State == ApprovalState.Pending && r.Maker == maker.Id).OrderBy(r => r.At).ToList();
    }

    public ApprovalRequest? Approval(Actor reader, long approvalId)
    {
        Demand(reader, Permission.Read);
        return Approvals.FindById(approvalId);
    }

    /// <summary>
    /// Approves a request: the allocation is credited, the reversal takes the money back, or the payment is marked
    /// returned. The outcome names the maker, to be told.
    /// </summary>
    public AllocationOutcome Approve(Actor approver, string actionId, long approvalId) =>
        Decide(approver, actionId, approvalId, approve: true, reason: null);

    /// <summary>Rejects a request, with the reason the maker will read. Nothing is credited or taken back.</summary>
    public AllocationOutcome Reject(Actor approver, string actionId, long approvalId, string reason) =>
        Decide(approver, actionId, approvalId, approve: false, reason);

    private AllocationOutcome Decide(Actor approver, string actionId, long approvalId, bool approve, string? reason)
    {
        var paymentId = Approvals.FindById(approvalId)?.PaymentId ?? 0;
        return _journal.Run(approver, actionId, approve ? "approve" : "reject", $"approval:{approvalId}", paymentId, () =>
        {
            Demand(approver, Permission.Approve);
            var maskedReason = approve ? null : RequireReason(reason, new Term("reject a request", "refuser une demande"));
            var request = Approvals.FindById(approvalId) ?? throw Refusal(AllocationCodes.ApprovalNotFound, ("approval", approvalId));
            if (request.State != ApprovalState.Pending)
                throw Refusal(AllocationCodes.AlreadyDecided,
                    ("state", AllocationMessages.DecisionName(request.State)), ("by", request.DecidedByName ?? request.DecidedBy));
            if (request.Maker == approver.Id) throw Refusal(AllocationCodes.MakerCannotApprove);

            var before = LoadOrRefuse(request.PaymentId);
            RefuseIfReturned(before);
            var now = _time.GetUtcNow();
            var touched = before.Allocations.Where(a => request.AllocationIds.Contains(a.Id)).ToList();
            if (touched.Count != request.AllocationIds.Count)
                throw new InvalidOperationException($"Approval {approvalId} names allocations that are not on payment {before.Payment.BankReference}.");

            (string code, IReadOnlyList<Allocation> changed) = (request.Kind, approve) switch
            {
                (ApprovalKind.Allocation, true) => (AllocationCodes.Approved, Save(touched.Select(a => a.Approve(approver.Id, now)))),
                (ApprovalKind.Allocation, false) => (AllocationCodes.Rejected, Save(touched.Select(a => a.Reject(approver.Id, now, maskedReason!)))),
                (ApprovalKind.Reversal, true) => (AllocationCodes.Reversed, Save(touched.Select(a => a.CompleteReversal()))),
                (ApprovalKind.Reversal, false) => (AllocationCodes.ReversalRejected, Save(touched.Select(a => a.KeepAfterRefusedReversal()))),
                (ApprovalKind.Return, true) => (AllocationCodes.Returned, MarkReturned(before)),
                (ApprovalKind.Return, false) => (AllocationCodes.ReturnRejected, (IReadOnlyList<Allocation>)[]),
                _ => throw new InvalidOperationException($"Approval {approvalId}: unknown kind {request.Kind}."),
            };
            if (request.Kind != ApprovalKind.Return)
                Recompute(before.Payment, request.Kind == ApprovalKind.Reversal ? UnappliedReasons.ReversedAllocation : null);

            var decided = request with
            {
                State = approve ? ApprovalState.Approved : ApprovalState.Rejected,
                DecidedBy = approver.Id,
                DecidedByName = approver.DisplayName,
                DecidedAt = now,
                DecisionReason = maskedReason,
            };
            Approvals.Update(decided);

            var after = LoadOrRefuse(request.PaymentId);
            _audit.Append(approve ? AuditKinds.Approval : AuditKinds.Rejection, approver.Id, PaymentSubject(request.PaymentId),
                AuditJson.Of(before.Payment, touched, request), AuditJson.Of(after.Payment, changed, decided),
                $"action {actionId}; {request.Kind} request {approvalId} by {request.Maker}{(maskedReason is null ? "" : "; reason: " + maskedReason)}");

            return Outcome(actionId, code, after, request.Amount, changed, request.Maker, request.MakerName) with
            {
                AccountIds = request.AccountIds,
                ApprovalId = request.Id,
                ApprovalReasons = request.Reasons,
                DecidedBy = approver.Id,
                DecidedByName = approver.DisplayName,
                Reason = maskedReason,
            };
        });
    }

    private IReadOnlyList<Allocation> Save(IEnumerable<Allocation> allocations)
    {
        var list = allocations.ToList();
        foreach (var a in list) _store.Allocations.Update(a);
        return list;
    }
}
