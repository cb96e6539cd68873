using OpsBot.Skills.Demo;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>`seed-demo`: writes a realistic synthetic day through the real import and ingest. Running it again adds nothing.</summary>
internal sealed class SeedDemoVerb : IVerb
{
    public string Name => "seed-demo";
    public string Usage => "seed-demo [--accounts N] [--payments N] [--seed N] [--db PATH]";
    public string Summary => "Write a synthetic day: ~2,000 accounts, ~500 payments, a fifth of them exceptions.";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        var configuration = StoreOptions.Configuration(args);
        using var store = StoreOptions.Open(args);
        var options = new DemoData.Options
        {
            Accounts = args.IntOption("accounts", 2000),
            Payments = args.IntOption("payments", 500),
            Seed = args.IntOption("seed", 42),
        };
        var result = new DemoData(store, StoreOptions.Clock(configuration)).Seed(options);
        output.Out.WriteLine($"Demo files written to {result.Folder}");
        output.Out.WriteLine($"Accounts: {result.Accounts.Created} created, {result.Accounts.Unchanged} already there");
        output.Out.WriteLine($"Payments: {result.Payments} new ({result.AutoApplied} credited straight through, {result.Queued} queued for research)");
        var rejected = result.Files.Where(f => f.IsRejected).ToList();
        if (rejected.Count == 0 && result.Accounts.BadRows.Count == 0) return Task.FromResult(0);
        output.Fail($"the demo data did not go in whole: {string.Join("; ", rejected.Select(f => f.File + ": " + f.Rejected[0]))}");
        return Task.FromResult(1);
    }
}
