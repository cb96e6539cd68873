using Microsoft.Extensions.Time.Testing;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Emails;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Tests.Emails;

/// <summary>
/// A French-speaking and an English-speaking customer, and one payment per email template, written straight into
/// an OpsStore. Card numbers are generated (Luhn-valid, with chosen endings) and never printed.
/// </summary>
internal sealed class EmailTestData : IDisposable
{
    public const string FrenchAccount = "A-FR-0001";
    public const string EnglishAccount = "A-EN-0002";

    // 2026-11-30: Toronto is at UTC-5.
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);

    public EmailTestData(OpsStore? store = null)
    {
        Store = store ?? OpsStore.InMemory();
        Time = new FakeTimeProvider(Now);
        Clock = new OpsClock(Time, OpsClock.FindZone(null));
        Seed();
    }

    public OpsStore Store { get; }
    public FakeTimeProvider Time { get; }
    public OpsClock Clock { get; }

    /// <summary>A full card number ending in <paramref name="ending"/>; for account data only.</summary>
    public static string Card(string prefix, string ending)
    {
        for (var middle = 0; ; middle++)
        {
            var number = prefix + middle.ToString("D" + (15 - prefix.Length - ending.Length), System.Globalization.CultureInfo.InvariantCulture) + ending;
            if (Luhn.IsValid(number)) return number;
        }
    }

    public CustomerEmails Emails(EmailSettings? settings = null, Microsoft.SemanticKernel.Kernel? kernel = null) =>
        new(Store, settings ?? Settings, Clock, kernel);

    public static EmailSettings Settings { get; } = new() { From = "Paiements <paiements@example.ca>" };

    public Payment Payment(string bankReference) => Store.Payments.FindOne(p => p.BankReference == bankReference);

    private void Seed()
    {
        Store.Accounts.Insert(new CardAccount
        {
            Id = FrenchAccount,
            HolderName = "Marie Tremblay",
            Language = "fr",
            Province = "QC",
            Email = "marie.tremblay@example.ca",
            StatementBalance = 1000.00m,
            Cards =
            [
                new AccountCard { Number = Card("3742", "4321"), Status = CardStatus.Replaced },
                new AccountCard { Number = Card("3741", "1005"), Status = CardStatus.Active },
            ],
        });
        Store.Accounts.Insert(new CardAccount
        {
            Id = EnglishAccount,
            HolderName = "John Smith",
            Language = "en",
            Province = "ON",
            Email = "john.smith@example.com",
            StatementBalance = 500.00m,
            Cards = [new AccountCard { Number = Card("3743", "2468"), Status = CardStatus.Active }],
        });

        // A mistyped card number, found and credited by an analyst on December 1 (Toronto).
        Add(new Payment
        {
            SourceFile = "test.csv", Format = "csv", BankReference = "BR20261130-0001", ReceivedOn = new(2026, 11, 30), Amount = 1234.56m, Channel = Channels.BillPayment,
            PayerName = "MARIE TREMBLAY", Reference = CardMask.MaskLastFour("1050"), ReferenceEnding = "1050",
            Reason = UnappliedReasons.FailsLuhn,
        }, FrenchAccount, 1234.56m, new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero));

        // Paid to the replaced card (ending 4321), credited to the new one.
        Add(new Payment
        {
            SourceFile = "test.csv", Format = "csv", BankReference = "BR20261130-0002", ReceivedOn = new(2026, 11, 30), Amount = 250.00m, Channel = Channels.BillPayment,
            PayerName = "M TREMBLAY", Reference = CardMask.MaskLastFour("4321"), ReferenceEnding = "4321",
        }, FrenchAccount, 250.00m, new DateTimeOffset(2026, 12, 1, 16, 30, 0, TimeSpan.Zero));

        // More than the statement balance of $1,000.00: a credit balance of $500.00.
        Add(new Payment
        {
            SourceFile = "test.csv", Format = "csv", BankReference = "BR20261201-0003", ReceivedOn = new(2026, 12, 1), Amount = 1500.00m, Channel = Channels.Eft,
            PayerName = "MARIE TREMBLAY",
        }, FrenchAccount, 1500.00m, new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero));

        // Nobody knows whose: no reference at all. The payer's name and memo are outside text.
        Add(new Payment
        {
            SourceFile = "test.csv", Format = "csv", BankReference = "BR20261201-0004", ReceivedOn = new(2026, 12, 1), Amount = 75.25m, Channel = Channels.Cheque,
            PayerName = "J SMITH", Memo = "NOVEMBER PAYMENT", Reason = UnappliedReasons.NoReference,
        }, null, 0, default);

        // An English customer's payment, credited the next day.
        Add(new Payment
        {
            SourceFile = "test.csv", Format = "csv", BankReference = "BR20261202-0005", ReceivedOn = new(2026, 12, 2), Amount = 12345.67m, Channel = Channels.Wire,
            PayerName = "JOHN SMITH",
        }, EnglishAccount, 12345.67m, new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.Zero));
    }

    private void Add(Payment payment, string? accountId, decimal credited, DateTimeOffset at)
    {
        payment = payment with { IngestedAt = at == default ? Now : at };
        if (credited > 0) payment = payment.WithAllocated(credited);
        var id = Store.Payments.Insert(payment).AsInt64;
        if (accountId is not null)
            Store.Allocations.Insert(new Allocation
            {
                PaymentId = id, AccountId = accountId, Amount = credited, By = "analyst1", At = at,
                State = AllocationState.Applied, ApprovedBy = "leader1", DecidedAt = at,
            });
    }

    public void Dispose() => Store.Dispose();
}
