namespace OpsBot.Skills.Emails;

/// <summary>
/// What a dialog or the command line asks for: an email of one template about one payment.
/// <paramref name="Payment"/> is the payment's id or its bank reference.
/// </summary>
public sealed record EmailRequest(string Payment, string Template)
{
    public EmailLanguage Language { get; init; } = EmailLanguage.Account;
    /// <summary>The account to write about, when the analyst names it; otherwise found from the payment.</summary>
    public string? AccountId { get; init; }
    public EmailChoices Choices { get; init; } = new();
}
