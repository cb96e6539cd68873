namespace OpsBot.Skills.Emails;

/// <summary>
/// One language's email as a template (or an accepted rewrite) wrote it. <see cref="Facts"/> are the facts its body
/// holds, which any rewrite must keep; <see cref="SpelledNumbers"/> are counts written in words ("fifteen
/// digits"), which a rewrite may write in figures.
/// </summary>
public sealed record EmailText(
    string Language,
    string Subject,
    string Body,
    IReadOnlyList<CheckedFact> Facts,
    IReadOnlyList<int> SpelledNumbers);
