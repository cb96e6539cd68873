using OpsBot.Skills.Accounts;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>`import-accounts FILE.csv [--json]`: card accounts in. Bad rows are listed and make the exit non-zero; good rows land.</summary>
internal sealed class ImportAccountsVerb : IVerb
{
    public string Name => "import-accounts";
    public string Usage => "import-accounts FILE.csv [--json] [--db PATH]";
    public string Summary => "Import card accounts from CSV (one row per card number; re-importing changes nothing).";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        if (args.Positional.Count != 1) throw new CliException("import-accounts takes one file: import-accounts FILE.csv [--json]", 2);
        var file = args.Positional[0];
        using var store = StoreOptions.Open(args);
        AccountImportResult result;
        try
        {
            result = new AccountImport(store, TimeProvider.System).ImportFile(file, "cli:" + Environment.UserName);
        }
        catch (AccountFileException e)
        {
            throw new CliException($"{file}: {(e.Line > 0 ? $"line {e.Line}: " : "")}{e.Reason}; nothing was imported.");
        }

        if (args.Flag("json"))
            output.WriteJson(new ImportJson(file, result.Rows, result.Created, result.Updated, result.Unchanged, result.CardsAdded,
                result.BadRows.Select(b => new BadRowJson(b.Line, b.Reason)).ToList()));
        else
        {
            output.Out.WriteLine($"{file}: {result.Rows} rows; {result.Created} accounts created, {result.Updated} updated, {result.Unchanged} unchanged; {result.CardsAdded} cards added; {result.BadRows.Count} bad rows");
            foreach (var bad in result.BadRows) output.Out.WriteLine($"  line {bad.Line}: {bad.Reason}");
        }

        if (result.BadRows.Count == 0) return Task.FromResult(0);
        output.Fail($"{file}: {result.BadRows.Count} bad row{(result.BadRows.Count == 1 ? "" : "s")} skipped (first: line {result.BadRows[0].Line}, {result.BadRows[0].Reason}); the other rows were imported.");
        return Task.FromResult(1);
    }
}

internal sealed record ImportJson(string File, int Rows, int Created, int Updated, int Unchanged, int CardsAdded, IReadOnlyList<BadRowJson> BadRows);

internal sealed record BadRowJson(int Line, string Reason);
