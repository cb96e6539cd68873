using OpsBot.Skills.Cards;

namespace OpsBot.Bot.CommandLine;

/// <summary>The command line: `dotnet run --project bot -- VERB [options]`. With no verb, it serves Teams.</summary>
public static class Cli
{
    /// <summary>Every verb the command line knows, in the order `help` lists them.</summary>
    public static IReadOnlyList<IVerb> Verbs { get; } =
    [
        new HelpVerb(),
        new Verbs.ServeVerb(),
        new Verbs.ChatVerb(),
        new Verbs.TeamsPackageVerb(),
        new Verbs.ImportAccountsVerb(),
        new Verbs.IngestVerb(),
        new Verbs.PaymentsVerb(),
        new Verbs.SeedDemoVerb(),
        new Verbs.ScanCardsVerb(),
        new Verbs.DraftEmailVerb(),
        new Verbs.ReconcileVerb(),
        new Verbs.AllocationsVerb(),
        new Verbs.AuditVerb(),
        new Verbs.StatusVerb(),
        new Verbs.ProposeVerb(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null)
    {
        var output = new CliOutput(stdout ?? Console.Out, stderr ?? Console.Error, stdin ?? Console.In);
        CliArgs parsed;
        try
        {
            parsed = CliArgs.Parse(args);
        }
        catch (CliException e)
        {
            output.Fail(e.Message);
            return 2;
        }

        var name = parsed.Verb ?? "serve";
        var verb = Verbs.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
        if (verb is null)
        {
            output.Fail($"Unknown command '{name}'. Run 'help' for the list.");
            return 2;
        }

        try
        {
            return await verb.RunAsync(parsed, output);
        }
        catch (CliException e)
        {
            output.Fail(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            // The store or a file could not be opened: say so in one line, as for any other failure.
            output.Fail(CardMask.MaskText(e.Message) ?? e.GetType().Name);
            return 1;
        }
    }
}

/// <summary>One command of the command line.</summary>
public interface IVerb
{
    string Name { get; }
    string Usage { get; }
    string Summary { get; }
    Task<int> RunAsync(CliArgs args, CliOutput output);
}

/// <summary>A failure the user can act on: printed as one line on stderr, with a non-zero exit code.</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

internal sealed class HelpVerb : IVerb
{
    public string Name => "help";
    public string Usage => "help";
    public string Summary => "List the commands.";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        output.Out.WriteLine("OpsBot: dotnet run --project bot -- COMMAND [options]   (no command: serve)");
        output.Out.WriteLine("Every command takes --db PATH (default: Storage:Path, else ./data/opsbot.db).");
        foreach (var verb in Cli.Verbs)
            output.Out.WriteLine($"  {verb.Usage,-62} {verb.Summary}");
        return Task.FromResult(0);
    }
}
