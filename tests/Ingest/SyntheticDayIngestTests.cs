using OpsBot.Skills.Accounts;
using OpsBot.Skills.Demo;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.Ingest;

/// <summary>One synthetic day (400 accounts, 300 payments) written by the demo generator and ingested once.</summary>
public sealed class SyntheticDayFixture : IDisposable
{
    public static readonly DateOnly Day = new(2026, 11, 30);

    public SyntheticDayFixture()
    {
        var bank = new SyntheticBank(seed: 7, accountCount: 400);
        Store = OpsStore.InMemory();
        var accounts = new StringWriter();
        SyntheticFiles.WriteAccountsCsv(bank.Accounts(), accounts);
        BadAccountRows = new AccountImport(Store, Clock()).Import("accounts.csv", accounts.ToString()).BadRows.Count;
        Truth = SyntheticDay.Payments(bank, Day, 300);
        Files = SyntheticFiles.WritePaymentFiles(Truth, Folder, Day);
        var service = Service(Store);
        Results = Files.Select(f => service.IngestFile(f)).ToList();
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "opsbot-synthetic-" + Guid.NewGuid().ToString("N"));
    public OpsStore Store { get; }
    public int BadAccountRows { get; }
    public IReadOnlyList<SyntheticPayment> Truth { get; }
    public IReadOnlyList<string> Files { get; }
    public IReadOnlyList<IngestResult> Results { get; }

    public void Dispose()
    {
        Store.Dispose();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>The demo generator's files, read by the real readers and checked against its ground truth.</summary>
public sealed class SyntheticDayIngestTests(SyntheticDayFixture day) : IClassFixture<SyntheticDayFixture>
{
    private (OpsStore Store, IReadOnlyList<SyntheticPayment> Truth, IReadOnlyList<IngestResult> Results) IngestADay() =>
        (day.Store, day.Truth, day.Results);

    [Fact]
    public void Every_file_of_a_synthetic_day_is_accepted_and_every_payment_stored_once()
    {
        var (store, truth, results) = IngestADay();
        Assert.Equal(0, day.BadAccountRows);

        Assert.All(results, r => Assert.False(r.IsRejected, r.File + ": " + string.Join("; ", r.Rejected)));
        Assert.Equal(truth.Count, results.Sum(r => r.Payments));
        Assert.Equal(truth.Count, store.Payments.Count());
        Assert.Equal(["bai2", "camt.053.001.02", "camt.054.001.08", "csv"], results.Select(r => r.Format).Order());
    }

    [Fact]
    public void No_payment_of_a_synthetic_day_is_credited_to_an_account_it_does_not_belong_to()
    {
        var (store, truth, _) = IngestADay();
        var owner = truth.ToDictionary(p => p.BankReference, p => p.TrueAccountId);

        var allocations = store.Allocations.FindAll().ToList();
        var misapplied = allocations.Count(a => owner[store.Payments.FindById(a.PaymentId).BankReference] != a.AccountId);

        Assert.Equal(0, misapplied);
        Assert.True(allocations.Count > truth.Count / 2, $"only {allocations.Count} of {truth.Count} payments were credited straight through");
    }

    [Fact]
    public void Clean_and_old_card_payments_go_straight_through_and_exceptions_are_queued_with_their_reason()
    {
        var (store, truth, _) = IngestADay();

        foreach (var p in truth)
        {
            var stored = Payment(store, p.BankReference);
            switch (p.Kind)
            {
                case PaymentKind.Clean or PaymentKind.OldCard:
                    Assert.True(stored.Status == PaymentStatus.Applied || stored.Reason == UnappliedReasons.CardCancelledOrClosed,
                        $"{p.BankReference} ({p.Kind}) is {stored.Status}, {stored.Reason}");
                    break;
                case PaymentKind.Substitution:
                    Assert.Equal(UnappliedReasons.FailsLuhn, stored.Reason);
                    break;
                case PaymentKind.OmittedDigit or PaymentKind.AddedDigit:
                    Assert.Equal(UnappliedReasons.WrongLength, stored.Reason);
                    break;
                case PaymentKind.LastDigits:
                    Assert.Equal(UnappliedReasons.PartialNumber, stored.Reason);
                    Assert.True(p.Reference!.EndsWith(stored.ReferenceEnding!, StringComparison.Ordinal), $"{p.BankReference}: wrong ending kept");
                    break;
                case PaymentKind.NoReference:
                    Assert.Equal(UnappliedReasons.NoReference, stored.Reason);
                    break;
                case PaymentKind.NonCustomer:
                    Assert.NotEqual(PaymentStatus.Applied, stored.Status);
                    break;
            }
        }
    }

    [Fact]
    public void Ingesting_the_same_day_again_stores_nothing_new()
    {
        var (store, truth, _) = IngestADay();
        var service = Service(store);

        var again = day.Files.Select(f => service.IngestFile(f)).ToList();

        Assert.Equal(0, again.Sum(r => r.Payments));
        Assert.Equal(truth.Count, again.Sum(r => r.Duplicates));
    }
}
