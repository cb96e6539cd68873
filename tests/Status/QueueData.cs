using Microsoft.Extensions.Time.Testing;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Tests.Status;

/// <summary>Hand-built payments and allocations written straight into a store, and a fake clock on Toronto time.</summary>
internal sealed class QueueData
{
    public static readonly TimeZoneInfo Toronto = OpsClock.FindZone(OpsClock.DefaultZone);

    private int _next = 1;

    public QueueData(OpsStore store, FakeTimeProvider time)
    {
        Store = store;
        Time = time;
        Clock = new OpsClock(time, Toronto);
    }

    public OpsStore Store { get; }
    public FakeTimeProvider Time { get; }
    public OpsClock Clock { get; }

    /// <summary>A fake clock set to a local Toronto time.</summary>
    public static FakeTimeProvider At(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new FakeTimeProvider(new DateTimeOffset(local, Toronto.GetUtcOffset(local)));
    }

    public static DateTimeOffset Local(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Toronto.GetUtcOffset(local));
    }

    public Payment Payment(DateOnly receivedOn, decimal amount, string channel, string? reason = null,
        PaymentStatus status = PaymentStatus.Unapplied, decimal allocated = 0m, string? payer = null)
    {
        var payment = new Payment
        {
            BankReference = $"BR{_next++:D6}",
            ReceivedOn = receivedOn,
            Amount = amount,
            Channel = channel,
            Reason = reason,
            Status = status,
            AllocatedAmount = allocated,
            PayerName = payer,
            SourceFile = "hand-built.csv",
            Format = "csv",
            IngestedAt = Time.GetUtcNow(),
        };
        Store.Payments.Insert(payment);
        return payment;
    }

    /// <summary>A payment received and credited in full straight through.</summary>
    public Payment StraightThrough(DateOnly receivedOn, decimal amount, string channel = Channels.BillPayment)
    {
        var payment = Payment(receivedOn, amount, channel, status: PaymentStatus.Applied, allocated: amount);
        Allocate(payment, amount, Allocation.Auto, Local(receivedOn, 6));
        return payment;
    }

    public Allocation Allocate(Payment payment, decimal amount, string by, DateTimeOffset at,
        AllocationState state = AllocationState.Applied)
    {
        var allocation = new Allocation
        {
            PaymentId = payment.Id,
            AccountId = "A0000001",
            Amount = amount,
            By = by,
            At = at,
            State = state,
        };
        Store.Allocations.Insert(allocation);
        return allocation;
    }
}
