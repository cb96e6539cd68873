using System.Text.Json;
using OpsBot.Bot.CommandLine;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.CommandLine;

/// <summary>A store file in a temporary folder, and the command line run against it.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opsbot-cli-" + Guid.NewGuid().ToString("N"));

    public CliRun() => Directory.CreateDirectory(_folder);

    public string Db => Path.Combine(_folder, "opsbot.db");

    public async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Cli.RunAsync([.. args, "--db", Db], stdout, stderr);
        // What the verbs printed goes to the run's transcript too, so test.sh scans it for card numbers.
        Transcript.Record("cli stdout", stdout.ToString());
        Transcript.Record("cli stderr", stderr.ToString());
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public async Task<JsonElement> Json(params string[] args)
    {
        var (exit, output, error) = await Run([.. args, "--json"]);
        if (exit != 0 && output.Length == 0) throw new InvalidOperationException($"exit {exit}: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
