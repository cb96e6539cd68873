using OpsBot.Tests.Support;

namespace OpsBot.Tests.Audit;

/// <summary>Runs the command line in-process and keeps what it printed (recorded for the card-number scan).</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await OpsBot.Bot.CommandLine.Cli.RunAsync(args, stdout, stderr, new StringReader(""));
        Transcript.Record("cli-out", stdout.ToString());
        Transcript.Record("cli-err", stderr.ToString());
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
