namespace OpsBot.Skills.Allocations;

/// <summary>
/// Every outcome and refusal of the allocation workflow, as a code the dialogs word in English or French through
/// <see cref="AllocationMessages"/>. Codes are stable: dialogs and tests may switch on them.
/// </summary>
public static class AllocationCodes
{
    // Refusals (AllocationException.Code).
    public const string NotAllowed = "not-allowed";
    public const string ActionIdRequired = "action-id-required";
    public const string ActionIdReused = "action-id-reused";
    public const string PaymentNotFound = "payment-not-found";
    public const string AccountNotFound = "account-not-found";
    public const string AllocationNotFound = "allocation-not-found";
    public const string ApprovalNotFound = "approval-not-found";
    public const string NoLines = "no-lines";
    public const string SameAccountTwice = "same-account-twice";
    public const string AmountNotPositive = "amount-not-positive";
    public const string AmountNotInCents = "amount-not-in-cents";
    public const string AmountExceedsUnapplied = "amount-exceeds-unapplied";
    public const string NothingLeftToAllocate = "nothing-left-to-allocate";
    public const string PaymentChanged = "payment-changed";
    public const string PaymentReturned = "payment-returned";
    public const string ReturnPending = "return-pending";
    public const string NotCad = "not-cad";
    public const string PaymentHasAllocations = "payment-has-allocations";
    public const string ReasonRequired = "reason-required";
    public const string MakerCannotApprove = "maker-cannot-approve";
    public const string AlreadyDecided = "already-decided";
    public const string WrongState = "wrong-state";

    // Outcomes (AllocationOutcome.Code).
    public const string Applied = "applied";
    public const string PendingApproval = "pending-approval";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string ReversalPending = "reversal-pending";
    public const string Reversed = "reversed";
    public const string ReversalRejected = "reversal-rejected";
    public const string ReturnRequested = "return-requested";
    public const string Returned = "returned";
    public const string ReturnRejected = "return-rejected";

    /// <summary>Said to someone whose action had already been carried out (the same action id, pressed again).</summary>
    public const string AlreadyDone = "already-done";
}
