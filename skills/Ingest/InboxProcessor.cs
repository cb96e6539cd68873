using System.Globalization;

namespace OpsBot.Skills.Ingest;

/// <summary>Where the inbox is, and how long a file must sit unchanged before it is taken (so a half-copied file waits).</summary>
public sealed record InboxSettings(string Folder, TimeSpan Settle)
{
    public string ProcessedFolder => Path.Combine(Folder, "processed");
    public string RejectedFolder => Path.Combine(Folder, "rejected");
}

/// <summary>What happened to one file of the inbox: its ingest result and where it was moved.</summary>
public sealed record InboxOutcome(string File, IngestResult Result, string MovedTo);

/// <summary>
/// Ingests every file dropped in the inbox folder, then moves it to processed/ or, when rejected, to rejected/
/// with the reason in a "NAME.reason.txt" file beside it. A file is ingested before it is moved, and ingest is
/// idempotent, so a crash between the two only means the file is taken again (as duplicates) next time.
/// </summary>
public sealed class InboxProcessor(IngestService ingest, InboxSettings settings, TimeProvider time)
{
    public const string Actor = "inbox";
    public const string ReasonSuffix = ".reason.txt";

    private static readonly string[] Unfinished = [".tmp", ".part", ".partial", ".crdownload", ".filepart"];

    /// <summary>One pass over the inbox: the files taken, in name order.</summary>
    public IReadOnlyList<InboxOutcome> ProcessOnce()
    {
        if (!Directory.Exists(settings.Folder)) return [];
        var outcomes = new List<InboxOutcome>();
        foreach (var path in Directory.GetFiles(settings.Folder).Order(StringComparer.Ordinal))
        {
            if (!IsReady(path)) continue;
            var result = ingest.IngestFile(path, Actor);
            outcomes.Add(new InboxOutcome(Path.GetFileName(path), result, Move(path, result)));
        }
        return outcomes;
    }

    private bool IsReady(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.StartsWith('~')) return false;
        if (Unfinished.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))) return false;
        if (settings.Settle > TimeSpan.Zero && time.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(path) < settings.Settle) return false;
        try
        {
            // A writer that still holds the file (on systems that lock) makes it not ready yet.
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private string Move(string path, IngestResult result)
    {
        var folder = result.IsRejected ? settings.RejectedFolder : settings.ProcessedFolder;
        Directory.CreateDirectory(folder);
        var destination = FreeName(folder, Path.GetFileName(path));
        File.Move(path, destination);
        if (result.IsRejected)
        {
            var lines = new List<string>
            {
                $"{result.File} was rejected at {time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}; nothing from it was stored.",
                $"format: {result.Format}",
            };
            lines.AddRange(result.Rejected.Select(p => $"{p.Record}: {p.Reason}"));
            File.WriteAllLines(destination + ReasonSuffix, lines);
        }
        return destination;
    }

    /// <summary>The name in the folder, or a dated one when a file of that name was taken before.</summary>
    private string FreeName(string folder, string name)
    {
        var candidate = Path.Combine(folder, name);
        if (!File.Exists(candidate)) return candidate;
        var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 1; ; n++)
        {
            candidate = Path.Combine(folder, n == 1 ? $"{stem}.{stamp}{extension}" : $"{stem}.{stamp}-{n}{extension}");
            if (!File.Exists(candidate)) return candidate;
        }
    }
}
