using System.Globalization;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using OpsBot.Skills.Emails;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Emails;

[UseCulture("de-DE")]
public class EmlMessageTests
{
    private static readonly DateTimeOffset WrittenAt = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(-5));

    private static async Task<EmailDraft> Draft(string payment, string template, EmailLanguage language)
    {
        using var data = new EmailTestData();
        return await data.Emails().DraftAsync(new EmailRequest(payment, template) { Language = language }, "analyst1");
    }

    [Fact]
    public async Task A_bilingual_draft_is_a_valid_RFC_5322_message_that_Outlook_opens_as_a_draft()
    {
        var draft = await Draft("BR20261130-0001", "applied", EmailLanguage.Both);

        var bytes = EmlMessage.Bytes(draft, "Opérations de paiement <paiements@example.ca>", WrittenAt);
        var text = Encoding.ASCII.GetString(bytes);

        Assert.All(bytes, b => Assert.True(b < 128));
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("(?<!\r)\n|\r(?!\n)"), text);
        var mime = new MimeReading(text);
        Assert.All(mime.HeaderBlock.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
        Assert.All(mime.RawBody.Split("\r\n"), line => Assert.True(line.Length <= 76, line));

        Assert.Equal(WrittenAt, Rfc5322(mime.Header("Date")));
        var from = new MailAddress(MimeReading.DecodeWords(mime.Header("From")));
        Assert.Equal("paiements@example.ca", from.Address);
        Assert.Equal("Opérations de paiement", from.DisplayName);
        Assert.Equal("marie.tremblay@example.ca", new MailAddress(mime.Header("To")).Address);
        Assert.All(MimeReading.EncodedWords(mime.Header("Subject")), word => Assert.True(word.Length <= 75, word));
        Assert.Equal(draft.Subject, MimeReading.DecodeWords(mime.Header("Subject")));
        Assert.Equal("1.0", mime.Header("MIME-Version"));
        var type = new ContentType(mime.Header("Content-Type"));
        Assert.Equal("text/plain", type.MediaType);
        Assert.Equal("utf-8", type.CharSet);
        Assert.Equal("quoted-printable", mime.Header("Content-Transfer-Encoding"));
        Assert.Equal("1", mime.Header("X-Unsent"));
        Assert.Matches(@"^<[0-9a-f]{32}@example\.ca>$", mime.Header("Message-ID"));
        Assert.Equal(draft.Body.Replace("\n", "\r\n") + "\r\n", MimeReading.DecodeQuotedPrintable(mime.RawBody));
    }

    private static DateTimeOffset Rfc5322(string value)
    {
        // "Wed, 02 Dec 2026 10:00:00 -0500": the offset has no colon, which .NET's zzz wants.
        var offset = value[^5..];
        var withColon = value[..^5] + offset[..3] + ":" + offset[3..];
        return DateTimeOffset.ParseExact(withColon, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_date_header_is_written_in_English_with_a_numeric_offset_whatever_the_culture()
    {
        Assert.Equal("Wed, 02 Dec 2026 10:00:00 -0500", EmlMessage.Rfc5322Date(WrittenAt));
        Assert.Equal("Tue, 01 Dec 2026 15:00:00 +0000", EmlMessage.Rfc5322Date(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task An_English_subject_stays_readable_and_is_folded_at_a_space_when_long()
    {
        var draft = await Draft("BR20261130-0001", "wrong-reference", EmailLanguage.English);

        var mime = new MimeReading(EmlMessage.Compose(draft, "paiements@example.ca", WrittenAt));

        Assert.Equal("Your payment of $1,234.56 has been applied: please check your card number", mime.Header("Subject"));
        Assert.Contains("Subject: Your payment of $1,234.56 has been applied: please check your card\r\n number", mime.HeaderBlock);
    }

    [Fact]
    public void A_line_break_in_a_header_value_cannot_start_a_new_header()
    {
        var draft = new EmailDraft
        {
            Request = new EmailRequest("1", "applied"), Template = "applied", Language = EmailLanguage.English,
            Parts = [new EmailText("en", "Hello\r\nBcc: someone@example.com", "Body", [], [])],
            PaymentId = 1, BankReference = "BR1", To = "customer@example.com\r\nBcc: other@example.com",
        };

        var mime = new MimeReading(EmlMessage.Compose(draft, "paiements@example.ca", WrittenAt));

        Assert.DoesNotContain(mime.Headers, h => h.Name == "Bcc");
        Assert.Equal("Hello Bcc: someone@example.com", mime.Header("Subject"));
    }

    [Fact]
    public void Quoted_printable_encodes_non_ASCII_equals_signs_and_trailing_spaces_and_breaks_long_lines_softly()
    {
        var encoded = EmlMessage.QuotedPrintable("Montant\u00A0: 1\u00A0234,56\u00A0$ = total \n" + new string('x', 100));

        Assert.StartsWith("Montant=C2=A0: 1=C2=A0234,56=C2=A0$ =3D total=20\r\n", encoded);
        Assert.All(encoded.Split("\r\n"), line => Assert.True(line.Length <= 76));
        Assert.Equal("Montant\u00A0: 1\u00A0234,56\u00A0$ = total \r\n" + new string('x', 100), MimeReading.DecodeQuotedPrintable(encoded));
    }
}
