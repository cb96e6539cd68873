using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Ingest;

/// <summary>
/// A second opinion at ingest on a payment the straight-through rule is about to queue: where the research
/// feature can auto-apply repairs it is confident in (a single mistyped digit with exactly one account it could
/// be, say). Called inside the ingest transaction, so it may read the store; it must not write. The default is
/// <see cref="NoAutoApply"/>: everything the rule queues stays queued.
/// </summary>
public interface IAutoApplyPolicy
{
    /// <summary>The account to credit the whole payment to, or null to leave it queued.</summary>
    AutoApplyProposal? Consider(QueuedCredit candidate);
}

/// <param name="Payment">The payment as stored (masked reference, with its id).</param>
/// <param name="RawReference">The remitter's reference unmasked, in memory only: never log or store it.</param>
/// <param name="Reason">Why the rule queued it (see <see cref="UnappliedReasons"/>).</param>
public sealed record QueuedCredit(Payment Payment, string? RawReference, string Reason)
{
    public override string ToString() => $"payment {Payment.Id} ({Payment.BankReference}): {Reason}";
}

/// <param name="AccountId">The account to credit in full.</param>
/// <param name="Why">What made the policy sure, for the allocation's note and the audit trail (no card numbers).</param>
public sealed record AutoApplyProposal(string AccountId, string Why);

/// <summary>The default: no payment is applied beyond what the straight-through rule applies.</summary>
public sealed class NoAutoApply : IAutoApplyPolicy
{
    public static readonly NoAutoApply Instance = new();

    public AutoApplyProposal? Consider(QueuedCredit candidate) => null;
}
