using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OpsBot.Skills.Access;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Support;
using static OpsBot.Tests.Research.ResearchFlowData;

namespace OpsBot.Tests.Research;

/// <summary>
/// Research in Teams, through the real recognizer, router, dialogs and research skill, on accounts imported and
/// payments ingested from files. Every reply is checked for full card numbers as it arrives.
/// </summary>
public class ResearchFlowTests : IDisposable
{
    private const string Nb = "\u00A0";
    private readonly BotHarness _bot = new();

    public ResearchFlowTests() => Seed(_bot);

    public void Dispose() => _bot.Dispose();

    private long IdOf(string bankReference) => Payment(_bot, bankReference).Id;

    private static string Masked(string number) => CardMask.MaskLastFour(number[^4..]);

    // ----- by text -----

    [Fact]
    public async Task Research_in_English_shows_the_repaired_card_the_holder_the_confidence_and_the_evidence()
    {
        var card = CardOf((await Say(_bot, $"research {Mistyped}"))[0]);
        var text = Render(card);

        Assert.Equal($"Research · {Mistyped}", Body(card)[0].Value<string>("text"));
        Assert.Contains("$250.00 · November 30, 2026 · Bill payment · TREMBLAY MARIE · ref. •••• •••••• •", text);
        Assert.Contains("The reference has 15 digits but fails the Luhn check: it cannot be a card number as typed.", text);
        Assert.DoesNotContain("No account matches confidently.", text);

        var best = Candidates(card)[0];
        var bestText = Render(best);
        Assert.StartsWith("1. Marie Tremblay", bestText);
        Assert.Equal(Marie, Fact(best, "Account"));
        Assert.Equal(Masked(MarieCard), Fact(best, "Card"));
        Assert.Matches(@"^very likely \(9\d%\)$", Fact(best, "Confidence"));
        Assert.Contains($"- The reference is card ending {MarieCard[^4..]} with one digit mistyped (the 7th).", bestText);
        Assert.Contains("- The payer’s name, “TREMBLAY MARIE”, is the holder’s: Marie Tremblay.", bestText);

        // The other Tremblays are under one chance in a thousand: research leaves them out, so there is no "Show more".
        Assert.Single(Candidates(card));
        Assert.Equal(["Allocate to this one", "Email"], ButtonTitles(best));
        Assert.Equal(["None of these"], card["actions"]!.Select(a => a.Value<string>("title")));
    }

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("en-CA")]
    [InlineData("de-DE")]
    public async Task Qui_a_paye_en_francais_parle_francais_quelle_que_soit_la_culture_de_la_machine(string culture)
    {
        var original = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new(culture);
        try
        {
            var reply = (await Say(_bot, $"qui a payé {Mistyped}{Nb}?", "fr-CA"))[0];
            var card = CardOf(reply);
            var text = Render(card);

            Assert.Equal($"Recherche sur {Mistyped}{Nb}: 1 compte possible", ((IMessageActivity)reply).Summary);
            Assert.Equal($"Recherche · {Mistyped}", Body(card)[0].Value<string>("text"));
            Assert.Contains($"250,00{Nb}$ · 30 novembre 2026 · Paiement de facture · TREMBLAY MARIE · réf. •••• •••••• •", text);
            var best = Candidates(card)[0];
            Assert.StartsWith("1. Marie Tremblay", Render(best));
            Assert.Equal(Marie, Fact(best, "Compte"));
            Assert.Equal(Masked(MarieCard), Fact(best, "Carte"));
            Assert.Matches($"^très probable \\(9\\d{Nb}%\\)$", Fact(best, "Confiance"));
            Assert.Contains($"- La référence est la carte se terminant par {MarieCard[^4..]}, avec un chiffre mal saisi (le 7e).", Render(best));
            Assert.Contains($"- Le nom du payeur, «{Nb}TREMBLAY MARIE{Nb}», est celui du titulaire{Nb}: Marie Tremblay.", Render(best));
            Assert.Equal(["Affecter à ce compte", "Courriel"], ButtonTitles(best));
            Assert.Equal(["Aucun de ces comptes"], card["actions"]!.Select(a => a.Value<string>("title")));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = original;
        }
    }

    [Fact]
    public async Task Research_without_a_reference_asks_for_one_and_researches_the_answer()
    {
        var replies = await Say(_bot, ["research", Mistyped], replies: 2);

        Assert.Equal("Which payment should I research? Give its bank reference (BR…).", TextOf(replies[0]));
        Assert.Equal(Marie, Fact(Candidates(CardOf(replies[1]))[0], "Account"));
    }

    [Fact]
    public async Task Research_of_a_reference_nobody_has_says_so()
    {
        Assert.Equal("No payment has the bank reference BR2611309999999.", TextOf((await Say(_bot, "research BR2611309999999"))[0]));
        Assert.Equal("Aucun paiement ne porte la référence bancaire BR2611309999999.", TextOf((await Say(_bot, $"qui a payé BR2611309999999{Nb}?", "fr-CA"))[0]));
    }

    // ----- buttons -----

    [Fact]
    public async Task The_research_button_of_the_payment_card_opens_the_research_card()
    {
        var detail = CardOf((await Say(_bot, $"find {Mistyped}"))[0]);
        var research = detail["actions"]!.Single(a => a.Value<string>("title") == "Research");

        var card = CardOf((await Say(_bot, Press((JObject)research["data"]!)))[0]);

        Assert.Equal($"Research · {Mistyped}", Body(card)[0].Value<string>("text"));
        Assert.Equal(Marie, Fact(Candidates(card)[0], "Account"));
    }

    [Fact]
    public async Task An_action_execute_research_press_sends_the_card_and_answers_the_invoke_with_its_summary()
    {
        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = global::OpsBot.Dialogs.Conversation.CardActionRequest.InvokeName,
            Locale = "en-CA",
            Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = "payment.research", data = new { paymentId = IdOf(Mistyped) } } }),
        };

        var replies = await Say(_bot, invoke, replies: 2);

        Assert.Equal(Marie, Fact(Candidates(CardOf(replies[0]))[0], "Account"));
        var body = (AdaptiveCardInvokeResponse)((Microsoft.Bot.Builder.InvokeResponse)((Activity)replies[1]).Value).Body;
        Assert.Equal($"Research on {Mistyped}: 1 candidate", (string)body.Value);
    }

    [Fact]
    public async Task The_allocate_button_sends_exactly_the_verb_the_payment_and_the_account()
    {
        var card = CardOf((await Say(_bot, $"research {Mistyped}"))[0]);

        var allocate = Candidates(card).Select(c => Button(c, "Allocate to this one")).ToList();
        Assert.True(JToken.DeepEquals(
            new JObject { ["paymentId"] = IdOf(Mistyped), ["accountId"] = Marie, ["verb"] = "payment.allocate" },
            allocate[0]["data"]));
        Assert.Equal("Action.Submit", allocate[0].Value<string>("type"));
        // Every candidate's button names its own account, nothing more.
        Assert.Equal(Candidates(card).Select(c => Fact(c, "Account")), allocate.Select(a => a["data"]!.Value<string>("accountId")));
        Assert.All(allocate, a => Assert.Equal(["paymentId", "accountId", "verb"], ((JObject)a["data"]!).Properties().Select(p => p.Name)));

        var email = Button(Candidates(card)[0], "Email");
        Assert.True(JToken.DeepEquals(
            new JObject { ["paymentId"] = IdOf(Mistyped), ["accountId"] = Marie, ["verb"] = "payment.email" },
            email["data"]));
    }

    [Fact]
    public async Task Show_more_adds_the_next_candidates_and_stops_when_there_are_no_more()
    {
        var first = CardOf((await Say(_bot, $"research {JustTremblay}"))[0]);
        Assert.Equal(3, Candidates(first).Count);
        var more = first["actions"]!.Single(a => a.Value<string>("title") == "Show more");
        Assert.True(JToken.DeepEquals(new JObject { ["paymentId"] = IdOf(JustTremblay), ["top"] = 6, ["verb"] = "research.more" }, more["data"]));

        var second = CardOf((await Say(_bot, Press((JObject)more["data"]!)))[0]);

        var accounts = Candidates(second).Select(c => Fact(c, "Account")).ToList();
        Assert.Equal(5, accounts.Count);
        Assert.Equal(Candidates(first).Select(c => Fact(c, "Account")), accounts.Take(3));
        Assert.Equal([Marie, .. OtherTremblays], accounts.Order());
        Assert.Equal(["5. "], Candidates(second).Skip(4).Select(c => Render(c)[..3]));
        Assert.Equal(["None of these"], second["actions"]!.Select(a => a.Value<string>("title")));

        var fr = CardOf((await Say(_bot, $"qui a payé {JustTremblay}{Nb}?", "fr-CA"))[0]);
        Assert.Equal(["Voir d'autres comptes", "Aucun de ces comptes"], fr["actions"]!.Select(a => a.Value<string>("title")));
    }

    [Fact]
    public async Task A_surname_alone_matches_nobody_confidently_and_says_the_payer_is_probably_not_a_customer()
    {
        var text = Render(CardOf((await Say(_bot, $"research {JustTremblay}"))[0]));

        Assert.Contains("No account matches confidently.", text);
        Assert.Matches(@"This payment probably comes from someone who is not our customer \(\d{2}%\)\.", text);
        Assert.Contains("- The payer gave only a surname, “TREMBLAY”, the holder’s (Marie Tremblay). It is one of 5 accounts with this surname.", text);
        Assert.Matches(@"Confidence: (very )?unlikely \((<1|\d)%\)", text);
        Assert.DoesNotContain("very likely", text);
    }

    [Fact]
    public async Task None_of_these_records_nothing_and_offers_the_unidentified_email_and_the_return()
    {
        var research = CardOf((await Say(_bot, $"research {Mistyped}"))[0]);
        var none = research["actions"]!.Single(a => a.Value<string>("title") == "None of these");
        Assert.True(JToken.DeepEquals(new JObject { ["paymentId"] = IdOf(Mistyped), ["verb"] = "research.none" }, none["data"]));
        var auditBefore = _bot.Store.AuditEvents.Count();

        var card = CardOf((await Say(_bot, Press((JObject)none["data"]!)))[0]);

        var text = Render(card);
        Assert.Contains($"None of these · {Mistyped}", text);
        Assert.Contains($"Understood: none of the accounts proposed is the owner of {Mistyped}. Nothing was allocated and the payment stays unapplied.", text);
        Assert.Contains("- Ask the payer for proof of payment: draft the “payment not identified” email with the button below.", text);
        Assert.Contains($"- Send it back to the remitter: type “return {Mistyped} to sender: not our customer” (an approver confirms it).", text);
        var draft = (JObject)card["actions"]!.Single();
        Assert.Equal("Draft the “not identified” email", draft.Value<string>("title"));
        Assert.True(JToken.DeepEquals(new JObject { ["paymentId"] = IdOf(Mistyped), ["template"] = "unidentified", ["verb"] = "payment.email" }, draft["data"]));

        // Nothing moved, nothing was written.
        Assert.Equal(PaymentStatus.Unapplied, Payment(_bot, Mistyped).Status);
        Assert.Equal(0, _bot.Store.Allocations.Count(a => a.PaymentId == IdOf(Mistyped)));
        Assert.Equal(auditBefore, _bot.Store.AuditEvents.Count());

        // The button drafts that email through the email feature.
        var email = Render(CardOf((await Say(_bot, Press((JObject)draft["data"]!)))[0]));
        Assert.Contains($"Email draft · {Mistyped}", email);
        Assert.Contains("Template: Payment not identified (proof of payment)", email);
    }

    [Fact]
    public async Task Aucun_de_ces_comptes_en_francais()
    {
        var text = Render(CardOf((await Say(_bot, Press(new JObject { ["verb"] = "research.none", ["paymentId"] = IdOf(Mistyped) }, "fr-CA"), "fr-CA"))[0]));

        Assert.Contains($"C'est noté{Nb}: aucun des comptes proposés n'est le titulaire de {Mistyped}. Rien n'a été affecté et le paiement reste non appliqué.", text);
        Assert.Contains($"Ce que vous pouvez faire ensuite{Nb}:", text);
        Assert.Contains($"- Le retourner au remettant{Nb}: tapez «{Nb}retourner {Mistyped} à l'expéditeur{Nb}: pas notre client{Nb}» (un approbateur le confirme).", text);
        Assert.Contains($"[1] Rédiger le courriel «{Nb}non identifié{Nb}»", text);
    }

    // ----- the payments research cannot help with -----

    [Fact]
    public async Task A_visa_number_and_an_unknown_name_are_flagged_as_not_a_customer_with_nothing_to_allocate()
    {
        var card = CardOf((await Say(_bot, $"research {Stranger}"))[0]);
        var text = Render(card);

        Assert.Contains("No account matches confidently.", text);
        Assert.Contains("Research found no account this payment could belong to.", text);
        Assert.Matches(@"This payment probably comes from someone who is not our customer \(\d{2,3}%\)\.", text);
        Assert.Contains("The reference looks like a Visa card number (16 digits), not one of ours", text);
        Assert.Empty(Candidates(card));
        Assert.Equal(["None of these"], card["actions"]!.Select(a => a.Value<string>("title")));

        var fr = Render(CardOf((await Say(_bot, $"qui a payé {Stranger}{Nb}?", "fr-CA"))[0]));
        Assert.Contains("Aucun compte ne correspond avec certitude.", fr);
        Assert.Matches($@"Ce paiement vient probablement d'une personne qui n'est pas notre cliente \(\d{{2,3}}{Nb}%\)\.", fr);
    }

    [Fact]
    public async Task An_applied_payment_says_to_whom_masked_and_offers_nothing_to_allocate()
    {
        Assert.Equal(PaymentStatus.Applied, Payment(_bot, Applied).Status);

        var card = CardOf((await Say(_bot, $"research {Applied}"))[0]);

        var text = Render(card);
        Assert.Contains($"Payment {Applied} is already applied; there is nothing to research or allocate.", text);
        Assert.Contains($"Applied to: $500.00 · John Smith · {John} · {Masked(JohnCard)}", text);
        Assert.Null(card["actions"]);
        Assert.DoesNotContain("payment.allocate", card.ToString());

        var fr = Render(CardOf((await Say(_bot, $"qui a payé {Applied}{Nb}?", "fr-CA"))[0]));
        Assert.Contains($"Le paiement {Applied} est déjà appliqué{Nb}; il n'y a rien à rechercher ni à affecter.", fr);
        Assert.Contains($"Appliqué à: 500,00{Nb}$ · John Smith · {John} · {Masked(JohnCard)}", fr);
    }

    [Fact]
    public async Task A_cancelled_card_account_is_proposed_with_a_note_that_an_approver_is_needed()
    {
        var best = Candidates(CardOf((await Say(_bot, $"research {CancelledCard}"))[0]))[0];
        var text = Render(best);

        Assert.StartsWith("1. Jean-François Côté (Gestion Côté inc.)", text);
        Assert.Equal(Gestion, Fact(best, "Account"));
        Assert.Equal(Masked(GestionCard), Fact(best, "Card"));
        Assert.Contains($"- The reference is cancelled card ending {GestionCard[^4..]} with one digit mistyped (the 9th).", text);
        var note = "Every card on this account is cancelled or closed: allocating to it needs an approver.";
        Assert.Equal(note, best["items"]!.Single(i => i.Value<string>("color") == "Attention").Value<string>("text"));
        Assert.Single(text.Split('\n'), l => l.Contains("cancelled or closed"));

        var fr = Render(Candidates(CardOf((await Say(_bot, $"qui a payé {CancelledCard}{Nb}?", "fr-CA"))[0]))[0]);
        Assert.Contains($"Toutes les cartes de ce compte sont annulées ou fermées{Nb}: une affectation à ce compte doit être approuvée.", fr);
    }

    // ----- who may -----

    [Fact]
    public async Task Someone_with_no_role_is_refused_by_text_and_by_button_and_a_leader_reads_without_buttons_to_act()
    {
        var team = new Roles(new Dictionary<Role, IEnumerable<string>> { [Role.Analyst] = ["analyst-1"], [Role.Leader] = ["leader-1"] });
        using var bot = new BotHarness(s => s.AddSingleton(team));
        Seed(bot);
        var id = Payment(bot, Mistyped).Id;

        Assert.Equal("You have no role in OpsBot, so I can't show you research on payments. Ask a team leader to add your id (stranger-9) to the Roles settings.",
            TextOf((await Say(bot, $"research {Mistyped}", user: "stranger-9"))[0]));
        Assert.Equal($"Vous n'avez aucun rôle dans OpsBot{Nb}: je ne peux donc pas vous montrer de recherche sur les paiements. Demandez à un chef d'équipe d'ajouter votre identifiant (stranger-9) aux paramètres Roles.",
            TextOf((await Say(bot, Press(new JObject { ["verb"] = "payment.research", ["paymentId"] = id }, "fr-CA"), "fr-CA", user: "stranger-9"))[0]));
        Assert.StartsWith("You have no role in OpsBot",
            TextOf((await Say(bot, Press(new JObject { ["verb"] = "research.more", ["paymentId"] = id, ["top"] = 6 }), user: "stranger-9"))[0]));

        var analyst = CardOf((await Say(bot, $"research {Mistyped}", user: "analyst-1"))[0]);
        Assert.Equal(["Allocate to this one", "Email"], ButtonTitles(Candidates(analyst)[0]));

        var leader = CardOf((await Say(bot, $"research {Mistyped}", user: "leader-1"))[0]);
        Assert.Equal(Marie, Fact(Candidates(leader)[0], "Account"));
        Assert.All(Candidates(leader), c => Assert.Empty(ButtonTitles(c)));
    }

    // ----- helpers -----

    private static Task<List<IActivity>> Say(BotHarness bot, object message, string locale = "en-CA", int replies = 1, string user = "analyst-1") =>
        Say(bot, [message], locale, replies, user);

    /// <summary>
    /// Sends messages or presses in one conversation and collects the replies; every reply is checked for full card
    /// numbers (the seeded ones, and any 15-digit Luhn-valid run) before anything else looks at it.
    /// </summary>
    private static async Task<List<IActivity>> Say(BotHarness bot, object[] messages, string locale = "en-CA", int replies = 1, string user = "analyst-1")
    {
        var got = new List<IActivity>();
        TestFlow flow = bot.Flow(locale, conversation: $"research-{user}-{locale}", user: user);
        foreach (var message in messages) flow = message is string text ? flow.Send(text) : flow.Send((IActivity)message);
        for (var i = 0; i < replies; i++) flow = flow.AssertReply(a => got.Add(a));
        await flow.AssertNoReply("no more replies", 100).StartTestAsync();
        foreach (var reply in got)
        {
            var json = JsonConvert.SerializeObject(reply);
            Assert.False(AllCardNumbers.Any(json.Contains), "A reply held a full card number.");
            Assert.False(PanScanner.Scan(json, "reply").Any(), "A reply held something that reads as a card number.");
        }
        return got;
    }

    private static Activity Press(JObject data, string locale = "en-CA")
    {
        var press = BotHarness.Press((JObject)data.DeepClone());
        press.Locale = locale;
        return press;
    }

    private static string TextOf(IActivity activity) => ((IMessageActivity)activity).Text ?? "";

    private static JObject CardOf(IActivity activity)
    {
        var card = BotHarness.CardOf(activity);
        Assert.NotNull(card);
        Assert.Equal("1.5", card!.Value<string>("version"));
        return card;
    }

    private static IReadOnlyList<JObject> Body(JObject card) => card["body"]!.OfType<JObject>().ToList();

    /// <summary>The candidates' blocks, best first.</summary>
    private static IReadOnlyList<JObject> Candidates(JObject card) =>
        Body(card).Where(e => e.Value<string>("type") == "Container").ToList();

    private static string Render(JObject element) =>
        element.Value<string>("type") == "AdaptiveCard"
            ? global::OpsBot.Dialogs.Cards.CardText.Render(element).Text
            : global::OpsBot.Dialogs.Cards.CardText.Render(new JObject { ["body"] = element["items"]!.DeepClone() }).Text;

    private static string Fact(JObject candidate, string title) =>
        candidate.SelectTokens("$..facts[*]").First(f => f.Value<string>("title") == title).Value<string>("value")!;

    private static IReadOnlyList<string> ButtonTitles(JObject candidate) =>
        candidate.SelectTokens("$.items[?(@.type == 'ActionSet')].actions[*].title").Select(t => t.Value<string>()!).ToList();

    private static JObject Button(JObject candidate, string title) =>
        (JObject)candidate.SelectTokens("$.items[?(@.type == 'ActionSet')].actions[*]").Single(a => a.Value<string>("title") == title);
}
