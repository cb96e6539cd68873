namespace OpsBot.Skills.Emails;

/// <summary>
/// A <c>mailto:</c> URI (RFC 6068) with the subject and body filled in: what "Open in Outlook" opens. Everything is
/// percent-encoded as UTF-8, spaces as %20 (not "+"), line breaks as %0D%0A.
/// </summary>
public static class MailtoLink
{
    /// <summary>Some mail clients and browsers cut mailto links longer than this; a long bilingual draft may pass it.</summary>
    public const int SafeLength = 2000;

    public static string For(EmailDraft draft) => Build(draft.To, draft.Subject, draft.Body);

    public static string Build(string? to, string subject, string body)
    {
        var address = string.IsNullOrWhiteSpace(to) ? "" : Encode(to.Trim()).Replace("%40", "@", StringComparison.Ordinal);
        return $"mailto:{address}?subject={Encode(subject)}&body={Encode(body.ReplaceLineEndings("\r\n"))}";
    }

    private static string Encode(string text) => Uri.EscapeDataString(text);
}
