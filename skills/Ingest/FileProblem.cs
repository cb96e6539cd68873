using OpsBot.Skills.Cards;

namespace OpsBot.Skills.Ingest;

/// <summary>What is wrong with a file and where: "line 12 (49)", "entry 3 (line 40)", "line 5, position 3".</summary>
public sealed record FileProblem(string Record, string Reason)
{
    public override string ToString() => $"{Record}: {Reason}";
}

/// <summary>
/// A file that cannot be taken in whole. Readers throw it; nothing from the file is stored. Messages never carry a
/// value from the file that could be a card number (they go through <see cref="CardMask.MaskText"/>).
/// </summary>
public sealed class RemittanceFileException : Exception
{
    public RemittanceFileException(string format, IReadOnlyList<FileProblem> problems)
        : base(Describe(problems))
    {
        Format = format;
        Problems = problems;
    }

    public RemittanceFileException(string format, string record, string reason)
        : this(format, [new FileProblem(record, reason)]) { }

    /// <summary>The format the file was recognized as, or "unknown".</summary>
    public string Format { get; }
    public IReadOnlyList<FileProblem> Problems { get; }

    private static string Describe(IReadOnlyList<FileProblem> problems) =>
        problems.Count == 1
            ? problems[0].ToString()
            : $"{problems[0]} (and {problems.Count - 1} more problem{(problems.Count == 2 ? "" : "s")})";
}

/// <summary>Quoting a value from a file in a message: masked, and cut short.</summary>
internal static class Quote
{
    public static string Of(string? value)
    {
        var masked = CardMask.MaskText(value ?? "") ?? "";
        return "'" + (masked.Length > 40 ? masked[..40] + "…" : masked) + "'";
    }
}
