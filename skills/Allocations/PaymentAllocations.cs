using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Allocations;

/// <summary>
/// A payment with everything allocated from it: what is credited, what waits for an approver, what is left.
/// This is what a card shows before an analyst acts; its <see cref="Version"/> goes back with the action so that
/// a change made meanwhile by someone else refuses the action instead of acting on a stale picture.
/// </summary>
public sealed record PaymentAllocations(Payment Payment, IReadOnlyList<Allocation> Allocations, ApprovalRequest? PendingReturn)
{
    /// <summary>Money credited to accounts: applied allocations, including those whose reversal awaits approval.</summary>
    public decimal Applied => Allocations.Where(a => a.IsCredited()).Sum(a => a.Amount);

    /// <summary>Money set aside for allocations that wait for an approver: not credited, not available either.</summary>
    public decimal Reserved => Allocations.Where(a => a.State == AllocationState.PendingApproval).Sum(a => a.Amount);

    /// <summary>What can still be allocated.</summary>
    public decimal Available =>
        Payment.Status == PaymentStatus.Returned || PendingReturn is not null ? 0m : Payment.Amount - Applied - Reserved;

    public IEnumerable<Allocation> Active => Allocations.Where(a => a.IsCredited() || a.State == AllocationState.PendingApproval);

    /// <summary>
    /// A short fingerprint of the payment's allocation state. Opaque: compare, never parse.
    /// </summary>
    public string Version
    {
        get
        {
            var text = new StringBuilder()
                .Append(Payment.Status).Append('|')
                .Append(Payment.AllocatedAmount.ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(PendingReturn?.Id.ToString(CultureInfo.InvariantCulture) ?? "-");
            foreach (var a in Allocations.OrderBy(a => a.Id))
                text.Append('|').Append(a.Id.ToString(CultureInfo.InvariantCulture)).Append(':').Append(a.State);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        }
    }
}

public static class AllocationCredit
{
    /// <summary>True while the money is on the account: applied, or applied with a reversal not yet approved.</summary>
    public static bool IsCredited(this Allocation allocation) =>
        allocation.State is AllocationState.Applied or AllocationState.PendingReversal;
}
