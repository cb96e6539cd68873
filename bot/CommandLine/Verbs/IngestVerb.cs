using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>`ingest FILE... [--json]`: takes bank files in. A rejected file makes the exit non-zero; the others still go in.</summary>
internal sealed class IngestVerb : IVerb
{
    public string Name => "ingest";
    public string Usage => "ingest FILE... [--json] [--db PATH]";
    public string Summary => "Take bank files in (camt.053/054, BAI2, CSV); credit card-number references straight through.";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        if (args.Positional.Count == 0) throw new CliException("ingest needs at least one file: ingest FILE... [--json]", 2);
        var configuration = StoreOptions.Configuration(args);
        using var store = StoreOptions.Open(args);
        var seal = ReferenceSeal.ForStore(store.Path);
        // Built once, and only if a repair is ever considered (Research:AutoApply:Repairs on).
        var research = new Lazy<ResearchService>(() => ResearchService.ForStore(store, seal));
        var autoApply = new ResearchAutoApply(() => research.Value, AutoApplySettings.From(configuration));
        var service = new IngestService(store, TimeProvider.System, autoApply, seal);
        var actor = "cli:" + Environment.UserName;
        var results = args.Positional.Select(file => (File: file, Result: service.IngestFile(file, actor))).ToList();

        if (args.Flag("json"))
            output.WriteJson(new IngestJson(results.Select(r => IngestFileJson.From(r.File, r.Result)).ToList()));
        else
            foreach (var (file, result) in results) WriteText(output.Out, file, result);

        var rejected = results.Where(r => r.Result.IsRejected).ToList();
        if (rejected.Count == 0) return Task.FromResult(0);
        output.Fail(rejected.Count == 1
            ? $"{rejected[0].File} was rejected ({rejected[0].Result.Rejected[0]}); nothing from it was stored."
            : $"{rejected.Count} of {results.Count} files were rejected ({string.Join(", ", rejected.Select(r => r.File))}); nothing from them was stored.");
        return Task.FromResult(1);
    }

    private static void WriteText(TextWriter o, string file, IngestResult r)
    {
        if (r.IsRejected)
        {
            o.WriteLine($"{file}: REJECTED ({r.Format}), nothing stored");
            foreach (var problem in r.Rejected) o.WriteLine($"  {problem.Record}: {problem.Reason}");
            return;
        }
        o.WriteLine($"{file}: {r.Format}, {r.Payments} new payment{(r.Payments == 1 ? "" : "s")} ({r.AutoApplied} credited straight through, {r.Queued} queued), {r.Duplicates} already stored, {r.Skipped} skipped");
    }
}

internal sealed record IngestJson(IReadOnlyList<IngestFileJson> Files);

internal sealed record IngestFileJson(string File, string Format, int Payments, int Duplicates, int AutoApplied, int Queued, int Skipped,
    IReadOnlyList<RejectedRecordJson> Rejected)
{
    public static IngestFileJson From(string file, IngestResult r) =>
        new(file, r.Format, r.Payments, r.Duplicates, r.AutoApplied, r.Queued, r.Skipped,
            r.Rejected.Select(p => new RejectedRecordJson(p.Record, p.Reason)).ToList());
}

internal sealed record RejectedRecordJson(string Record, string Reason);
