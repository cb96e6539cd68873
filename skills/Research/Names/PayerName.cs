namespace OpsBot.Skills.Research.Names;

/// <summary>A payer's name as matching sees it: the whole words and the initials, folded.</summary>
public sealed record PayerName
{
    public required string Original { get; init; }
    public required IReadOnlyList<string> Words { get; init; }
    public required IReadOnlyList<char> Initials { get; init; }

    /// <summary>The key payments are remembered under in the history: the words and initials, sorted.</summary>
    public string Key => string.Join(' ', Words.Concat(Initials.Select(c => c.ToString())).Order(StringComparer.Ordinal));

    public bool IsEmpty => Words.Count == 0 && Initials.Count == 0;

    public static IReadOnlyList<PayerName> Parse(string? payerName)
    {
        if (string.IsNullOrWhiteSpace(payerName)) return [];
        var names = new List<PayerName>();
        foreach (var alternative in NameText.Alternatives(payerName))
        {
            var tokens = NameText.Tokens(alternative);
            var name = new PayerName
            {
                Original = alternative.Trim(),
                Words = tokens.Where(t => t.Length > 1).ToList(),
                Initials = tokens.Where(t => t.Length == 1 && char.IsAsciiLetter(t[0])).Select(t => t[0]).ToList(),
            };
            if (!name.IsEmpty) names.Add(name);
        }
        return names;
    }
}
