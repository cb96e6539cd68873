namespace OpsBot.Skills.Reconciliation;

/// <summary>A leader's or approver's signature on a day's reconciliation, with the figures as they were then.</summary>
public sealed record DaySignOff
{
    /// <summary>The day, yyyy-MM-dd: one sign-off per day.</summary>
    public required string Id { get; init; }
    public required DateOnly Date { get; init; }
    public required string By { get; init; }
    public required string ByName { get; init; }
    public required DateTimeOffset At { get; init; }
    public required bool Balanced { get; init; }
    public required decimal Difference { get; init; }
    public required int ExceptionCount { get; init; }
    /// <summary>Required when the day did not balance: why it was signed anyway (masked).</summary>
    public string? Explanation { get; init; }
    /// <summary>The figures signed, as compact JSON (the same as the audit event's After).</summary>
    public required string Figures { get; init; }
}

/// <summary>The outcome of a sign-off: the signature, and whether it had already been given before this call.</summary>
public sealed record SignOffOutcome(DaySignOff SignOff, bool Repeated)
{
    public string Code => SignOff.Balanced ? ReconcilingCodes.SignedOff : ReconcilingCodes.SignedOffWithBreak;
    public string MessageIn(string language) => ReconciliationMessages.Text(Code, language, new Dictionary<string, object?>
    {
        ["date"] = SignOff.Date,
        ["by"] = SignOff.ByName,
        ["difference"] = SignOff.Difference,
        ["count"] = SignOff.ExceptionCount,
    });
}

/// <summary>A refused sign-off: nothing was recorded.</summary>
public sealed class SignOffException(string code, IReadOnlyDictionary<string, object?> args)
    : Exception(ReconciliationMessages.Text(code, "en", args))
{
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object?> Args { get; } = args;
    public string MessageIn(string language) => ReconciliationMessages.Text(Code, language, Args);
}
