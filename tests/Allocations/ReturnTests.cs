using OpsBot.Skills.Allocations;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Payments;
using static OpsBot.Tests.Allocations.Books;

namespace OpsBot.Tests.Allocations;

public class ReturnTests
{
    [Fact]
    public void A_payment_that_belongs_to_no_customer_is_returned_once_an_approver_agrees()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-40", 99.99m);
        var service = books.Service();

        var requested = service.RequestReturn(Ana, NewActionId(), payment.Id, "paid to the wrong issuer");
        Assert.Equal(PaymentStatus.Unapplied, books.Reload(payment).Status);
        Assert.Equal(AllocationCodes.ReturnPending,
            Assert.Throws<AllocationException>(() => service.AllocateInFull(Bob, NewActionId(), payment.Id, "A0000001")).Code);

        var returned = service.Approve(Paula, NewActionId(), requested.ApprovalId!.Value);

        Assert.Equal(AllocationCodes.Returned, returned.Code);
        Assert.Equal(PaymentStatus.Returned, books.Reload(payment).Status);
        Assert.Equal(AllocationCodes.PaymentReturned,
            Assert.Throws<AllocationException>(() => service.AllocateInFull(Bob, NewActionId(), payment.Id, "A0000001")).Code);
        Assert.Equal([AuditKinds.Return, AuditKinds.Approval], books.Store.AuditEvents.FindAll().OrderBy(e => e.Id).Select(e => e.Kind));
    }

    [Fact]
    public void A_payment_with_credits_on_it_cannot_be_returned_until_they_are_reversed()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-41", 100m);
        var service = books.Service();
        service.Split(Ana, NewActionId(), payment.Id, [new AllocationLine("A0000001", 10m)]);

        var refusal = Assert.Throws<AllocationException>(() => service.RequestReturn(Ana, NewActionId(), payment.Id, "wrong payee"));

        Assert.Equal(AllocationCodes.PaymentHasAllocations, refusal.Code);
        Assert.Equal("BR-41 has $10.00 allocated or waiting for approval; reverse that before returning it.", refusal.MessageIn("en"));
    }

    [Fact]
    public void A_return_needs_a_reason_and_another_person_to_approve()
    {
        using var books = new Books();
        var payment = books.Payment("BR-42", 100m);
        var service = books.Service();

        Assert.Equal(AllocationCodes.ReasonRequired,
            Assert.Throws<AllocationException>(() => service.RequestReturn(Ana, NewActionId(), payment.Id, "")).Code);
        var requested = service.RequestReturn(Paula, NewActionId(), payment.Id, "no such customer");
        Assert.Equal(AllocationCodes.MakerCannotApprove,
            Assert.Throws<AllocationException>(() => service.Approve(Paula, NewActionId(), requested.ApprovalId!.Value)).Code);
        var rejected = service.Reject(Quinn, NewActionId(), requested.ApprovalId!.Value, "we found the customer");

        Assert.Equal(AllocationCodes.ReturnRejected, rejected.Code);
        Assert.Equal(PaymentStatus.Unapplied, books.Reload(payment).Status);
    }
}
