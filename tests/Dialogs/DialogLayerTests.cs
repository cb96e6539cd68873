using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Dialogs;

public class DialogLayerTests : IDisposable
{
    private readonly BotHarness _bot = new(WithSurvey);

    internal static void WithSurvey(IServiceCollection services)
    {
        services.AddSingleton<Dialog, SurveyDialog>();
        services.AddSingleton(new IntentPattern("survey", "^survey$"));
        services.AddSingleton(new IntentRoute("survey", SurveyDialog.Id));
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Every_prompt_reads_its_answer_and_the_waterfall_carries_the_values()
    {
        await _bot.Flow()
            .Send("survey").AssertReply("Your name?")
            .Send("Marie").AssertReply(a => Assert.StartsWith("Channel?", ((IMessageActivity)a).Text))
            .Send("2").AssertReply("Sure?")
            .Send("yes").AssertReply("How much?")
            .Send("$1,234.56").AssertReply("When?")
            .Send("yesterday").AssertReply("name=Marie; channel=Wire; sure=True; amount=1234.56; date=2026-11-29")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompts_read_french_answers()
    {
        await _bot.Flow("fr-CA")
            .Send("survey").AssertReply("Votre nom ?")
            .Send("Jean-François").AssertReply(a => Assert.StartsWith("Channel?", ((IMessageActivity)a).Text))
            .Send("interac").AssertReply("Sure?")
            .Send("oui").AssertReply("How much?")
            .Send("1 234,56 $").AssertReply("When?")
            .Send("le 3 novembre").AssertReply("name=Jean-François; channel=Interac e-Transfer; sure=True; amount=1234.56; date=2026-11-03")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_asks_again_when_it_cannot_read_the_answer()
    {
        await _bot.Flow()
            .Send("survey").AssertReply("Your name?")
            .Send("Marie").AssertReply(_ => { })
            .Send("Teleport").AssertReply(a => Assert.Contains("could not read", ((IMessageActivity)a).Text))
            .Send("cheque").AssertReply("Sure?")
            .Send("maybe").AssertReply(a => Assert.Contains("Sure?", ((IMessageActivity)a).Text))
            .Send("no").AssertReply("How much?")
            .Send("lots").AssertReply(a => Assert.Contains("How much?", ((IMessageActivity)a).Text))
            .Send("250").AssertReply("When?")
            .Send("someday").AssertReply(a => Assert.Contains("When?", ((IMessageActivity)a).Text))
            .Send("2026-11-02").AssertReply("name=Marie; channel=Cheque; sure=False; amount=250; date=2026-11-02")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("cancel", "en-CA", "OK, I stopped that.")]
    [InlineData("annuler", "fr-CA", "D'accord, j'ai arrêté.")]
    public async Task Cancel_interrupts_a_waiting_prompt(string word, string locale, string answer)
    {
        await _bot.Flow(locale)
            .Send("survey").AssertReply(_ => { })
            .Send("Marie").AssertReply(_ => { })
            .Send(word).AssertReply(a => Assert.StartsWith(answer, ((IMessageActivity)a).Text))
            // The survey is gone: "2" is no longer an answer to it.
            .Send("2").AssertReply(a => Assert.DoesNotContain("Sure?", ((IMessageActivity)a).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_interrupts_a_prompt_and_asks_the_question_again()
    {
        await _bot.Flow()
            .Send("survey").AssertReply("Your name?")
            .Send("help").AssertReply(a => Assert.Contains("Here is what I can do", ((IMessageActivity)a).Text))
            .AssertReply("Your name?")
            .Send("Marie").AssertReply(a => Assert.StartsWith("Channel?", ((IMessageActivity)a).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_with_nothing_going_on_says_so()
    {
        await _bot.Flow().Send("cancel").AssertReply("There is nothing to cancel.").StartTestAsync();
    }

    [Fact]
    public async Task The_dialog_state_survives_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("opsbot-state-");
        var path = Path.Combine(folder.FullName, "ops.db");
        try
        {
            using (var first = new BotHarness(WithSurvey, new OpsStore(path)))
            {
                await first.Flow().Send("survey").AssertReply("Your name?").Send("Marie")
                    .AssertReply(a => Assert.StartsWith("Channel?", ((IMessageActivity)a).Text)).StartTestAsync();
            }
            using var second = new BotHarness(WithSurvey, new OpsStore(path));
            await second.Flow().Send("1").AssertReply("Sure?").StartTestAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
