using OpsBot.Skills.Reconciliation;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>
/// The postings for the card system for a day: every credit that became applied that day, and every reversal
/// approved that day as a negative line. Cards appear masked; the account id is the key.
/// </summary>
internal sealed class AllocationsVerb : IVerb
{
    public string Name => "allocations";
    public string Usage => "allocations [--date yyyy-mm-dd] [--csv FILE]";
    public string Summary => "Credits (and reversals) to post to the card system for a day, as CSV (stdout without --csv).";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        var configuration = StoreOptions.Configuration(args);
        var clock = StoreOptions.Clock(configuration);
        var day = args.DateOption("date") ?? clock.Today;
        var csvPath = args.Option("csv");
        if (csvPath == "true") throw new CliException("--csv takes a file name.", 2);

        using var store = StoreOptions.Open(args);
        var file = new PostingFile(store, clock.Zone);
        if (csvPath is null)
        {
            file.Write(day, output.Out);
            return Task.FromResult(0);
        }

        var postings = file.For(day);
        CsvFile.Write(csvPath, writer => file.Write(day, writer));
        output.Out.WriteLine($"{postings.Count} postings for {day:yyyy-MM-dd} ({postings.Sum(p => p.Amount):0.00} net) written to {csvPath}");
        return Task.FromResult(0);
    }
}
