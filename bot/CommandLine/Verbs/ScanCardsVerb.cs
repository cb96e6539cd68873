using OpsBot.Skills.Cards;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>
/// Searches files (logs, exports, transcripts) for card numbers in clear text, as PCI DSS asks. Exit code 1 on any
/// finding, so it can guard a pipeline; the findings name the place and the last four digits only.
/// </summary>
internal sealed class ScanCardsVerb : IVerb
{
    public string Name => "scan-cards";
    public string Usage => "scan-cards PATH...";
    public string Summary => "Search files or folders for card numbers in clear text (exit 1 on any).";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        if (args.Positional.Count == 0) throw new CliException("Name at least one file or folder to scan.", 2);
        var files = new List<string>();
        foreach (var path in args.Positional)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path)) files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories));
            else throw new CliException($"No file or folder at '{path}'.", 2);
        }

        var findings = files.Where(f => !IsBinary(f)).SelectMany(PanScanner.ScanFile).ToList();
        foreach (var finding in findings) output.Out.WriteLine(finding);
        output.Out.WriteLine($"{files.Count} files scanned, {findings.Count} card numbers in clear text.");
        return Task.FromResult(findings.Count == 0 ? 0 : 1);
    }

    // Store files hold account data, where card numbers belong; scanning is for text that leaves it.
    private static bool IsBinary(string path) =>
        Path.GetExtension(path) is ".db" or ".dll" or ".exe" or ".pdb" or ".png" or ".zip" or ".key";
}
