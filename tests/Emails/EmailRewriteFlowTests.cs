using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Emails;
using OpsBot.Tests.Support;
using static OpsBot.Tests.Emails.EmailFlowData;

namespace OpsBot.Tests.Emails;

/// <summary>
/// "Rewrite" in Teams with a model configured: the real dialogs, skill and Semantic Kernel connector, talking HTTP to
/// a local chat-completions server; the guard decides, and the analyst reads the outcome in their language.
/// </summary>
public class EmailRewriteFlowTests
{
    private const char Nb = '\u00A0';
    private const string Warm = "Thank you for choosing us; we are always glad to help.";
    private const string Chaleureux = "Merci de votre confiance; c’est toujours un plaisir de vous aider.";

    private static BotHarness BotWith(StubChatModel stub) => new(s => s.AddSingleton(new EmailSettings
    {
        Model = new EmailModelSettings
        {
            Provider = ModelProvider.OpenAICompatible, Endpoint = stub.Endpoint, ModelId = "stub-model", Timeout = TimeSpan.FromSeconds(30),
        },
    }));

    /// <summary>A warmer draft: one more sentence after the greeting, in the draft's language, and no new fact.</summary>
    private static string Warmer(string draft)
    {
        var paragraphs = draft.Split("\n\n").ToList();
        paragraphs.Insert(1, draft.StartsWith("Bonjour", StringComparison.Ordinal) ? Chaleureux : Warm);
        return string.Join("\n\n", paragraphs);
    }

    private static List<AuditEvent> Drafted(BotHarness bot) =>
        bot.Store.AuditEvents.Find(e => e.Kind == AuditKinds.EmailDrafted).OrderBy(e => e.Id).ToList();

    [Fact]
    public async Task A_rewrite_that_keeps_every_fact_comes_back_as_a_new_card_whose_link_carries_it()
    {
        using var stub = new StubChatModel(Warmer);
        using var bot = BotWith(stub);
        Seed(bot);
        var card = Card((await Exchange(bot.Flow(), $"email {Applied}"))[0]);
        Assert.Equal(["Open in Outlook", "Rewrite", "Switch to French", "Another template"], ButtonTitles(card));

        var replies = new List<IActivity>();
        await bot.Flow()
            .Send(Press(Button(card, "Rewrite")!))
            .AssertReply(a => Assert.Equal(
                "How should I rewrite it? For example “make it warmer”, “shorter” or “more formal”. Amounts, dates, card endings and references will stay exactly as they are.",
                TextOf(a)))
            .Send("make it warmer")
            .AssertReply(replies.Add)
            .AssertNoReply("one card", 100)
            .StartTestAsync();

        var rewritten = Card(replies[0]);
        Assert.Equal(
            "Rewritten by the language model as asked (“make it warmer”). Every amount, date, card ending and reference was checked: they are unchanged.",
            rewritten["body"]![2]!.Value<string>("text"));
        var part = Assert.Single(Parts(rewritten));
        Assert.Equal("Subject: Your payment of $12,345.67 has been applied", part.Subject);
        Assert.StartsWith($"Hello John Smith,\n\n{Warm}\n\nThis is to confirm that your payment of $12,345.67, received on November 27, 2026 (bank reference {Applied})", part.Body);
        Assert.Equal(part.Body.Replace("\n", "\r\n"), Mailto(Button(rewritten, "Open in Outlook")!.Value<string>("url")!).Body);

        var request = Assert.Single(stub.Bodies);
        Assert.StartsWith("<<<REQUEST>>>\nmake it warmer\n<<<END REQUEST>>>", StubChatModel.UserMessage(request));
        Assert.Equal(["drafted", "rewritten: make it warmer"], Drafted(bot).Select(e => e.Detail));
    }

    [Fact]
    public async Task Une_reformulation_qui_change_un_montant_est_refusee_et_la_raison_donnee_en_francais()
    {
        using var stub = new StubChatModel(draft => draft.Replace($"1{Nb}234,56{Nb}$", $"1{Nb}324,56{Nb}$"));
        using var bot = BotWith(stub);
        Seed(bot);
        var card = Card((await Exchange(bot.Flow("fr-CA"), $"courriel pour {WrongReference}"))[0]);
        Assert.Equal("français", Fact(card, "Langue"));

        await bot.Flow("fr-CA")
            .Send(Press(Button(card, "Reformuler")!, locale: "fr-CA"))
            .AssertReply(a => Assert.StartsWith($"Comment dois-je le reformuler{Nb}? Par exemple «{Nb}plus chaleureux{Nb}»", TextOf(a)))
            .Send("plus court")
            .AssertReply($"Le texte d’origine est conservé{Nb}: la reformulation a modifié ou omis le montant 1{Nb}234,56{Nb}$.")
            .AssertNoReply("the draft stands: no new card", 100)
            .StartTestAsync();

        Assert.Single(stub.Bodies);
        Assert.Equal("drafted", Drafted(bot)[0].Detail);
        Assert.StartsWith("rewrite refused: the rewrite changed or left out the amount", Drafted(bot)[1].Detail);
    }

    [Fact]
    public async Task A_rewrite_typed_after_a_draft_rewrites_it_at_once_every_language_of_it()
    {
        using var stub = new StubChatModel(Warmer);
        using var bot = BotWith(stub);
        Seed(bot);
        await Exchange(bot.Flow("fr-CA"), $"courriel pour {OldCard} les deux");

        var card = Card((await Exchange(bot.Flow("fr-CA"), "reformule plus chaleureux"))[0]);

        Assert.Equal(
            $"Reformulé par le modèle de langage comme demandé («{Nb}plus chaleureux{Nb}»). Les montants, les dates, les fins de numéros de carte et les références ont été vérifiés{Nb}: ils sont inchangés.",
            card["body"]![2]!.Value<string>("text"));
        var parts = Parts(card);
        Assert.Equal(["Français", "English"], parts.Select(p => p.Heading));
        Assert.StartsWith($"Bonjour Marie Tremblay,\n\n{Chaleureux}\n\n", parts[0].Body);
        Assert.StartsWith($"Hello Marie Tremblay,\n\n{Warm}\n\n", parts[1].Body);
        Assert.Equal(2, stub.Bodies.Count);
        Assert.All(stub.Bodies, b => Assert.StartsWith("<<<REQUEST>>>\nplus chaleureux\n<<<END REQUEST>>>", StubChatModel.UserMessage(b)));
    }

    [Fact]
    public async Task A_typed_rewrite_with_no_draft_yet_says_what_to_do_first()
    {
        using var stub = new StubChatModel(Warmer);
        using var bot = BotWith(stub);
        Seed(bot);

        Assert.Equal("There is no draft to rewrite yet. Try “email BR2611300000017” first.", TextOf((await Exchange(bot.Flow(), "rewrite warmer"))[0]));
        Assert.Empty(stub.Bodies);
    }

    [Fact]
    public async Task A_rewrite_button_whose_draft_has_left_the_conversation_says_so()
    {
        using var stub = new StubChatModel(Warmer);
        using var bot = BotWith(stub);
        var ids = Seed(bot);

        var press = Pressed(new JObject { ["verb"] = "email.rewrite", ["paymentId"] = ids[Applied], ["draftId"] = "gone" });
        Assert.Equal("That draft is no longer in this conversation. Draft the email again, then rewrite it.", TextOf((await Exchange(bot.Flow(), press))[0]));
    }
}
