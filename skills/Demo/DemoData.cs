using OpsBot.Skills.Accounts;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Skills.Demo;

/// <summary>What seeding the demo wrote.</summary>
public sealed record DemoSeedResult(string Folder, AccountImportResult Accounts, IReadOnlyList<IngestResult> Files)
{
    public int Payments => Files.Sum(f => f.Payments);
    public int AutoApplied => Files.Sum(f => f.AutoApplied);
    public int Queued => Files.Sum(f => f.Queued);
}

/// <summary>
/// A realistic synthetic day for trying OpsBot: about 2,000 accounts, today's payments (about a fifth of them
/// exceptions) and a small backlog of older unapplied items, so ageing and SLA have something to show. The files
/// are written beside the store and go through the real import and ingest, exactly as a bank's would.
/// </summary>
public sealed class DemoData(OpsStore store, OpsClock clock)
{
    public sealed record Options
    {
        public int Seed { get; init; } = 42;
        public int Accounts { get; init; } = 2000;
        public int Payments { get; init; } = 500;
        /// <summary>Business days of older exceptions still waiting, one small batch a day.</summary>
        public int BacklogDays { get; init; } = 5;
    }

    public bool StoreIsEmpty => store.Accounts.Count() == 0 && store.Payments.Count() == 0;

    public DemoSeedResult Seed(Options? options = null, string actor = "seed-demo")
    {
        options ??= new Options();
        var today = clock.Today;
        var folder = DemoFolder(today);
        Directory.CreateDirectory(folder);

        var bank = new SyntheticBank(options.Seed, options.Accounts);
        var accountsFile = Path.Combine(folder, "accounts.csv");
        using (var writer = new StreamWriter(accountsFile))
            SyntheticFiles.WriteAccountsCsv(bank.Accounts(), writer);
        var accounts = new AccountImport(store, clock.Time).ImportFile(accountsFile, actor);

        var files = new List<string>();
        var day = today;
        for (var back = 1; back <= options.BacklogDays; back++)
        {
            day = PreviousWeekday(day);
            var exceptions = SyntheticDay.Payments(bank, day, Math.Max(10, options.Payments / 8))
                .Where(p => p.Kind is not (PaymentKind.Clean or PaymentKind.OldCard)).ToList();
            files.AddRange(SyntheticFiles.WritePaymentFiles(exceptions, Path.Combine(folder, "backlog-" + day.ToString("yyyy-MM-dd")), day));
        }
        files.AddRange(SyntheticFiles.WritePaymentFiles(SyntheticDay.Payments(bank, today, options.Payments), folder, today));

        var ingest = new IngestService(store, clock.Time);
        var results = files.Select(f => ingest.IngestFile(f, actor)).ToList();
        return new DemoSeedResult(folder, accounts, results);
    }

    private string DemoFolder(DateOnly today)
    {
        var root = store.Path == ":memory:"
            ? Path.Combine(Path.GetTempPath(), "opsbot-demo-" + Guid.NewGuid().ToString("N"))
            : Path.Combine(Path.GetDirectoryName(store.Path)!, "demo");
        return Path.Combine(root, today.ToString("yyyy-MM-dd"));
    }

    private static DateOnly PreviousWeekday(DateOnly day)
    {
        do day = day.AddDays(-1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        return day;
    }
}
