using OpsBot.Bot.CommandLine;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Hosting;

public class ChatVerbTests
{
    [Fact]
    public async Task Chat_holds_a_scripted_conversation_with_cards_as_text_and_buttons_as_numbers()
    {
        var folder = Directory.CreateTempSubdirectory("opsbot-chat-");
        var db = Path.Combine(folder.FullName, "ops.db");
        try
        {
            using (var store = new OpsStore(db))
            {
                store.Payments.Insert(new Payment { Id = 1, BankReference = "BR2611300000017", ReceivedOn = new DateOnly(2026, 11, 27), Amount = 250m, PayerName = "Marie Tremblay", SourceFile = "t.csv", Format = "csv" });
                store.Payments.Insert(new Payment { Id = 2, BankReference = "BR2611300000018", ReceivedOn = new DateOnly(2026, 11, 28), Amount = 80m, PayerName = "Luc Tremblay", Channel = Channels.Cheque, SourceFile = "t.csv", Format = "csv" });
            }
            var stdout = new StringWriter();
            var script = new StringReader("aide\npayments from Tremblay\n1\n");

            var code = await Cli.RunAsync(["chat", "--db", db, "--user", "tester"], stdout, new StringWriter(), script);

            var transcript = stdout.ToString();
            Assert.Equal(0, code);
            Assert.Contains("Hello! I'm OpsBot", transcript);
            Assert.Contains("Voici ce que je peux faire", transcript);
            Assert.Contains("2 payments found — 1 to 2", transcript);
            Assert.Contains("[1] Details · BR2611300000018", transcript);
            Assert.Contains("> [1] Details · BR2611300000018", transcript);
            Assert.Contains("Payment BR2611300000018", transcript);
            Assert.Contains("Channel: Cheque", transcript);

            // The same conversation goes on in the next run, from the same store: no second welcome.
            var again = new StringWriter();
            await Cli.RunAsync(["chat", "--db", db, "--user", "tester"], again, new StringWriter(), new StringReader("more\n"));
            Assert.DoesNotContain("Hello! I'm OpsBot", again.ToString());
            Assert.Contains("There are no more results.", again.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
