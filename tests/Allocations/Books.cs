using Microsoft.Extensions.Time.Testing;
using OpsBot.Skills.Access;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Demo;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Allocations;

/// <summary>
/// A small set of books written straight into an <see cref="OpsStore"/>: accounts, payments, straight-through
/// credits, and a team with one person per role, so each test reads as the business it checks.
/// </summary>
internal sealed class Books : IDisposable
{
    public static readonly Actor Ana = new("0f5a1c2e-0000-4000-8000-00000000a001", "Ana Analyst");
    public static readonly Actor Bob = new("0f5a1c2e-0000-4000-8000-00000000a002", "Bob Analyst");
    public static readonly Actor Paula = new("0f5a1c2e-0000-4000-8000-00000000b001", "Paula Approver");
    public static readonly Actor Quinn = new("0f5a1c2e-0000-4000-8000-00000000b002", "Quinn Approver");
    public static readonly Actor Leo = new("0f5a1c2e-0000-4000-8000-00000000c001", "Leo Leader");
    public static readonly Actor Agnes = new("0f5a1c2e-0000-4000-8000-00000000d001", "Agnes Agent");
    public static readonly Actor Stranger = new("0f5a1c2e-0000-4000-8000-00000000e001", "Someone Else");

    public static readonly DateOnly Day = new(2026, 11, 30);

    private int _accounts;

    public Books(OpsStore? store = null)
    {
        Store = store ?? OpsStore.InMemory();
        // 15:00 in Toronto on the day.
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero));
    }

    public OpsStore Store { get; }
    public FakeTimeProvider Time { get; }

    public static Roles Team => new(new Dictionary<Role, IEnumerable<string>>
    {
        [Role.Analyst] = [Ana.Id, Bob.Id],
        [Role.Approver] = [Paula.Id, Quinn.Id],
        [Role.Leader] = [Leo.Id],
        [Role.Agent] = [Agnes.Id],
    });

    public AllocationService Service(AllocationSettings? settings = null) =>
        new(Store, new AccessPolicy(Team), settings ?? new AllocationSettings(), Time);

    public CardAccount Account(string id, CardStatus status = CardStatus.Active)
    {
        var account = new CardAccount
        {
            Id = id,
            HolderName = "Holder of " + id,
            Cards = [new AccountCard { Number = SyntheticBank.CardNumberFor(_accounts++, 0), Status = status }],
        };
        Store.Accounts.Insert(account);
        return account;
    }

    public Payment Payment(string bankReference, decimal amount, DateOnly? receivedOn = null, string channel = Channels.BillPayment,
        string currency = "CAD")
    {
        var payment = new Payment
        {
            BankReference = bankReference,
            ReceivedOn = receivedOn ?? Day,
            Amount = amount,
            Currency = currency,
            Channel = channel,
            Reason = UnappliedReasons.UnknownCard,
            SourceFile = "test.csv",
            Format = "csv",
            IngestedAt = Time.GetUtcNow(),
        };
        return payment with { Id = Store.Payments.Insert(payment).AsInt64 };
    }

    /// <summary>A straight-through credit, as ingest makes it: an "auto" allocation and the payment applied.</summary>
    public Allocation AutoCredit(Payment payment, string accountId, decimal? amount = null)
    {
        var credit = new Allocation
        {
            PaymentId = payment.Id, AccountId = accountId, Amount = amount ?? payment.Amount, By = Allocation.Auto,
            At = Time.GetUtcNow(), State = AllocationState.Applied,
        };
        credit = credit with { Id = Store.Allocations.Insert(credit).AsInt64 };
        var current = Store.Payments.FindById(payment.Id);
        Store.Payments.Update(current.WithAllocated(current.AllocatedAmount + credit.Amount));
        return credit;
    }

    public Payment Reload(Payment payment) => Store.Payments.FindById(payment.Id);

    public IReadOnlyList<Allocation> AllocationsOf(Payment payment) =>
        Store.Allocations.Find(a => a.PaymentId == payment.Id).OrderBy(a => a.Id).ToList();

    public static string NewActionId() => Guid.NewGuid().ToString("N");

    public void Dispose() => Store.Dispose();
}
