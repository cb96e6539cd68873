using OpsBot.Skills.Emails;

namespace OpsBot.Tests.Emails;

public class MailtoLinkTests
{
    [Fact]
    public void Subject_and_body_are_percent_encoded_as_UTF_8_with_CRLF_line_breaks_and_no_plus_signs()
    {
        var link = MailtoLink.Build("marie.tremblay@example.ca", "Confirmation\u00A0: 1\u00A0234,56\u00A0$", "Bonjour,\n\nMerci\u202F!");

        Assert.Equal(
            "mailto:marie.tremblay@example.ca?subject=Confirmation%C2%A0%3A%201%C2%A0234%2C56%C2%A0%24&body=Bonjour%2C%0D%0A%0D%0AMerci%E2%80%AF%21",
            link);
    }

    [Fact]
    public async Task A_draft_opens_in_a_mail_client_with_its_address_subject_and_body()
    {
        using var data = new EmailTestData();
        var draft = await data.Emails().DraftAsync(new EmailRequest("BR20261130-0001", "applied") { Language = EmailLanguage.Both }, "analyst1");

        var uri = new Uri(MailtoLink.For(draft));

        Assert.Equal("mailto", uri.Scheme);
        Assert.StartsWith("mailto:marie.tremblay@example.ca?subject=", uri.OriginalString);
        var query = uri.OriginalString[(uri.OriginalString.IndexOf('?') + 1)..].Split('&')
            .ToDictionary(p => p[..p.IndexOf('=')], p => Uri.UnescapeDataString(p[(p.IndexOf('=') + 1)..]));
        Assert.Equal(draft.Subject, query["subject"]);
        Assert.Equal(draft.Body.Replace("\n", "\r\n"), query["body"]);
        Assert.DoesNotContain("+", uri.OriginalString);
    }

    [Fact]
    public void Without_an_address_the_link_still_carries_subject_and_body()
    {
        Assert.Equal("mailto:?subject=Hi&body=Text", MailtoLink.Build(null, "Hi", "Text"));
    }
}
