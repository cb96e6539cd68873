using OpsBot.Skills.Access;

namespace OpsBot.Skills.Allocations;

public sealed partial class AllocationService
{
    /// <summary>
    /// The payment an allocation was made from, with all its allocations: what a card shows before someone asks to
    /// reverse allocation <paramref name="allocationId"/>. Null when there is no such allocation.
    /// </summary>
    public PaymentAllocations? ViewByAllocation(Actor reader, long allocationId)
    {
        Demand(reader, Permission.Read);
        var allocation = _store.Allocations.FindById(allocationId);
        return allocation is null ? null : Find(allocation.PaymentId);
    }
}
