namespace OpsBot.Skills.Audit;

/// <summary>
/// One change, appended and never edited. Each event carries the hash of the one before it, so that an edit or a
/// deletion anywhere breaks the chain.
/// </summary>
public sealed record AuditEvent
{
    public long Id { get; init; }
    public required string Kind { get; init; }
    public required string Actor { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>What the change was about: "payment:12", "allocation:3", "day:2026-11-30".</summary>
    public required string Subject { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    public string? Detail { get; init; }
    public string PreviousHash { get; init; } = "";
    public string Hash { get; init; } = "";
}

public static class AuditKinds
{
    public const string Ingest = "ingest";
    public const string AccountsImported = "accounts-imported";
    public const string Credit = "credit";
    public const string Allocation = "allocation";
    public const string Approval = "approval";
    public const string Rejection = "rejection";
    public const string Reversal = "reversal";
    public const string Return = "return";
    public const string EmailDrafted = "email-drafted";
    public const string SignOff = "sign-off";
    public const string Escalation = "escalation";
    public const string ControlTicked = "control-ticked";
}
