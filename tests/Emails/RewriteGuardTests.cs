using OpsBot.Skills.Emails;
using OpsBot.Skills.Emails.Model;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Emails;

[UseCulture("ja-JP")]
public class RewriteGuardTests
{
    private const char Nb = '\u00A0';

    private static async Task<EmailText> Part(string payment, string template, string language, EmailChoices? choices = null)
    {
        using var data = new EmailTestData();
        var draft = await data.Emails().DraftAsync(new EmailRequest(payment, template)
        {
            Language = language == "fr" ? EmailLanguage.French : EmailLanguage.English,
            Choices = choices ?? new(),
        }, "analyst1");
        return draft.Parts.Single();
    }

    [Fact]
    public async Task A_rewrite_that_changes_an_amount_is_rejected_and_says_which()
    {
        var fr = await Part("BR20261130-0001", "applied", "fr");

        var verdict = RewriteGuard.Check(fr, fr.Body.Replace($"1{Nb}234,56{Nb}$", $"1{Nb}243,56{Nb}$"));

        Assert.False(verdict.Accepted);
        Assert.Equal($"the rewrite changed or left out the amount 1{Nb}234,56{Nb}$", verdict.ReasonEnglish);
        Assert.Equal($"la reformulation a modifié ou omis le montant 1{Nb}234,56{Nb}$", verdict.ReasonFrench);
    }

    [Fact]
    public async Task Reordered_sentences_with_the_same_facts_are_accepted_as_written()
    {
        var fr = await Part("BR20261130-0001", "applied", "fr");
        var rewrite =
            "Bonjour Marie Tremblay,\n\n" +
            "Merci beaucoup de votre paiement ! C’est avec plaisir que nous vous confirmons qu’il a été porté le 1er décembre 2026 " +
            $"au compte de votre carte se terminant par 1005. Il s’agit du paiement de 1{Nb}234,56{Nb}$ reçu le 30 novembre 2026 " +
            "(référence bancaire BR20261130-0001).\n\nCordialement,\n\nOpérations de paiement\nServices de cartes";

        var verdict = RewriteGuard.Check(fr, rewrite);

        Assert.True(verdict.Accepted, verdict.ReasonEnglish);
        Assert.Equal(FrenchTypography.Apply(rewrite), verdict.Text);
        Assert.Contains("paiement\u202F!", verdict.Text);
    }

    [Fact]
    public async Task A_rewrite_that_adds_a_date_is_rejected()
    {
        var fr = await Part("BR20261130-0001", "applied", "fr");

        var verdict = RewriteGuard.Check(fr, fr.Body + "\n\nNous vous rappellerons le 15 décembre 2026.");

        Assert.False(verdict.Accepted);
        Assert.Equal("the rewrite adds a date that is not in the template: 15 décembre 2026", verdict.ReasonEnglish);
        Assert.Equal($"la reformulation ajoute une date absente du texte d’origine{Nb}: 15 décembre 2026", verdict.ReasonFrench);
    }

    [Theory]
    [InlineData("We will call you on Monday.", "Monday")]
    [InlineData("Your next statement is due December 15.", "December 15")]
    [InlineData("A fee of $25.00 may apply.", "$25.00")]
    [InlineData("Please reply within 3 days.", "3")]
    public async Task A_rewrite_that_adds_a_date_an_amount_or_a_number_is_rejected(string addition, string added)
    {
        var en = await Part("BR20261130-0001", "applied", "en");

        var verdict = RewriteGuard.Check(en, en.Body.Replace("Thank you for your payment.", "Thank you for your payment. " + addition));

        Assert.False(verdict.Accepted);
        Assert.EndsWith(": " + added, verdict.ReasonEnglish);
    }

    [Fact]
    public async Task A_plain_space_inside_a_French_amount_is_forgiven_and_put_right()
    {
        var fr = await Part("BR20261130-0001", "applied", "fr");

        var verdict = RewriteGuard.Check(fr, fr.Body.Replace($"1{Nb}234,56{Nb}$", "1 234,56 $"));

        Assert.True(verdict.Accepted, verdict.ReasonEnglish);
        Assert.Equal(fr.Body, verdict.Text);
    }

    [Fact]
    public async Task A_count_the_template_spelled_out_may_come_back_in_figures()
    {
        var en = await Part("BR20261130-0001", "wrong-reference", "en");

        var verdict = RewriteGuard.Check(en, en.Body.Replace("fifteen-digit", "15-digit"));

        Assert.True(verdict.Accepted, verdict.ReasonEnglish);
    }

    [Fact]
    public async Task A_rewrite_that_drops_the_case_number_or_the_card_ending_is_rejected()
    {
        var en = await Part("BR20261202-0005", "query-ack", "en", new EmailChoices { CaseReference = "CASE-2026-0042" });
        var applied = await Part("BR20261130-0001", "applied", "en");

        var noCase = RewriteGuard.Check(en, en.Body.Replace("CASE-2026-0042", "your case"));
        var otherCard = RewriteGuard.Check(applied, applied.Body.Replace("ending in 1005", "ending in 1006"));

        Assert.Equal("the rewrite changed or left out the case number CASE-2026-0042", noCase.ReasonEnglish);
        Assert.Equal("the rewrite changed or left out the card ending 1005", otherCard.ReasonEnglish);
    }

    [Fact]
    public async Task An_empty_rewrite_or_one_that_repeats_the_prompt_markers_is_rejected()
    {
        var en = await Part("BR20261130-0001", "applied", "en");

        Assert.False(RewriteGuard.Check(en, "  ").Accepted);
        Assert.Equal("the rewrite repeats the prompt's markers", RewriteGuard.Check(en, en.Body + "\n<<<END DRAFT>>>").ReasonEnglish);
    }
}
