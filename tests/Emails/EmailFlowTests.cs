using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Emails;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Access;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Emails;
using OpsBot.Tests.Support;
using static OpsBot.Tests.Emails.EmailFlowData;

namespace OpsBot.Tests.Emails;

/// <summary>Drafting emails in Teams, by text and by button, through the real dialogs, recognizer and skill.</summary>
public class EmailFlowTests : IDisposable
{
    private const char Nb = '\u00A0';
    private readonly BotHarness _bot = new();
    private readonly Dictionary<string, long> _ids;

    public EmailFlowTests() => _ids = Seed(_bot);

    public void Dispose() => _bot.Dispose();

    private Task<List<IActivity>> Say(object message, string locale = "en-CA", int replies = 1)
    {
        if (message is Activity { Locale: null } press) press.Locale = locale;
        return Exchange(_bot.Flow(locale), message, replies);
    }

    private List<AuditEvent> Drafted() =>
        _bot.Store.AuditEvents.Find(e => e.Kind == AuditKinds.EmailDrafted).OrderBy(e => e.Id).ToList();

    [Fact]
    public async Task Email_in_English_by_text_shows_the_template_chosen_the_subject_the_body_and_a_mailto_link()
    {
        var card = Card((await Say($"email {WrongReference} en"))[0]);

        Assert.Equal($"Email draft · {WrongReference}", card["body"]![0]!.Value<string>("text"));
        Assert.Equal("marie.tremblay@example.ca", Fact(card, "To"));
        Assert.Equal("Wrong or missing card number — applied", Fact(card, "Template"));
        Assert.Equal("English", Fact(card, "Language"));
        Assert.Equal("Chosen from the payment: the card number given ends in 1050 instead of 1005; the payment was then applied to the account.",
            card["body"]![2]!.Value<string>("text"));

        var part = Assert.Single(Parts(card));
        Assert.Equal("English", part.Heading);
        Assert.Equal("Subject: Your payment of $1,234.56 has been applied: please check your card number", part.Subject);
        Assert.StartsWith("Hello Marie Tremblay,\n\nWe received your payment of $1,234.56 on November 27, 2026 (bank reference BR2611270000001).", part.Body);
        Assert.Contains("applied the payment on November 28, 2026 to your card ending in 1005.", part.Body);
        Assert.EndsWith("Kind regards,\n\nPayments Operations\nCard Services", part.Body);

        // Open in Outlook: the whole draft, as a mail client reads it back (CRLF line breaks); it fits in a link.
        var link = Button(card, "Open in Outlook")!;
        Assert.Equal("Action.OpenUrl", link.Value<string>("type"));
        var url = link.Value<string>("url")!;
        Assert.StartsWith("mailto:marie.tremblay@example.ca?subject=Your%20payment%20of%20%241%2C234.56%20has%20been%20applied%3A%20please%20check%20your%20card%20number&body=Hello%20Marie%20Tremblay%2C%0D%0A%0D%0AWe%20received%20", url);
        Assert.True(url.Length <= MailtoLink.SafeLength);
        var (to, subject, body) = Mailto(url);
        Assert.Equal("marie.tremblay@example.ca", to);
        Assert.Equal("Your payment of $1,234.56 has been applied: please check your card number", subject);
        Assert.Equal(part.Body.Replace("\n", "\r\n"), body);
        Assert.DoesNotContain(card["body"]!, e => e.Value<string>("color") == "Warning");

        Assert.Equal(["Open in Outlook", "Switch to French", "Another template"], ButtonTitles(card));

        var drafted = Assert.Single(Drafted());
        Assert.Equal("analyst-1", drafted.Actor);
        Assert.Equal($"payment:{_ids[WrongReference]}", drafted.Subject);
        Assert.Equal($"template=wrong-reference; language=en; account={EmailFlowData.FrenchAccount}", drafted.After);
    }

    [Fact]
    public async Task Courriel_en_francais_depuis_une_conversation_en_francais()
    {
        var card = Card((await Say($"courriel pour {WrongReference} en français", "fr-CA"))[0]);

        Assert.Equal($"Brouillon de courriel · {WrongReference}", card["body"]![0]!.Value<string>("text"));
        Assert.Equal("Numéro de carte erroné ou absent — paiement porté au compte", Fact(card, "Modèle"));
        Assert.Equal("français", Fact(card, "Langue"));
        Assert.Equal("marie.tremblay@example.ca", Fact(card, "À"));
        Assert.Equal($"Choisi d'après le paiement{Nb}: le numéro de carte fourni se termine par 1050 au lieu de 1005{Nb}; le paiement a ensuite été porté au compte.",
            card["body"]![2]!.Value<string>("text"));

        var part = Assert.Single(Parts(card));
        Assert.Equal("Français", part.Heading);
        Assert.Equal($"Objet{Nb}: Paiement de 1{Nb}234,56{Nb}$ porté à votre compte{Nb}: numéro de carte à vérifier", part.Subject);
        Assert.Contains($"Nous avons bien reçu votre paiement de 1{Nb}234,56{Nb}$ le 27 novembre 2026 (référence bancaire {WrongReference}).", part.Body);
        Assert.Contains("le 28 novembre 2026, sur votre carte se terminant par 1005.", part.Body);
        Assert.Equal(["Ouvrir dans Outlook", "Passer aux deux langues", "Autre modèle"], ButtonTitles(card));
    }

    [Fact]
    public async Task Courriel_en_anglais_demande_en_francais_the_email_is_English_the_card_French()
    {
        var card = Card((await Say($"courriel pour {Applied} en anglais", "fr-CA"))[0]);

        Assert.Equal("anglais", Fact(card, "Langue"));
        Assert.Equal("Paiement porté au compte", Fact(card, "Modèle"));
        var part = Assert.Single(Parts(card));
        Assert.Equal("English", part.Heading);
        Assert.Equal($"Objet{Nb}: Your payment of $12,345.67 has been applied", part.Subject);
        Assert.Contains("This is to confirm that your payment of $12,345.67, received on November 27, 2026 (bank reference BR2611270000003), was applied on November 27, 2026 to your card account ending in 2468.", part.Body);
        Assert.Equal("Passer au français", ButtonTitles(card)[1]);
    }

    [Theory]
    [InlineData("en-CA", "email {0} both", "Language", "French and English (French first)")]
    [InlineData("fr-CA", "courriel {0} les deux", "Langue", "français et anglais (le français d'abord)")]
    public async Task Both_languages_put_French_first_and_a_long_draft_opens_with_its_subject_and_a_clear_warning(
        string locale, string message, string languageTitle, string languageLabel)
    {
        var card = Card((await Say(string.Format(message, WrongReference), locale))[0]);

        Assert.Equal(languageLabel, Fact(card, languageTitle));
        var parts = Parts(card);
        Assert.Equal(["Français", "English"], parts.Select(p => p.Heading));
        Assert.EndsWith($"Paiement de 1{Nb}234,56{Nb}$ porté à votre compte{Nb}: numéro de carte à vérifier", parts[0].Subject);
        Assert.EndsWith("Your payment of $1,234.56 has been applied: please check your card number", parts[1].Subject);

        // Both bodies percent-encoded are far over the 2,000 characters mail clients take in a link.
        var warning = card["body"]!.Single(e => e.Value<string>("color") == "Warning").Value<string>("text")!;
        Assert.Matches(locale == "fr-CA"
            ? $@"^Ce brouillon est trop long pour s'ouvrir au moyen d'un lien \(\d{{1,2}}{Nb}\d{{3}} caractères{Nb}; les logiciels de courriel peuvent tronquer les liens de plus de 2{Nb}000\)\. «{Nb}Ouvrir dans Outlook{Nb}» remplit seulement l'adresse et l'objet{Nb}: copiez le texte de cette carte dans le message\.$"
            : @"^This draft is too long to open through a link \(\d{1,2},\d{3} characters; mail programs may cut links longer than 2,000\)\. “Open in Outlook” fills in the address and the subject only: copy the text from this card into the message\.$",
            warning);
        var url = card["actions"]![0]!.Value<string>("url")!;
        Assert.True(url.Length < MailtoLink.SafeLength);
        var (to, subject, body) = Mailto(url);
        Assert.Equal("marie.tremblay@example.ca", to);
        Assert.Equal($"Paiement de 1{Nb}234,56{Nb}$ porté à votre compte{Nb}: numéro de carte à vérifier / Your payment of $1,234.56 has been applied: please check your card number", subject);
        Assert.Equal("", body);
    }

    [Fact]
    public async Task Without_a_language_the_email_is_in_the_account_language_while_the_card_speaks_the_analyst_language()
    {
        var card = Card((await Say($"email {OldCard}"))[0]);

        Assert.Equal("Old (replaced) card number", Fact(card, "Template"));
        Assert.Equal("French", Fact(card, "Language"));
        Assert.Equal("Chosen from the payment: it was made to the replaced card ending in 4321.", card["body"]![2]!.Value<string>("text"));
        var part = Assert.Single(Parts(card));
        Assert.Equal("Subject: Veuillez mettre à jour le numéro de carte enregistré dans vos services bancaires en ligne", part.Subject);
        Assert.Contains("votre ancien numéro de carte, se terminant par 4321, qui a été remplacé par celui de votre carte actuelle, se terminant par 1005.", part.Body);
    }

    [Fact]
    public async Task A_payment_nobody_identified_gets_the_proof_of_payment_email_in_both_languages_and_no_address()
    {
        var card = Card((await Say($"email {Unidentified}"))[0]);

        Assert.Equal("Payment not identified (proof of payment)", Fact(card, "Template"));
        Assert.Equal("no address on file", Fact(card, "To"));
        Assert.Equal("Chosen from the payment: it has not been matched to any account.", card["body"]![2]!.Value<string>("text"));
        var parts = Parts(card);
        Assert.Equal(["Français", "English"], parts.Select(p => p.Heading));
        Assert.Equal("Subject: Payment of $75.25: please send us your proof of payment", parts[1].Subject);
        Assert.StartsWith("mailto:?subject=", card["actions"]![0]!.Value<string>("url"));
        // Only what these facts can make is offered: the account is unknown.
        Assert.Equal(["wrong-reference:not-identified", "unidentified", "query-ack"], TemplateChoices(card, "Another template"));
    }

    [Fact]
    public async Task The_email_button_of_a_payment_card_drafts_the_email_the_payment_calls_for()
    {
        var lookup = Card((await Say($"find {Applied}"))[0]);
        var email = Button(lookup, "Email")!;
        Assert.Equal("payment.email", email["data"]!.Value<string>("verb"));

        var card = Card((await Say(Press(email)))[0]);

        Assert.Equal("Payment applied", Fact(card, "Template"));
        Assert.Equal("English", Fact(card, "Language"));
        Assert.Equal("john.smith@example.com", Fact(card, "To"));
        Assert.Equal("Chosen from the payment: it was applied to the account.", card["body"]![2]!.Value<string>("text"));
        Assert.Equal("Subject: Your payment of $12,345.67 has been applied", Parts(card)[0].Subject);
    }

    [Fact]
    public async Task Le_bouton_courriel_en_francais()
    {
        var card = Card((await Say(BotHarness.Press(new JObject { ["verb"] = "payment.email", ["paymentId"] = _ids[OldCard] }), "fr-CA"))[0]);

        Assert.Equal("Ancien numéro de carte (carte remplacée)", Fact(card, "Modèle"));
        Assert.Equal($"Choisi d'après le paiement{Nb}: il a été fait à la carte remplacée se terminant par 4321.", card["body"]![2]!.Value<string>("text"));
        Assert.Equal($"Objet{Nb}: Veuillez mettre à jour le numéro de carte enregistré dans vos services bancaires en ligne", Parts(card)[0].Subject);
    }

    [Fact]
    public async Task Switch_language_goes_English_then_French_then_both_then_English_and_each_draft_is_audited()
    {
        var card = Card((await Say($"email {Applied}"))[0]);
        Assert.Equal(["English"], Parts(card).Select(p => p.Heading));

        card = Card((await Say(Press(Button(card, "Switch to French")!)))[0]);
        Assert.Equal(["Français"], Parts(card).Select(p => p.Heading));
        Assert.Equal($"Subject: Confirmation{Nb}: votre paiement de 12{Nb}345,67{Nb}$ a été porté à votre compte", Parts(card)[0].Subject);
        Assert.Equal("Payment applied", Fact(card, "Template"));

        card = Card((await Say(Press(Button(card, "Switch to both languages")!)))[0]);
        Assert.Equal(["Français", "English"], Parts(card).Select(p => p.Heading));

        card = Card((await Say(Press(Button(card, "Switch to English")!)))[0]);
        Assert.Equal(["English"], Parts(card).Select(p => p.Heading));
        Assert.Equal("Subject: Your payment of $12,345.67 has been applied", Parts(card)[0].Subject);

        Assert.Equal(["language=en", "language=fr", "language=both", "language=en"],
            Drafted().Select(e => e.After!.Split("; ")[1]));
    }

    [Fact]
    public async Task Another_template_redrafts_with_its_option_and_query_ack_asks_for_the_case_reference()
    {
        var card = Card((await Say($"email {WrongReference} en"))[0]);
        Assert.Equal(["wrong-reference", "wrong-reference:not-identified", "applied", "old-card", "overpayment", "unidentified", "query-ack"],
            TemplateChoices(card, "Another template"));
        var draftButton = TemplateDraftButton(card, "Another template");

        var notFound = Card((await Say(Press(draftButton, new JObject { ["template"] = "wrong-reference:not-identified", ["caseReference"] = "" })))[0]);
        Assert.Equal("Wrong or missing card number — account not found", Fact(notFound, "Template"));
        Assert.Equal("Subject: Your payment of $1,234.56: we could not identify your account", Parts(notFound)[0].Subject);
        Assert.DoesNotContain(notFound["body"]!, e => e.Value<string>("text")?.StartsWith("Chosen from the payment") == true);

        var replies = new List<IActivity>();
        await _bot.Flow()
            .Send(Press(draftButton, new JObject { ["template"] = "query-ack", ["caseReference"] = "" }))
            .AssertReply(a => Assert.Equal("What case reference should the acknowledgment quote?", TextOf(a)))
            .Send("CS-2026-0042")
            .AssertReply(replies.Add)
            .StartTestAsync();
        var ack = Card(replies[0]);
        Assert.Equal("Query acknowledged (case reference)", Fact(ack, "Template"));
        Assert.Equal("Subject: We have received your request (case CS-2026-0042)", Parts(ack)[0].Subject);
        Assert.Contains("Your request has been recorded under case number CS-2026-0042.", Parts(ack)[0].Body);

        // The case reference typed in the picker goes straight through.
        var direct = Card((await Say(Press(draftButton, new JObject { ["template"] = "query-ack", ["caseReference"] = " CS-2026-0043 " })))[0]);
        Assert.Equal("Subject: We have received your request (case CS-2026-0043)", Parts(direct)[0].Subject);
    }

    [Fact]
    public async Task A_template_and_a_case_reference_can_be_typed()
    {
        var card = Card((await Say($"courriel {Applied} accusé de réception dossier CS-2026-0042 en français", "fr-CA"))[0]);

        Assert.Equal("Accusé de réception d'une demande (numéro de dossier)", Fact(card, "Modèle"));
        Assert.Equal($"Objet{Nb}: Nous avons bien reçu votre demande (dossier CS-2026-0042)", Parts(card)[0].Subject);
    }

    [Fact]
    public async Task A_typed_wrong_reference_follows_the_payment_account_not_found_when_nothing_was_credited()
    {
        var card = Card((await Say($"email {Unidentified} wrong reference en"))[0]);

        Assert.Equal("Wrong or missing card number — account not found", Fact(card, "Template"));
        Assert.Equal("Subject: Your payment of $75.25: we could not identify your account", Parts(card)[0].Subject);
    }

    [Fact]
    public async Task An_overpayment_the_statement_does_not_show_asks_for_the_credit_balance()
    {
        var replies = new List<IActivity>();
        await _bot.Flow()
            .Send($"email {Applied} overpayment")
            .AssertReply(a => Assert.Equal(
                "This payment ($12,345.67) is not more than the statement balance ($20,000.00). What credit balance should the email mention?", TextOf(a)))
            .Send("$345.67")
            .AssertReply(replies.Add)
            .StartTestAsync();

        var card = Card(replies[0]);
        Assert.Equal("Overpayment (credit balance)", Fact(card, "Template"));
        Assert.Contains("$345.67", Parts(card)[0].Body);
    }

    [Fact]
    public async Task When_the_payment_does_not_say_which_email_the_analyst_picks_from_a_list()
    {
        var replies = new List<IActivity>();
        await _bot.Flow()
            .Send($"email {Returned}")
            .AssertReply(a => Assert.Equal(
                $"Which email should I draft about {Returned}? The payment alone does not tell me.\n\n" +
                "1. Wrong or missing card number — account not found\n2. Payment not identified (proof of payment)\n3. Query acknowledged (case reference)",
                TextOf(a)))
            .Send("2")
            .AssertReply(replies.Add)
            .StartTestAsync();

        var card = Card(replies[0]);
        Assert.Equal("Payment not identified (proof of payment)", Fact(card, "Template"));
        Assert.Equal("Subject: Payment of $40.00: please send us your proof of payment", Parts(card)[1].Subject);
    }

    [Fact]
    public async Task Without_a_reference_the_bot_asks_which_payment_and_reads_the_language_from_the_answer()
    {
        var replies = new List<IActivity>();
        await _bot.Flow()
            .Send("draft an email")
            .AssertReply(a => Assert.Equal("Which payment is the email about? Give its bank reference (BR…).", TextOf(a)))
            .Send($"{Applied} fr")
            .AssertReply(replies.Add)
            .StartTestAsync();

        var card = Card(replies[0]);
        Assert.Equal("French", Fact(card, "Language"));
        Assert.Equal($"Subject: Confirmation{Nb}: votre paiement de 12{Nb}345,67{Nb}$ a été porté à votre compte", Parts(card)[0].Subject);
    }

    [Fact]
    public async Task An_unknown_reference_or_a_template_the_payment_cannot_make_is_answered_in_the_analyst_language()
    {
        Assert.Equal("No payment has the id or bank reference 'BR26999999'.", TextOf((await Say("email BR26999999"))[0]));
        Assert.Equal("The applied email needs the account the payment was applied to.", TextOf((await Say($"email {Unidentified} applied"))[0]));
        Assert.Equal($"Le courriel «{Nb}applied{Nb}» nécessite le compte auquel le paiement a été porté.",
            TextOf((await Say($"courriel {Unidentified} confirmation", "fr-CA"))[0]));
        Assert.Empty(Drafted());
    }

    [Fact]
    public async Task Without_a_model_there_is_no_rewrite_button_and_a_stale_one_says_why()
    {
        var card = Card((await Say($"email {Applied}"))[0]);
        Assert.Null(Button(card, "Rewrite"));
        var data = (JObject)Button(card, "Switch to French")!["data"]!.DeepClone();
        data["verb"] = EmailVerbs.Rewrite;

        Assert.Equal("No language model is configured (Email:Model), so drafts cannot be rewritten: the template stands as it is.",
            TextOf((await Say(BotHarness.Press(data)))[0]));
        Assert.Equal($"Aucun modèle de langage n'est configuré (Email:Model){Nb}: les brouillons ne peuvent pas être reformulés et le texte reste tel quel.",
            TextOf((await Say("reformule plus court", "fr-CA"))[0]));
    }

    [Fact]
    public async Task An_action_execute_press_answers_with_the_redrafted_card_in_place_of_the_old_one()
    {
        var card = Card((await Say($"email {Applied}"))[0]);
        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = CardActionRequest.InvokeName,
            Value = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = EmailVerbs.Language, ["data"] = Button(card, "Switch to French")!["data"] } },
        };

        var reply = (await Say(invoke))[0];

        Assert.Equal(ActivityTypesEx.InvokeResponse, reply.Type);
        var body = (AdaptiveCardInvokeResponse)((InvokeResponse)((Activity)reply).Value).Body;
        Assert.Equal(AdaptiveCard.ContentType, body.Type);
        var replacement = (JObject)body.Value;
        Assert.Equal(["Français"], Parts(replacement).Select(p => p.Heading));
    }

    [Fact]
    public async Task An_action_execute_email_button_on_another_card_leaves_that_card_and_posts_the_draft()
    {
        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = CardActionRequest.InvokeName,
            Locale = "fr-CA",
            Value = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = "payment.email", ["data"] = new JObject { ["paymentId"] = _ids[Applied] } } },
        };

        var replies = await Say(invoke, "fr-CA", replies: 2);

        Assert.Equal($"Objet{Nb}: Your payment of $12,345.67 has been applied", Parts(Card(replies[0]))[0].Subject);
        var body = (AdaptiveCardInvokeResponse)((InvokeResponse)((Activity)replies[1]).Value).Body;
        Assert.Equal("application/vnd.microsoft.activity.message", body.Type);
        Assert.Equal($"Brouillon de courriel · {Applied}", body.Value);
    }

    [Fact]
    public async Task No_reply_and_no_saved_state_holds_a_full_card_number()
    {
        var replies = new List<IActivity>();
        foreach (var reference in new[] { WrongReference, OldCard, Applied, Unidentified })
            replies.AddRange(await Say($"email {reference} both"));
        replies.AddRange(await Say(BotHarness.Press(new JObject { ["verb"] = "payment.email", ["paymentId"] = _ids[OldCard] }), "fr-CA"));

        Assert.Equal(5, replies.Count);
        foreach (var reply in replies)
            Assert.False(HoldsACardNumber(JsonConvert.SerializeObject(reply)), "A reply held a card number.");
        foreach (var doc in _bot.Store.Documents(LiteDbStorage.CollectionName).FindAll())
            Assert.False(HoldsACardNumber(doc.ToString()), "The saved state held a card number.");
    }
}

public class EmailPermissionFlowTests
{
    private sealed class NobodyMayDraft : IEmailPermission
    {
        public List<string> Asked { get; } = [];

        public Task<bool> MayDraftEmailsAsync(ChannelAccount user, CancellationToken cancellationToken)
        {
            Asked.Add(user.Id);
            return Task.FromResult(false);
        }
    }

    [Fact]
    public async Task A_user_who_may_not_draft_is_told_so_in_their_language_and_nothing_is_drafted()
    {
        var permission = new NobodyMayDraft();
        using var bot = new BotHarness(s => s.AddSingleton<IEmailPermission>(permission));
        var ids = Seed(bot);

        Assert.Equal("You are not allowed to draft customer emails. Ask your team leader if you need to.",
            TextOf((await Exchange(bot.Flow(), $"email {Applied}"))[0]));
        Assert.Equal("Vous n'avez pas l'autorisation de rédiger des courriels aux clients. Adressez-vous à votre chef d'équipe au besoin.",
            TextOf((await Exchange(bot.Flow("fr-CA", conversation: "autre"), Pressed(new JObject { ["verb"] = "payment.email", ["paymentId"] = ids[Applied] }, "fr-CA")))[0]));

        Assert.Equal(["analyst-1", "analyst-1"], permission.Asked);
        Assert.Empty(bot.Store.AuditEvents.Find(e => e.Kind == AuditKinds.EmailDrafted));
    }

    [Fact]
    public async Task With_roles_configured_analysts_and_agents_draft_and_leaders_and_strangers_do_not()
    {
        var team = new Roles(new Dictionary<Role, IEnumerable<string>>
        {
            [Role.Analyst] = ["analyst-1"], [Role.Agent] = ["agent-1"], [Role.Leader] = ["leader-1"],
        });
        using var bot = new BotHarness(s => s.AddSingleton(team));
        Seed(bot);

        async Task<IActivity> Ask(string user) =>
            (await Exchange(bot.Flow(conversation: "with-" + user, user: user), $"email {Applied}"))[0];

        Assert.Equal("Payment applied", Fact(Card(await Ask("analyst-1")), "Template"));
        Assert.Equal("Payment applied", Fact(Card(await Ask("agent-1")), "Template"));
        Assert.Equal("You are not allowed to draft customer emails. Ask your team leader if you need to.", TextOf(await Ask("leader-1")));
        Assert.Equal("You are not allowed to draft customer emails. Ask your team leader if you need to.", TextOf(await Ask("stranger-9")));
        Assert.Equal(["analyst-1", "agent-1"], bot.Store.AuditEvents.Find(e => e.Kind == AuditKinds.EmailDrafted).OrderBy(e => e.Id).Select(e => e.Actor));
    }
}
