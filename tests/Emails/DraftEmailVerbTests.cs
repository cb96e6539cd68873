using System.Text;
using OpsBot.Bot.CommandLine;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Emails;

public sealed class DraftEmailVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opsbot-email-").FullName;
    private readonly string _db;

    public DraftEmailVerbTests()
    {
        _db = Path.Combine(_folder, "ops.db");
        using var data = new EmailTestData(new OpsStore(_db));
    }

    private async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Cli.RunAsync(["draft-email", "--db", _db, .. args], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Without_out_it_prints_the_recipient_the_subject_and_the_body()
    {
        var (exit, output, error) = await Run("--payment", "BR20261130-0001", "--template", "applied", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith(
            "To: marie.tremblay@example.ca\nSubject: Your payment of $1,234.56 has been applied\n\nHello Marie Tremblay,\n\n",
            output.ReplaceLineEndings("\n"));
        Assert.Contains("was applied on December 1, 2026 to your card account ending in 1005.", output);
    }

    [Fact]
    public async Task With_out_it_writes_a_bilingual_draft_message_and_records_the_drafting()
    {
        var file = Path.Combine(_folder, "draft.eml");

        var (exit, output, error) = await Run("--payment", "BR20261202-0005", "--template", "query-ack", "--case", "CASE-77",
            "--lang", "both", "--out", file, "--from", "Paiements <paiements@example.ca>", "--actor", "analyst9");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal($"Draft written to {file}: query-ack, both, to john.smith@example.com.", output.Trim());
        var mime = new MimeReading(Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file)));
        Assert.Equal("1", mime.Header("X-Unsent"));
        Assert.Equal("john.smith@example.com", mime.Header("To"));
        Assert.Equal("Nous avons bien reçu votre demande (dossier CASE-77) / We have received your request (case CASE-77)",
            MimeReading.DecodeWords(mime.Header("Subject")));
        var body = MimeReading.DecodeQuotedPrintable(mime.RawBody);
        Assert.StartsWith("(English message follows)\r\n\r\nBonjour John Smith,", body);
        Assert.Contains($"de 12\u00A0345,67\u00A0$ reçu le 2 décembre 2026", body);
        Assert.False(File.Exists(file + ".tmp"));

        using var store = new OpsStore(_db);
        var entry = Assert.Single(store.AuditEvents.FindAll());
        var payment = store.Payments.FindOne(p => p.BankReference == "BR20261202-0005");
        Assert.Equal(AuditKinds.EmailDrafted, entry.Kind);
        Assert.Equal($"payment:{payment.Id}", entry.Subject);
        Assert.Equal("analyst9", entry.Actor);
    }

    [Fact]
    public async Task An_unknown_template_fails_with_the_list_of_template_names()
    {
        var (exit, output, error) = await Run("--payment", "BR20261130-0001", "--template", "hello");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal("error: Unknown email template 'hello'. Templates: wrong-reference, applied, old-card, overpayment, unidentified, query-ack.",
            error.Trim());
    }

    [Theory]
    [InlineData("--lang", "de", "error: --lang takes en, fr or both, not 'de'.")]
    [InlineData("--out", "x.eml", "error: An .eml draft needs a sender: set Email:From (the team's mailbox) or pass --from ADDRESS.")]
    [InlineData("--options", "keep,gift", "error: --options takes keep, cheque and/or deposit (comma-separated), not 'gift'.")]
    public async Task Bad_options_fail_with_a_message_saying_what_is_wrong(string option, string value, string message)
    {
        var (exit, _, error) = await Run("--payment", "BR20261201-0003", "--template", "overpayment", option, value);

        Assert.Equal(2, exit);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public async Task A_payment_that_does_not_exist_fails_and_nothing_is_recorded()
    {
        var (exit, _, error) = await Run("--payment", "BR-NOPE", "--template", "applied");

        Assert.Equal(1, exit);
        Assert.Equal("error: No payment has the id or bank reference 'BR-NOPE'.", error.Trim());
        using var store = new OpsStore(_db);
        Assert.Equal(0, store.AuditEvents.Count());
    }

    [Fact]
    public async Task Help_lists_the_verb()
    {
        var stdout = new StringWriter();
        await Cli.RunAsync(["help"], stdout, new StringWriter());

        Assert.Contains("draft-email --payment ID --template NAME [--lang en|fr|both] [--out FILE.eml] [--case REF]", stdout.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
