using System.Text.RegularExpressions;
using OpsBot.Skills.Emails;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Emails;

[UseCulture("de-DE")]
public class FrenchTypographyTests
{
    public static TheoryData<string, string, string> EveryTemplateAndChoice => new()
    {
        { "BR20261130-0001", "wrong-reference", "applied" },
        { "BR20261201-0004", "wrong-reference", "not-identified" },
        { "BR20261130-0001", "applied", "" },
        { "BR20261130-0002", "old-card", "" },
        { "BR20261201-0003", "overpayment", "" },
        { "BR20261201-0004", "unidentified", "" },
        { "BR20261202-0005", "query-ack", "" },
        { "BR20261202-0005", "query-ack", "bank-trace" },
    };

    private static async Task<EmailDraft> BothLanguages(string payment, string template, string choice)
    {
        using var data = new EmailTestData();
        var choices = new EmailChoices
        {
            Outcome = choice == "not-identified" ? WrongReferenceOutcome.NotIdentified : WrongReferenceOutcome.Applied,
            CaseReference = "CASE-2026-0042",
            NextStep = choice == "bank-trace" ? QueryNextStep.BankTrace : QueryNextStep.Review,
        };
        return await data.Emails().DraftAsync(
            new EmailRequest(payment, template) { Language = EmailLanguage.Both, Choices = choices }, "analyst1");
    }

    [Theory]
    [MemberData(nameof(EveryTemplateAndChoice))]
    public async Task French_text_has_a_non_breaking_space_before_high_punctuation_and_inside_guillemets(string payment, string template, string choice)
    {
        var fr = (await BothLanguages(payment, template, choice)).Part("fr")!;

        foreach (var text in new[] { fr.Subject, fr.Body })
        {
            Assert.DoesNotMatch(new Regex(" [:;!?»]"), text);
            Assert.DoesNotMatch(new Regex("« "), text);
            // No punctuation glued to its word either (an address like https:// would be the one exception).
            Assert.DoesNotMatch(new Regex(@"[\p{L}\p{N})»][;!?]|[\p{L}\p{N})»]:(?!//)"), text);
            Assert.All(Regex.Matches(text, "[:]").Select(m => text[m.Index - 1]), c => Assert.Equal('\u00A0', c));
            Assert.All(Regex.Matches(text, "[;!?]").Select(m => text[m.Index - 1]), c => Assert.Equal('\u202F', c));
            Assert.All(Regex.Matches(text, "«").Select(m => text[m.Index + 1]), c => Assert.Equal('\u00A0', c));
            Assert.All(Regex.Matches(text, "»").Select(m => text[m.Index - 1]), c => Assert.Equal('\u00A0', c));
            // French apostrophes and quotation marks, not the typewriter's.
            Assert.DoesNotContain("'", text);
            Assert.DoesNotContain("\"", text);
        }
    }

    [Theory]
    [MemberData(nameof(EveryTemplateAndChoice))]
    public async Task English_text_keeps_English_punctuation_and_every_month_is_lower_case_in_French(string payment, string template, string choice)
    {
        var draft = await BothLanguages(payment, template, choice);
        var en = draft.Part("en")!;

        Assert.DoesNotContain("\u00A0:", en.Body);
        Assert.DoesNotContain("«", en.Body);
        Assert.DoesNotMatch(new Regex("(?i:janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)"), en.Body);
        Assert.DoesNotMatch(new Regex("Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre"), draft.Part("fr")!.Body);
    }

    [Theory]
    [MemberData(nameof(EveryTemplateAndChoice))]
    public async Task Card_numbers_appear_only_as_their_last_four_digits(string payment, string template, string choice)
    {
        using var data = new EmailTestData();
        var draft = await BothLanguages(payment, template, choice);

        var everyCard = data.Store.Accounts.FindAll().SelectMany(a => a.Cards).Select(c => c.Number).ToList();
        Assert.Equal(3, everyCard.Count);
        Assert.All(everyCard, number => Assert.False(draft.Subject.Contains(number) || draft.Body.Contains(number)));
        Assert.All(everyCard, number => Assert.DoesNotContain(number[..6], draft.Body));
        foreach (Match m in Regex.Matches(draft.Body, @"(?:ending in|se terminant par) (\d+)"))
            Assert.Equal(4, m.Groups[1].Value.Length);
    }

    [Theory]
    [InlineData("Objet : test", "Objet\u00A0: test")]
    [InlineData("Merci ! Vraiment ? Oui ; bien.", "Merci\u202F! Vraiment\u202F? Oui\u202F; bien.")]
    [InlineData("le bénéficiaire « X »", "le bénéficiaire «\u00A0X\u00A0»")]
    [InlineData("voir https://example.ca à 9:30", "voir https://example.ca à 9:30")]
    [InlineData("Objet\u00A0: déjà fait\u202F!", "Objet\u00A0: déjà fait\u202F!")]
    public void French_typography_turns_spaces_before_punctuation_into_non_breaking_ones_and_adds_none(string written, string typeset)
    {
        Assert.Equal(typeset, FrenchTypography.Apply(written));
    }
}
