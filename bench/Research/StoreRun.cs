using System.Diagnostics;
using OpsBot.Bench.Synthetic;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using Demo = OpsBot.Skills.Demo;

namespace OpsBot.Bench.Research;

/// <summary>
/// The whole path as production runs it: the accounts CSV through `import-accounts`' AccountImport, earlier
/// credits into the store, the day written as camt.054 / camt.053 / BAI2 / CSV by the demo generator's writers and
/// read back by the real IngestService, then research built from the store. Used up to a book size where a
/// LiteDB import fits the benchmark's time; beyond it the stand-in ingest is used (and checked against this one).
/// </summary>
internal sealed class StoreRun : IDisposable
{
    public OpsStore Store { get; }
    public ReferenceSeal Seal { get; }
    public double ImportSeconds { get; private set; }
    public double IngestSeconds { get; private set; }
    public int BadAccountRows { get; private set; }
    public List<string> RejectedFiles { get; } = [];

    public StoreRun(string folder)
    {
        var path = Path.Combine(folder, "ops.db");
        foreach (var stale in new[] { path, path + ".key", Path.Combine(folder, "ops-log.db") })
            if (File.Exists(stale)) File.Delete(stale);
        Store = new OpsStore(path, shared: false);
        Seal = ReferenceSeal.ForStore(Store.Path);
    }

    public void ImportAccounts(string accountsCsv)
    {
        var sw = Stopwatch.StartNew();
        var result = new AccountImport(Store, TimeProvider.System).ImportFile(accountsCsv, "bench");
        BadAccountRows = result.BadRows.Count;
        ImportSeconds = sw.Elapsed.TotalSeconds;
    }

    /// <summary>Earlier days' credits, as applied payments with their allocations: what history is made of.</summary>
    public void AddHistory(IEnumerable<OpsBot.Skills.Research.Sources.CreditedPayment> credits)
    {
        Store.InTransaction(() =>
        {
            var n = 0;
            foreach (var credit in credits)
            {
                var payment = new Payment
                {
                    BankReference = $"H{++n:D9}", ReceivedOn = credit.ReceivedOn, Amount = credit.Amount, PayerName = credit.PayerName,
                    Status = PaymentStatus.Applied, AllocatedAmount = credit.Amount, SourceFile = "history", Format = "csv",
                    Channel = Channels.BillPayment,
                };
                var id = Store.Payments.Insert(payment).AsInt64;
                Store.Allocations.Insert(new Allocation { PaymentId = id, AccountId = credit.AccountId, Amount = credit.Amount, By = "analyst", State = AllocationState.Applied });
            }
        });
    }

    /// <summary>Writes the payments in the banks' formats and ingests every file; returns each payment as stored.</summary>
    public List<IngestEmulation.Ingested> Ingest(IReadOnlyList<SyntheticPayment> payments, string folder)
    {
        var files = Demo.SyntheticFiles.WritePaymentFiles(payments.Select(ToDemo).ToList(), folder, SyntheticDay.Today);
        var ingest = new IngestService(Store, TimeProvider.System, seal: Seal);
        var sw = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var result = ingest.IngestFile(file, "bench");
            if (result.IsRejected) RejectedFiles.Add(Path.GetFileName(file));
        }
        IngestSeconds += sw.Elapsed.TotalSeconds;

        var ingested = new List<IngestEmulation.Ingested>(payments.Count);
        foreach (var truth in payments)
        {
            var stored = Store.Payments.FindOne(p => p.BankReference == truth.PaymentId);
            if (stored is null) continue;
            var credited = stored.Status == PaymentStatus.Applied
                ? Store.Allocations.FindOne(a => a.PaymentId == stored.Id && a.By == Allocation.Auto)?.AccountId
                : null;
            ingested.Add(new IngestEmulation.Ingested(stored, truth, credited));
        }
        return ingested;
    }

    public static Demo.SyntheticPayment ToDemo(SyntheticPayment p) => new()
    {
        BankReference = p.PaymentId,
        ReceivedOn = p.ReceivedOn,
        Amount = p.Amount,
        Channel = p.Channel,
        PayerName = p.PayerName ?? "",
        Reference = p.Reference,
        Memo = p.Memo,
        TrueAccountId = p.AccountId,
        // The demo's kinds are coarser; the truth the bench scores against stays its own.
        Kind = p.Kind.IsNotCustomer() ? Demo.PaymentKind.NonCustomer
            : p.Kind is PaymentKind.Clean ? Demo.PaymentKind.Clean
            : p.Kind is PaymentKind.OldCard ? Demo.PaymentKind.OldCard
            : p.Kind is PaymentKind.LastDigits ? Demo.PaymentKind.LastDigits
            : p.Kind is PaymentKind.NameOnly or PaymentKind.OtherReference ? Demo.PaymentKind.NoReference
            : Demo.PaymentKind.Substitution,
    };

    public void Dispose() => Store.Dispose();
}
