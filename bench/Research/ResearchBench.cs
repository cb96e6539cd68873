using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using OpsBot.Bench.Synthetic;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;

namespace OpsBot.Bench.Research;

/// <summary>
/// The research benchmark: for each book size, generate accounts and a day of payments with ground truth, write
/// them as bank files, ingest them (stand-in for issue 2's ingest), propose for every unapplied payment, and
/// report accuracy by kind, calibration, auto-apply safety, speed and memory.
/// </summary>
internal sealed class ResearchBench(BenchOptions options, TextWriter output)
{
    public int Run()
    {
        var report = new Report(output);
        report.Machine();
        foreach (var accounts in options.Accounts)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var result = RunScale(accounts);
            report.Scale(result);
            if (options.Fit) Calibration.Fit(result.FitSamples, output);
        }
        report.Summary();
        Directory.CreateDirectory(options.Output);
        File.WriteAllText(Path.Combine(options.Output, "research-report.md"), report.Markdown);
        output.WriteLine($"Report written to {Path.Combine(options.Output, "research-report.md")}");
        return 0;
    }

    private ScaleResult RunScale(int accountCount)
    {
        var result = new ScaleResult { Accounts = accountCount };
        var folder = Path.Combine(options.Output, accountCount.ToString(CultureInfo.InvariantCulture));
        if (options.WriteFiles)
        {
            // What an earlier run of this size wrote, and only that.
            foreach (var stale in new[] { "day", "stratified" }.Select(d => Path.Combine(folder, d)).Where(Directory.Exists))
                Directory.Delete(stale, recursive: true);
            Directory.CreateDirectory(folder);
        }

        var book = new SyntheticBook(accountCount, options.Seed);
        var day = new SyntheticDay(book, options.Seed + 1);
        var sw = Stopwatch.StartNew();
        var payments = day.Day(options.Payments);
        var stratified = day.Stratified(options.StratifiedPerKind);
        day.BackgroundHistory();
        result.GenerateSeconds = sw.Elapsed.TotalSeconds;

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        sw.Restart();
        var accounts = options.WriteFiles ? BankFiles.WritingAccounts(book.All(), Path.Combine(folder, "accounts.csv")) : book.All();
        var index = ResearchIndex.Build(accounts, day.History);
        result.BuildSeconds = sw.Elapsed.TotalSeconds;
        result.IndexBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        result.Cards = index.CardCount;
        result.PastCredits = index.PastCreditCount;

        var seal = new ReferenceSeal(RandomNumberGenerator.GetBytes(32));
        var ingest = new IngestEmulation(index, seal);
        long id = 0;
        var dayIngested = payments.Select(p => ingest.Ingest(p, ++id)).ToList();
        var stratifiedIngested = stratified.Select(p => ingest.Ingest(p, ++id)).ToList();
        var service = new ResearchService(index, seal);

        using var storeRun = options.WriteFiles && accountCount <= options.StoreUpTo ? new StoreRun(folder) : null;
        if (storeRun is not null)
        {
            // The real path: import the accounts CSV, ingest the bank files, build research from the store.
            storeRun.ImportAccounts(Path.Combine(folder, "accounts.csv"));
            storeRun.AddHistory(day.History);
            var realDay = storeRun.Ingest(payments, Path.Combine(folder, "day"));
            var realStrata = storeRun.Ingest(stratified, Path.Combine(folder, "stratified"));
            var standIn = dayIngested.Concat(stratifiedIngested).ToDictionary(i => i.Truth.PaymentId);
            result.StandInAgrees = realDay.Concat(realStrata).Count(real =>
                standIn[real.Truth.PaymentId] is var mine && mine.CreditedTo == real.CreditedTo && mine.Payment.Reason == real.Payment.Reason);
            foreach (var real in realDay.Concat(realStrata))
            {
                var mine = standIn[real.Truth.PaymentId];
                if (mine.CreditedTo == real.CreditedTo && mine.Payment.Reason == real.Payment.Reason) continue;
                var key = $"{real.Truth.Kind}: stand-in {(mine.CreditedTo is null ? mine.Payment.Reason : "credited")}, IngestService {(real.CreditedTo is null ? real.Payment.Reason : "credited")}";
                result.Disagreements[key] = result.Disagreements.GetValueOrDefault(key) + 1;
            }
            result.RealIngest = (storeRun.ImportSeconds, storeRun.IngestSeconds, realDay.Count + realStrata.Count, storeRun.BadAccountRows, storeRun.RejectedFiles);
            dayIngested = realDay;
            stratifiedIngested = realStrata;
            sw.Restart();
            service = ResearchService.ForStore(storeRun.Store, storeRun.Seal);
            result.StoreBuildSeconds = sw.Elapsed.TotalSeconds;
        }
        else if (options.WriteFiles)
        {
            OpsBot.Skills.Demo.SyntheticFiles.WritePaymentFiles(payments.Select(StoreRun.ToDemo).ToList(), Path.Combine(folder, "day"), SyntheticDay.Today);
            OpsBot.Skills.Demo.SyntheticFiles.WritePaymentFiles(stratified.Select(StoreRun.ToDemo).ToList(), Path.Combine(folder, "stratified"), SyntheticDay.Today);
        }

        foreach (var i in dayIngested)
        {
            var clean = i.Truth.Kind is PaymentKind.Clean or PaymentKind.OldCard;
            if (clean) result.Clean++;
            if (i.CreditedTo is null) continue;
            if (clean) result.CleanCredited++;
            if (i.CreditedTo != i.Truth.AccountId) result.StraightThroughMisapplied++;
        }

        foreach (var i in stratifiedIngested)
            if (i.CreditedTo is not null && i.CreditedTo != i.Truth.AccountId) result.StraightThroughMisapplied++;

        var defaultPolicy = new AutoApplyPolicy();
        // Ingest's extension point: before crediting an exact card number, ask research whether the rest of the
        // payment agrees (a mistyped number can be somebody else's card: the payer's name then points elsewhere).
        var dayReferences = payments.Select(p => p.PaymentId).ToHashSet();
        foreach (var i in dayIngested.Concat(stratifiedIngested))
        {
            if (i.CreditedTo is null) continue;
            var decision = defaultPolicy.Decide(service.Propose(i.Payment));
            var clean = i.Truth.Kind is PaymentKind.Clean or PaymentKind.OldCard && dayReferences.Contains(i.Truth.PaymentId);
            if (decision.Apply)
            {
                if (clean) result.CleanCreditedChecked++;
                if (decision.AccountId != i.Truth.AccountId) result.CheckedMisapplied++;
            }
            else
            {
                result.Held++;
                if (decision.AccountId == i.Truth.AccountId) result.HeldRightFirst++;
            }
        }

        var queue = dayIngested.Where(i => i.CreditedTo is null).ToList();
        var strata = stratifiedIngested.Where(i => i.CreditedTo is null).ToList();
        // Warm up the JIT and the caches on a few payments before timing anything.
        foreach (var i in queue.Take(300)) service.Propose(i.Payment);

        var latencies = new List<double>(queue.Count + strata.Count);
        var cpuTimes = new List<double>(queue.Count + strata.Count);
        var repairPolicy = new AutoApplyPolicy(new AutoApplySettings { Repairs = true, MinimumConfidence = 0.99 });
        var all = Stopwatch.StartNew();
        foreach (var (set, stats) in new[] { (queue, result.Day), (strata, result.Stratified) })
            foreach (var i in set)
            {
                var cpuStart = ThreadClock.NowMilliseconds();
                var start = Stopwatch.GetTimestamp();
                var proposal = service.Propose(i.Payment);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpuTimes.Add(ThreadClock.NowMilliseconds() - cpuStart);
                stats.Add(i.Truth, proposal);
                if (options.Debug && proposal.Best is { IsConfident: true } b && b.AccountId != i.Truth.AccountId)
                    DebugWrong(service, i, proposal);
                if (ReferenceEquals(stats, result.Day))
                {
                    result.Policy("default (exact card only)", defaultPolicy, proposal, i.Truth);
                    result.Policy("repairs at 0.99", repairPolicy, proposal, i.Truth);
                }
            }
        result.ProposeSeconds = all.Elapsed.TotalSeconds;
        result.Proposals = latencies.Count;
        latencies.Sort();
        result.P50 = Percentile(latencies, 0.50);
        result.P99 = Percentile(latencies, 0.99);
        result.Max = latencies.Count > 0 ? latencies[^1] : 0;
        cpuTimes.Sort();
        result.CpuP50 = Percentile(cpuTimes, 0.50);
        result.CpuP99 = Percentile(cpuTimes, 0.99);
        result.CpuSeconds = cpuTimes.Sum() / 1000;

        if (options.Fit)
        {
            var fitService = new ResearchService(index, seal, ResearchModel.Default with { Temperature = 1, NoneBias = 0 });
            foreach (var i in queue)
            {
                var (candidates, crowds) = fitService.Weigh(i.Payment);
                result.FitSamples.Add(Calibration.Sample.Of(candidates, crowds, i.Truth.AccountId, i.Truth.Kind));
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        result.PeakWorkingSet = process.PeakWorkingSet64;
        result.HeapAfter = GC.GetGCMemoryInfo().HeapSizeBytes;
        GC.KeepAlive(index);
        return result;
    }

    // Why a confident candidate was wrong: names, amounts and levels (synthetic data, never card numbers).
    private void DebugWrong(ResearchService service, IngestEmulation.Ingested i, Proposal proposal)
    {
        var index = service.Index;
        var payer = OpsBot.Skills.Research.Names.PayerName.Parse(i.Payment.PayerName);
        string Describe(string? id)
        {
            if (id is null || !index.Accounts.TryOrdinal(id, out var a)) return "none";
            return string.Create(CultureInfo.InvariantCulture,
                $"{id} \"{index.Accounts.Holder(a)}\" / \"{index.Accounts.Company(a)}\" level {index.Names.Grade(a, payer)} balance {index.Accounts.BalanceCents(a)} min {index.Accounts.MinimumDueCents(a)}");
        }
        var truthRank = proposal.Candidates.ToList().FindIndex(c => c.AccountId == i.Truth.AccountId);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"WRONG {i.Truth.Kind} payer \"{i.Payment.PayerName}\" amount {i.Payment.Amount} best {proposal.Best!.Confidence:0.000} {Describe(proposal.Best.AccountId)} | truth (rank {truthRank}) {Describe(i.Truth.AccountId)}"));
        foreach (var e in proposal.Best.Evidence) output.WriteLine("    " + e.English);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>The 1-minute load average (Linux), to tell a quiet machine from one shared with other builds.</summary>
    internal static string Load() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    internal static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memory:0.0} GiB memory, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");
    }
}
