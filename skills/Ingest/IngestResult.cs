namespace OpsBot.Skills.Ingest;

/// <summary>
/// What ingesting one file did. <see cref="Payments"/> counts the payments stored from it (auto-applied plus queued);
/// <see cref="Duplicates"/> those already stored (same bank reference); <see cref="Skipped"/> entries that are not
/// credits to take (debits, reversals, pending, zero). A rejected file stored nothing and lists its problems.
/// </summary>
public sealed record IngestResult
{
    public required string File { get; init; }
    public required string Format { get; init; }
    public int Payments { get; init; }
    public int Duplicates { get; init; }
    public int AutoApplied { get; init; }
    public int Queued { get; init; }
    public int Skipped { get; init; }
    public IReadOnlyList<FileProblem> Rejected { get; init; } = [];
    /// <summary>The ids of the payments stored from the file, in file order.</summary>
    public IReadOnlyList<long> PaymentIds { get; init; } = [];

    public bool IsRejected => Rejected.Count > 0;

    public static IngestResult RejectedFile(string file, string format, IReadOnlyList<FileProblem> problems) =>
        new() { File = file, Format = format, Rejected = problems };
}
