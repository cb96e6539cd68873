using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research.Sources;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Research;

public class StoreSourcesTests
{
    private static Payment Payment(string bankReference, string? payer, PaymentStatus status, DateOnly on) => new()
    {
        BankReference = bankReference, ReceivedOn = on, Amount = 100m, PayerName = payer, Status = status,
        SourceFile = "f.csv", Format = "csv",
    };

    [Fact]
    public void Past_credits_are_applied_allocations_with_their_payments_payer_name()
    {
        using var store = OpsStore.InMemory();
        var applied = store.Payments.Insert(Payment("BR1", "JEAN TREMBLAY", PaymentStatus.Applied, new DateOnly(2026, 10, 30))).AsInt64;
        var rejected = store.Payments.Insert(Payment("BR2", "MARIE GAGNON", PaymentStatus.Unapplied, new DateOnly(2026, 10, 31))).AsInt64;
        store.Allocations.Insert(new Allocation { PaymentId = applied, AccountId = "A-1", Amount = 100m, By = "analyst1" });
        store.Allocations.Insert(new Allocation { PaymentId = rejected, AccountId = "A-2", Amount = 100m, By = "analyst1", State = AllocationState.Rejected });

        var credit = Assert.Single(new StoreCreditedPayments(store).All());

        Assert.Equal(new CreditedPayment("JEAN TREMBLAY", "A-1", 100m, new DateOnly(2026, 10, 30)), credit);
    }

    [Fact]
    public void The_queue_is_unapplied_and_partly_applied_payments_oldest_first_and_one_is_found_by_id_or_reference()
    {
        using var store = OpsStore.InMemory();
        store.Payments.Insert(Payment("BR-LATE", null, PaymentStatus.Unapplied, new DateOnly(2026, 11, 30)));
        store.Payments.Insert(Payment("BR-PART", null, PaymentStatus.PartiallyApplied, new DateOnly(2026, 11, 29)));
        var doneId = store.Payments.Insert(Payment("BR-DONE", null, PaymentStatus.Applied, new DateOnly(2026, 11, 28))).AsInt64;
        var queue = new StoreUnappliedPayments(store);

        Assert.Equal(["BR-PART", "BR-LATE"], queue.Unapplied().Select(p => p.BankReference));
        Assert.Equal("BR-DONE", queue.Find(doneId.ToString(System.Globalization.CultureInfo.InvariantCulture))!.BankReference);
        Assert.Equal("BR-LATE", queue.Find("BR-LATE")!.BankReference);
        Assert.Null(queue.Find("BR-NONE"));
    }
}
