using OpsBot.Skills.Audit;
using OpsBot.Skills.Emails;
using OpsBot.Skills.Emails.Model;

namespace OpsBot.Tests.Emails;

public class EmailDraftingTests
{
    [Fact]
    public async Task A_payment_is_found_by_its_id_as_well_as_its_bank_reference()
    {
        using var data = new EmailTestData();
        var id = data.Payment("BR20261130-0001").Id;

        var draft = await data.Emails().DraftAsync(new EmailRequest(id.ToString(System.Globalization.CultureInfo.InvariantCulture), "applied"), "analyst1");

        Assert.Equal("BR20261130-0001", draft.BankReference);
        Assert.Equal("marie.tremblay@example.ca", draft.To);
        Assert.Equal(EmailTestData.FrenchAccount, draft.AccountId);
    }

    [Fact]
    public async Task An_unknown_template_is_refused_with_the_list_of_templates()
    {
        using var data = new EmailTestData();

        var e = await Assert.ThrowsAsync<EmailDraftException>(() => data.Emails().DraftAsync(new EmailRequest("BR20261130-0001", "thank-you"), "analyst1"));

        Assert.Equal("Unknown email template 'thank-you'. Templates: wrong-reference, applied, old-card, overpayment, unidentified, query-ack.", e.Message);
        Assert.Contains("Modèle de courriel inconnu", e.French);
    }

    [Fact]
    public async Task An_unknown_payment_is_refused_and_a_card_number_typed_as_its_key_is_not_echoed()
    {
        using var data = new EmailTestData();
        var typedCard = EmailTestData.Card("3741", "1005");

        var e = await Assert.ThrowsAsync<EmailDraftException>(() => data.Emails().DraftAsync(new EmailRequest(typedCard, "applied"), "analyst1"));

        Assert.StartsWith("No payment has the id or bank reference", e.Message);
        Assert.DoesNotContain(typedCard, e.Message);
        Assert.Contains("1005", e.Message);
    }

    [Theory]
    [InlineData("BR20261202-0005", "query-ack", "needs a case reference")]
    [InlineData("BR20261201-0004", "applied", "needs the account")]
    [InlineData("BR20261201-0004", "old-card", "needs the account")]
    [InlineData("BR20261202-0005", "old-card", "needs the old card number")]
    [InlineData("BR20261130-0002", "overpayment", "does not exceed the account's statement balance")]
    public async Task A_template_whose_facts_are_missing_says_what_is_missing(string payment, string template, string problem)
    {
        using var data = new EmailTestData();

        var e = await Assert.ThrowsAsync<EmailDraftException>(() => data.Emails().DraftAsync(new EmailRequest(payment, template), "analyst1"));

        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public async Task Drafting_is_recorded_in_the_audit_log_without_the_email_text()
    {
        using var data = new EmailTestData();
        var payment = data.Payment("BR20261130-0001");

        await data.Emails().DraftAsync(new EmailRequest("BR20261130-0001", "wrong-reference") { Language = EmailLanguage.Both }, "analyst7");

        var entry = Assert.Single(data.Store.AuditEvents.FindAll());
        Assert.Equal(AuditKinds.EmailDrafted, entry.Kind);
        Assert.Equal($"payment:{payment.Id}", entry.Subject);
        Assert.Equal("analyst7", entry.Actor);
        Assert.Equal(EmailTestData.Now, entry.At);
        Assert.Equal($"template=wrong-reference; language=both; account={EmailTestData.FrenchAccount}", entry.After);
        var everything = entry.After + entry.Before + entry.Detail;
        Assert.DoesNotContain("Bonjour", everything);
        Assert.DoesNotContain("1005", everything);
    }

    [Fact]
    public async Task Switching_language_drafts_the_same_email_again_in_the_other_language()
    {
        using var data = new EmailTestData();
        var emails = data.Emails();
        var french = await emails.DraftAsync(new EmailRequest("BR20261130-0001", "applied"), "analyst1");

        var english = await emails.SwitchLanguageAsync(french, EmailLanguage.English, "analyst1");

        Assert.Equal(EmailLanguage.French, french.Language);
        Assert.Equal(EmailLanguage.English, english.Language);
        Assert.Equal("Your payment of $1,234.56 has been applied", english.Subject);
        Assert.Equal(2, data.Store.AuditEvents.Count());
    }

    [Fact]
    public async Task Every_template_is_a_function_of_the_email_kernel()
    {
        var kernel = EmailKernel.Create(model: null);
        using var data = new EmailTestData();
        var facts = data.Emails().Gather(new EmailRequest("BR20261130-0001", "applied"));

        var plugin = kernel.Plugins[EmailKernel.PluginName];
        Assert.Equal(
            ["wrong_reference", "applied", "old_card", "overpayment", "unidentified", "query_ack"],
            plugin.Select(f => f.Name));
        var result = await kernel.InvokeAsync(EmailKernel.PluginName, "applied",
            new Microsoft.SemanticKernel.KernelArguments { ["facts"] = facts, ["language"] = "en" });
        Assert.Equal("Your payment of $1,234.56 has been applied", result.GetValue<EmailText>()!.Subject);
        Assert.False(EmailKernel.HasChatModel(kernel));
        Assert.False(data.Emails().CanRewrite);
    }

    [Fact]
    public async Task Without_a_model_a_rewrite_keeps_the_template_and_says_why_in_both_languages()
    {
        using var data = new EmailTestData();
        var emails = data.Emails();
        var draft = await emails.DraftAsync(new EmailRequest("BR20261130-0001", "applied"), "analyst1");

        var rewrite = await emails.RewriteAsync(draft, "plus court", "analyst1");

        Assert.False(rewrite.Accepted);
        Assert.Same(draft, rewrite.Draft);
        Assert.Equal("The original draft is kept: no language model is configured (Email:Model).", rewrite.ReasonEnglish);
        Assert.Equal("Le texte d’origine est conservé\u00A0: aucun modèle de langage n’est configuré (Email:Model).", rewrite.ReasonFrench);
    }
}
