using System.Globalization;
using System.Text;
using OpsBot.Bench.Synthetic;

namespace OpsBot.Bench.Research;

/// <summary>The benchmark's findings, as Markdown, echoed to the console as they come.</summary>
internal sealed class Report(TextWriter console)
{
    private readonly StringBuilder _md = new();
    private readonly List<ScaleResult> _results = [];

    public string Markdown => _md.ToString();

    private void Line(string text = "")
    {
        _md.AppendLine(text);
        console.WriteLine(text);
        console.Flush();
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    private static string Pct(int part, int whole) => whole == 0 ? "–" : F($"{100.0 * part / whole:0.0}%");
    private static string Pct2(int part, int whole) => whole == 0 ? "–" : F($"{100.0 * part / whole:0.00}%");
    private static string Mb(long bytes) => F($"{bytes / (1024.0 * 1024):0} MB");

    public void Machine()
    {
        Line("# Research benchmark");
        Line();
        Line("Machine: " + ResearchBench.Machine());
        Line();
    }

    public void Scale(ScaleResult r)
    {
        _results.Add(r);
        Line(F($"## {r.Accounts:N0} accounts ({r.Cards:N0} card numbers, {r.PastCredits:N0} past credits)"));
        Line();
        Line(F($"Generated in {r.GenerateSeconds:0.0} s; index built in {r.BuildSeconds:0.0} s (accounts streamed, CSV written alongside), index ≈ {Mb(r.IndexBytes)} of managed heap; peak working set {Mb(r.PeakWorkingSet)}, GC heap after {Mb(r.HeapAfter)}."));
        Line();
        if (r.RealIngest is { } real)
        {
            Line(F($"Real path: accounts CSV imported by AccountImport in {real.ImportSeconds:0.0} s ({real.BadAccountRows} bad rows); {real.Payments:N0} payments written as camt.054/camt.053/BAI2/CSV and ingested by IngestService in {real.IngestSeconds:0.0} s ({(real.RejectedFiles.Count == 0 ? "no file rejected" : "rejected: " + string.Join(", ", real.RejectedFiles))}); research built from the store in {r.StoreBuildSeconds:0.0} s. The stand-in ingest used at larger books agrees with IngestService on {r.StandInAgrees:N0} of {real.Payments:N0} payments (credit and reason)."));
            foreach (var (what, count) in r.Disagreements) Line(F($"- {what}: {count}"));
            Line();
        }
        else Line("Stand-in ingest (IngestService not run at this size: a LiteDB import of this many accounts takes minutes); research built from the generator's stream.");
        Line(F($"Straight through, exact-card rule alone: {r.CleanCredited:N0} of {r.Clean:N0} clean payments credited ({Pct(r.CleanCredited, r.Clean)}); {r.StraightThroughMisapplied} misapplied (day and stratified sample: a mistyped number that is somebody else's card)."));
        Line(F($"Straight through with research's check (AutoApplyPolicy defaults at ingest): {r.CleanCreditedChecked:N0} of {r.Clean:N0} clean payments credited ({Pct(r.CleanCreditedChecked, r.Clean)}); {r.CheckedMisapplied} misapplied; {r.Held:N0} held for an analyst, research's first candidate right for {r.HeldRightFirst:N0} of them."));
        Line();
        var day = r.Day;
        var exceptions = day.Where(_ => true);
        var singles = day.Where(k => k.IsSingleError());
        var strataSingles = r.Stratified.Where(k => k.IsSingleError());
        var customers = day.Where(k => !k.IsNotCustomer());
        var notCustomers = day.Where(k => k.IsNotCustomer());
        var confident = day.Where(_ => true);
        Line(F($"Research queue: {exceptions.Count:N0} payments. Single keying error: top-1 {Pct(singles.Top1, singles.Count)}, top-3 {Pct(singles.Top3, singles.Count)} (day mix, n={singles.Count}); stratified sample: top-1 {Pct(strataSingles.Top1, strataSingles.Count)}, top-3 {Pct(strataSingles.Top3, strataSingles.Count)} (n={strataSingles.Count})."));
        Line(F($"Confident candidates (≥ 0.9): {confident.Confident:N0}, right {Pct2(confident.ConfidentRight, confident.Confident)}; customers' payments with a confident candidate: {Pct(customers.Confident, customers.Count)}."));
        Line(F($"Not customers: {notCustomers.Count:N0}; no confident candidate for {Pct(notCustomers.NoConfident, notCustomers.Count)}, flagged likely not a customer {Pct(notCustomers.LikelyNotCustomer, notCustomers.Count)}."));
        foreach (var (name, (applied, misapplied)) in r.AutoApply)
            Line(F($"Auto-apply policy {name}: {applied:N0} of the queue credited, {misapplied} misapplied."));
        Line(F($"Machine {ResearchBench.Load()} after this size's run. Speed: {r.Proposals:N0} proposals in {r.ProposeSeconds:0.0} s = {r.Proposals / Math.Max(r.ProposeSeconds, 1e-9):N0}/s on one thread; wall-clock latency p50 {r.P50:0.00} ms, p99 {r.P99:0.00} ms, max {r.Max:0.0} ms; CPU time per payment p50 {r.CpuP50:0.00} ms, p99 {r.CpuP99:0.00} ms ({r.Proposals / Math.Max(r.CpuSeconds, 1e-9):N0}/s of CPU)."));
        Line();
        Line("| kind | n | top-1 | top-3 | confident | confident right | no confident | likely not a customer |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (kind, t) in day.ByKind) Row(kind.ToString(), t);
        Line("| *stratified sample* | | | | | | | |");
        foreach (var (kind, t) in r.Stratified.ByKind) Row(kind + " (stratified)", t);
        Line();
        if (day.ConfidentWrong.Count + r.Stratified.ConfidentWrong.Count > 0)
        {
            Line("Confident (≥ 0.9) but wrong:");
            Line();
            foreach (var wrong in day.ConfidentWrong.Concat(r.Stratified.ConfidentWrong.Select(w => w + " (stratified)"))) Line("- " + wrong);
            Line();
        }
        Line("Calibration, every candidate proposed (top 3) on the day's queue:");
        Line();
        Line("| confidence | candidates | mean confidence | right | mostly from |");
        Line("|---|---:|---:|---:|---|");
        foreach (var (bucket, (count, right, sum)) in day.Buckets)
        {
            var low = Outcomes.BucketEdges[bucket];
            var high = Math.Min(1, Outcomes.BucketEdges[bucket + 1]);
            var kinds = string.Join(", ", day.BucketKinds[bucket].OrderByDescending(k => k.Value).Take(3).Select(k => F($"{k.Key} {k.Value}")));
            Line(F($"| [{low:0.00}, {high:0.00}{(high >= 1 ? "]" : ")")} | {count:N0} | {sum / count:0.000} | {Pct(right, count)} | {kinds} |"));
        }
        Line();
    }

    private void Row(string kind, Outcomes.Tally t)
    {
        var hasOwner = !Enum.TryParse<PaymentKind>(kind.Split(' ')[0], out var k) || !k.IsNotCustomer();
        Line(F($"| {kind} | {t.Count:N0} | {(hasOwner ? Pct(t.Top1, t.Count) : "–")} | {(hasOwner ? Pct(t.Top3, t.Count) : "–")} | {Pct(t.Confident, t.Count)} | {Pct(t.ConfidentRight, t.Confident)} | {Pct(t.NoConfident, t.Count)} | {Pct(t.LikelyNotCustomer, t.Count)} |"));
    }

    public void Summary()
    {
        Line("## Summary");
        Line();
        Line("| accounts | straight through (checked) | misapplied (exact rule / checked + auto-apply) | top-1 single error | top-3 single error | precision ≥ 0.9 | non-customers without a confident candidate | proposals/s | p50 | p99 | p99 CPU | peak memory |");
        Line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in _results)
        {
            var singles = r.Stratified.Where(k => k.IsSingleError());
            var daySingles = r.Day.Where(k => k.IsSingleError());
            var both = (Top1: singles.Top1 + daySingles.Top1, Top3: singles.Top3 + daySingles.Top3, Count: singles.Count + daySingles.Count);
            var all = r.Day.Where(_ => true);
            var nc = r.Day.Where(k => k.IsNotCustomer());
            var misapplied = r.CheckedMisapplied + r.AutoApply.Values.Sum(v => v.Misapplied);
            Line(F($"| {r.Accounts:N0} | {Pct(r.CleanCreditedChecked, r.Clean)} | {r.StraightThroughMisapplied} / {misapplied} | {Pct(both.Top1, both.Count)} | {Pct(both.Top3, both.Count)} | {Pct2(all.ConfidentRight, all.Confident)} | {Pct(nc.NoConfident, nc.Count)} | {r.Proposals / Math.Max(r.ProposeSeconds, 1e-9):N0} | {r.P50:0.00} ms | {r.P99:0.00} ms | {r.CpuP99:0.00} ms | {Mb(r.PeakWorkingSet)} |"));
        }
        Line();
    }
}
