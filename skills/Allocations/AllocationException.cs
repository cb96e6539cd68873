namespace OpsBot.Skills.Allocations;

/// <summary>
/// A refusal of the allocation workflow: nothing was changed. <see cref="Code"/> is one of
/// <see cref="AllocationCodes"/>; <see cref="MessageIn"/> words it in English or French with its values.
/// </summary>
public sealed class AllocationException : Exception
{
    public AllocationException(string code, IReadOnlyDictionary<string, object?>? args = null)
        : base(AllocationMessages.Text(code, "en", args ?? Empty))
    {
        Code = code;
        Args = args ?? Empty;
    }

    public string Code { get; }
    public IReadOnlyDictionary<string, object?> Args { get; }

    public string MessageIn(string language) => AllocationMessages.Text(Code, language, Args);

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
}
