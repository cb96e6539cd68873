using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Understanding;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Dialogs;

public class ConversationTests : IDisposable
{
    private readonly BotHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    private static string TextOf(IActivity a) => ((IMessageActivity)a).Text;

    [Fact]
    public async Task Help_in_english_lists_what_the_bot_does()
    {
        await _bot.Flow().Send("help").AssertReply(a =>
        {
            Assert.StartsWith("Here is what I can do:", TextOf(a));
            Assert.Contains("Look payments up", TextOf(a));
            Assert.Contains("“français” switches to French", TextOf(a));
        }).StartTestAsync();
    }

    [Fact]
    public async Task Aide_in_french_lists_it_in_french_with_french_typography()
    {
        await _bot.Flow("en-CA").Send("aide").AssertReply(a =>
        {
            Assert.StartsWith("Voici ce que je peux faire\u00A0:", TextOf(a));
            Assert.Contains("Trouver des paiements", TextOf(a));
            Assert.Contains("«\u00A0annuler\u00A0»", TextOf(a));
        }).StartTestAsync();
    }

    [Fact]
    public async Task A_language_chosen_by_the_user_wins_over_the_language_of_later_messages()
    {
        await _bot.Flow("en-CA")
            .Send("français").AssertReply("D'accord, je vous réponds en français.")
            .Send("help").AssertReply(a => Assert.StartsWith("Voici ce que je peux faire", TextOf(a)))
            .Send("English").AssertReply("OK, I will answer in English.")
            .Send("aide").AssertReply(a => Assert.StartsWith("Here is what I can do", TextOf(a)))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_language_choice_belongs_to_the_user_in_every_conversation()
    {
        await _bot.Flow(conversation: "one").Send("français").AssertReply(_ => { }).StartTestAsync();
        await _bot.Flow(conversation: "two").Send("help")
            .AssertReply(a => Assert.StartsWith("Voici ce que je peux faire", TextOf(a))).StartTestAsync();
    }

    [Fact]
    public async Task Without_a_choice_the_reply_follows_the_message_then_the_locale()
    {
        await _bot.Flow("fr-CA")
            .Send("BR2611300000099").AssertReply(a => Assert.StartsWith("Aucun paiement", TextOf(a)))
            .Send("find BR2611300000099").AssertReply(a => Assert.StartsWith("No payment", TextOf(a)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Something_not_understood_gets_a_helpful_answer_in_both_languages()
    {
        await _bot.Flow().Send("what's the weather like").AssertReply(a =>
        {
            Assert.Contains("didn't understand", TextOf(a));
            Assert.Contains("«\u00A0aide\u00A0»", TextOf(a));
        }).StartTestAsync();
    }

    [Fact]
    public async Task An_intent_of_a_feature_not_built_yet_is_recognised_and_said_so()
    {
        // An intent with a pattern but no dialog routed to it: made up, since the real ones get their features one by one.
        using var bot = new BotHarness(s => s.AddSingleton(new IntentPattern("unbuilt", @"^\s*frobnicate\b")));
        await bot.Flow().Send("frobnicate the ledger")
            .AssertReply(a => Assert.Contains("I understood that you want to unbuilt, but this version of OpsBot cannot do that yet", TextOf(a)))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_button_no_feature_handles_gets_a_clear_answer()
    {
        await _bot.Flow().Send(BotHarness.Press(new JObject { ["verb"] = "payment.unheard-of", ["paymentId"] = 1 }))
            .AssertReply(a => Assert.Contains("(“payment.unheard-of”) is not handled by this version of OpsBot", TextOf(a)))
            .StartTestAsync();
    }
}
