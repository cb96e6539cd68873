using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>Writes the Teams app package (manifest.json with the app id filled in, and the two icons) as a zip.</summary>
internal sealed class TeamsPackageVerb : IVerb
{
    public string Name => "teams-package";
    public string Usage => "teams-package --app-id ID [--out opsbot.zip]";
    public string Summary => "Write the Teams app package a Teams admin uploads.";

    /// <summary>Where the manifest and icons are: next to the program (copied from bot/teams at build).</summary>
    public static string TeamsFolder => Path.Combine(AppContext.BaseDirectory, "teams");

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        var appId = args.Required("app-id");
        if (!Guid.TryParse(appId, out var id))
            throw new CliException($"--app-id must be the bot's Microsoft App ID (a GUID such as 00000000-0000-0000-0000-000000000000), not '{appId}'.", 2);
        var outPath = Path.GetFullPath(args.Option("out") ?? "opsbot.zip");
        Write(id, outPath);
        output.Out.WriteLine($"Wrote {outPath}: upload it in Teams (Apps → Manage your apps → Upload an app).");
        return Task.FromResult(0);
    }

    public static void Write(Guid appId, string outPath)
    {
        var manifestPath = Path.Combine(TeamsFolder, "manifest.json");
        if (!File.Exists(manifestPath)) throw new CliException($"The Teams manifest is missing: {manifestPath}.");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        var text = appId.ToString("D");
        manifest["id"] = text;
        foreach (var bot in manifest["bots"]?.AsArray() ?? []) bot!["botId"] = text;

        var folder = Path.GetDirectoryName(outPath);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var temp = outPath + ".tmp";
        using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("manifest.json");
            using (var stream = entry.Open())
                JsonSerializer.Serialize(stream, manifest, new JsonSerializerOptions { WriteIndented = true });
            foreach (var icon in new[] { "color.png", "outline.png" })
                zip.CreateEntryFromFile(Path.Combine(TeamsFolder, icon), icon);
        }
        // Nothing half-written: the zip appears whole or not at all.
        File.Move(temp, outPath, overwrite: true);
    }
}
