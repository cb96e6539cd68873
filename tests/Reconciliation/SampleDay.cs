using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Allocations;
using static OpsBot.Tests.Allocations.Books;

namespace OpsBot.Tests.Reconciliation;

/// <summary>
/// A hand-built day (November 30, 2026) with one payment of each fate, whose figures are worked out by hand:
/// received 7 payments, $16,499.08 = straight through $100.00 + allocated $850.50 + unapplied $15,473.33
/// + returned $75.25.
/// </summary>
internal sealed class SampleDay
{
    public required Payment Auto { get; init; }          // bill payment, credited straight through
    public required Payment Full { get; init; }          // bill payment, allocated in full by an analyst
    public required Payment Partial { get; init; }       // EFT, 600 of 1,000 allocated
    public required Payment Pending { get; init; }       // cheque, 15,000 waiting for an approver
    public required Payment Returned { get; init; }      // wire, returned to the remitter
    public required Payment Untouched { get; init; }     // Interac, still in the queue
    public required Payment AutoReversed { get; init; }  // bill payment credited straight through, then reversed
    public required Payment OtherDay { get; init; }      // received the day before: not part of the day

    public static SampleDay Build(Books books)
    {
        var service = books.Service();
        books.Account("A0000001");
        books.Account("A0000002");
        books.Account("A0000003");

        var day = new SampleDay
        {
            Auto = books.Payment("BR-AUTO", 100m),
            Full = books.Payment("BR-FULL", 250.50m),
            Partial = books.Payment("BR-PART", 1000m, channel: Channels.Eft),
            Pending = books.Payment("BR-PEND", 15_000m, channel: Channels.Cheque),
            Returned = books.Payment("BR-RETN", 75.25m, channel: Channels.Wire),
            Untouched = books.Payment("BR-OPEN", 40m, channel: Channels.Interac),
            AutoReversed = books.Payment("BR-REVD", 33.33m),
            OtherDay = books.Payment("BR-PREV", 500m, receivedOn: Day.AddDays(-1)),
        };
        books.AutoCredit(day.Auto, "A0000001");
        service.AllocateInFull(Ana, NewActionId(), day.Full.Id, "A0000002");
        service.Split(Ana, NewActionId(), day.Partial.Id, [new AllocationLine("A0000003", 600m)]);
        service.AllocateInFull(Bob, NewActionId(), day.Pending.Id, "A0000001");
        var back = service.RequestReturn(Ana, NewActionId(), day.Returned.Id, "no customer of ours");
        service.Approve(Paula, NewActionId(), back.ApprovalId!.Value);
        var wrong = books.AutoCredit(day.AutoReversed, "A0000003");
        var reversal = service.RequestReversal(Bob, NewActionId(), wrong.Id, "old card of another customer");
        service.Approve(Quinn, NewActionId(), reversal.ApprovalId!.Value);
        books.AutoCredit(day.OtherDay, "A0000001");
        return day;
    }
}
