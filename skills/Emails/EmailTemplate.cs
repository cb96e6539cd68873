using System.Text.RegularExpressions;

namespace OpsBot.Skills.Emails;

/// <summary>
/// One kind of customer email, written twice: once in English, once in French by a French writer (not translated
/// sentence for sentence). Both versions live in the same file so a reviewer sees them side by side.
/// </summary>
public abstract partial class EmailTemplate
{
    /// <summary>The name the command line and dialogs use: "wrong-reference", "applied", …</summary>
    public abstract string Name { get; }

    /// <summary>What the email is for, in English: the kernel function's description.</summary>
    public abstract string Description { get; }

    /// <summary>Why these facts cannot make this email (English, French), or null when they can.</summary>
    public virtual (string English, string French)? Missing(EmailFacts facts) => null;

    public EmailText Render(EmailFacts facts, string language)
    {
        if (Missing(facts) is { } missing) throw new EmailDraftException(missing.English, missing.French);
        var words = new EmailWords(facts, language);
        var (subject, body) = words.French ? French(facts, words) : English(facts, words);
        body = Tidy(body);
        if (words.French)
        {
            subject = FrenchTypography.Apply(subject);
            body = FrenchTypography.Apply(body);
        }
        var used = facts.Checkable(words.Language).Where(f => body.Contains(f.Text, StringComparison.Ordinal)).ToList();
        return new EmailText(words.Language, subject, body, used, words.Spelled.Distinct().ToList());
    }

    protected abstract (string Subject, string Body) English(EmailFacts f, EmailWords w);

    protected abstract (string Subject, string Body) French(EmailFacts f, EmailWords w);

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    // A paragraph left out by a choice leaves an empty line behind; one blank line between paragraphs is the rule.
    private static string Tidy(string body) =>
        ExtraBlankLines().Replace(body.ReplaceLineEndings("\n").Trim(), "\n\n");
}
