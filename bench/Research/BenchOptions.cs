namespace OpsBot.Bench.Research;

internal sealed record BenchOptions
{
    public required IReadOnlyList<int> Accounts { get; init; }
    public int Payments { get; init; } = 20_000;
    public int StratifiedPerKind { get; init; } = 300;
    public int Seed { get; init; } = 20261130;
    public required string Output { get; init; }
    public bool WriteFiles { get; init; } = true;
    /// <summary>Largest book run through the real import and ingest into a LiteDB store (slower than the index).</summary>
    public int StoreUpTo { get; init; } = 100_000;
    /// <summary>Fit the model's temperature and "none" bias on this run instead of only measuring.</summary>
    public bool Fit { get; init; }
    /// <summary>Print what led each confident candidate that was wrong (synthetic names and amounts only).</summary>
    public bool Debug { get; init; }
}
