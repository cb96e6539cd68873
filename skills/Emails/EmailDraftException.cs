namespace OpsBot.Skills.Emails;

/// <summary>
/// A draft that cannot be written as asked. <see cref="Exception.Message"/> says what is wrong in English,
/// <see cref="French"/> in French, for the analyst.
/// </summary>
public sealed class EmailDraftException(string english, string? french = null) : Exception(english)
{
    public string French { get; } = french is null ? english : FrenchTypography.Apply(french);
}
