namespace OpsBot.Skills.Emails;

/// <summary>
/// A drafted customer email: one part per language (French first when both), ready to show, copy, open in a mail
/// client or rewrite. It holds no account data beyond the recipient's address and card endings, so a dialog may
/// keep it in its state.
/// </summary>
public sealed record EmailDraft
{
    /// <summary>Written above a bilingual email so that an English reader knows to scroll.</summary>
    public const string BilingualNotice = "(English message follows)";

    /// <summary>The line between the French and the English parts.</summary>
    public static readonly string Separator = new('-', 40);

    public required EmailRequest Request { get; init; }
    public required string Template { get; init; }
    /// <summary>English, French or Both: the account's preference is resolved when drafting.</summary>
    public required EmailLanguage Language { get; init; }
    public required IReadOnlyList<EmailText> Parts { get; init; }
    public required long PaymentId { get; init; }
    public required string BankReference { get; init; }
    public string? AccountId { get; init; }
    /// <summary>The account's email address, when known.</summary>
    public string? To { get; init; }
    /// <summary>True once a model's rewrite passed the guard.</summary>
    public bool Rewritten { get; init; }

    public string Subject => Parts.Count == 1 ? Parts[0].Subject : string.Join(" / ", Parts.Select(p => p.Subject));

    public string Body => Parts.Count == 1
        ? Parts[0].Body
        : BilingualNotice + "\n\n" + string.Join("\n\n" + Separator + "\n\n", Parts.Select(p => p.Body));

    public EmailText? Part(string language) => Parts.FirstOrDefault(p => p.Language == language);
}

/// <summary>
/// The outcome of asking a model to rewrite a draft: the rewritten draft when the guard accepted it, otherwise the
/// draft unchanged and why (in English and in French).
/// </summary>
public sealed record EmailRewrite(EmailDraft Draft, bool Accepted, string? ReasonEnglish, string? ReasonFrench);
