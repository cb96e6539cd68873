using Microsoft.Extensions.Time.Testing;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Lookup;
using OpsBot.Skills.Time;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Dialogs;

public class RecognizerTests
{
    // Monday, November 30, 2026, 10:00 in Toronto.
    private readonly OpsRecognizer _recognizer = new(new OpsClock(new FakeTimeProvider(BotHarness.Now), OpsClock.FindZone("America/Toronto")));

    private Understood Read(string text, string fallback = "en") => _recognizer.Recognize(text, fallback);

    [Theory]
    [InlineData("help", Intents.Help)]
    [InlineData("Aide", Intents.Help)]
    [InlineData("cancel", Intents.Cancel)]
    [InlineData("annuler", Intents.Cancel)]
    [InlineData("français", Intents.Language)]
    [InlineData("English please", Intents.Language)]
    [InlineData("find BR2611300000017", Intents.Lookup)]
    [InlineData("paiements de 250 $ reçus hier", Intents.Lookup)]
    [InlineData("card ending 1005", Intents.Lookup)]
    [InlineData("research BR2611300000017", Intents.Research)]
    [InlineData("qui a payé BR2611300000017 ?", Intents.Research)]
    [InlineData("allocate BR2611300000017 to A0001234", Intents.Allocate)]
    [InlineData("applique BR2611300000017 au compte A0001234", Intents.Allocate)]
    [InlineData("approvals", Intents.Approvals)]
    [InlineData("à approuver", Intents.Approvals)]
    [InlineData("reconcile today", Intents.Reconcile)]
    [InlineData("rapprochement", Intents.Reconcile)]
    [InlineData("email the customer about BR2611300000017", Intents.Email)]
    [InlineData("rédige un courriel", Intents.Email)]
    [InlineData("queue status", Intents.Status)]
    [InlineData("état de la file", Intents.Status)]
    [InlineData("escalate: cheque without stub", Intents.Escalate)]
    [InlineData("escalade : chèque sans talon", Intents.Escalate)]
    [InlineData("more", Intents.More)]
    [InlineData("suivant", Intents.More)]
    [InlineData("what's the weather like", Intents.None)]
    public void Each_intent_is_recognised_in_both_languages(string text, string intent) =>
        Assert.Equal(intent, Read(text).Intent);

    [Theory]
    [InlineData("français", "fr")]
    [InlineData("parle français", "fr")]
    [InlineData("English", "en")]
    [InlineData("réponds en anglais", "en")]
    public void A_language_switch_names_the_language_asked_for(string text, string language) =>
        Assert.Equal(language, Read(text).RequestedLanguage);

    [Theory]
    [InlineData("payments of $1,234.56", 1234.56)]
    [InlineData("paiements de 1 234,56 $", 1234.56)]
    [InlineData("paiements de 1\u00A0234,56\u00A0$", 1234.56)]
    [InlineData("paiements de 250 $ reçus hier", 250)]
    public void An_amount_with_its_currency_is_read_exactly(string text, decimal amount)
    {
        var understood = Read(text);
        Assert.Equal(amount, understood.Amount?.Min);
        Assert.Equal(amount, understood.Amount?.Max);
    }

    [Fact]
    public void Over_an_amount_starts_just_above_it()
    {
        var understood = Read("unapplied over 5000");
        Assert.Equal(5000.01m, understood.Amount?.Min);
        Assert.Null(understood.Amount?.Max);
        Assert.Equal(PaymentStatusFilter.Open, understood.Status);
    }

    [Fact]
    public void Plus_de_in_french_is_over()
    {
        var understood = Read("non appliqués de plus de 5 000 $");
        Assert.Equal(5000.01m, understood.Amount?.Min);
        Assert.Equal(PaymentStatusFilter.Open, understood.Status);
    }

    [Theory]
    [InlineData("payments from Tremblay yesterday", "2026-11-29", "2026-11-29")]
    [InlineData("paiements reçus hier", "2026-11-29", "2026-11-29")]
    [InlineData("payments received last Tuesday", "2026-11-24", "2026-11-24")]
    [InlineData("paiements reçus mardi dernier", "2026-11-24", "2026-11-24")]
    [InlineData("paiements du 1er au 3 novembre", "2026-11-01", "2026-11-03")]
    [InlineData("payments from November 1 to November 3", "2026-11-01", "2026-11-03")]
    [InlineData("payments last week", "2026-11-23", "2026-11-29")]
    [InlineData("payments received on December 3", "2025-12-03", "2025-12-03")]
    public void Dates_are_resolved_against_the_day_in_Toronto(string text, string from, string to)
    {
        var dates = Read(text).Dates;
        Assert.NotNull(dates);
        Assert.Equal(DateOnly.Parse(from), dates.From);
        Assert.Equal(DateOnly.Parse(to), dates.To);
    }

    [Theory]
    [InlineData("card ending 1005", "1005")]
    [InlineData("card ending in 01005", "01005")]
    [InlineData("paiements de la carte se terminant par 1005", "1005")]
    [InlineData("les 4 derniers chiffres sont 1005", "1005")]
    public void A_card_ending_is_read_and_not_taken_for_an_amount(string text, string ending)
    {
        var understood = Read(text);
        Assert.Equal(ending, understood.CardEnding);
        Assert.Null(understood.Amount);
        Assert.Equal(Intents.Lookup, understood.Intent);
    }

    [Theory]
    [InlineData("payments from Tremblay yesterday", "Tremblay")]
    [InlineData("paiements de Marie Tremblay reçus hier", "Marie Tremblay")]
    [InlineData("payments by Jean-François Côté", "Jean-François Côté")]
    [InlineData("paiements de 250 $ reçus hier", null)]
    [InlineData("paiements de la semaine dernière", null)]
    public void A_payer_name_is_read_after_from_or_de(string text, string? name) =>
        Assert.Equal(name, Read(text).PayerName);

    [Fact]
    public void Payment_references_and_account_ids_are_told_apart()
    {
        var understood = Read("allocate br2611300000017 to A0001234");
        Assert.Equal(["BR2611300000017"], understood.BankReferences);
        Assert.Equal(["A0001234"], understood.AccountIds);
        Assert.Null(understood.Amount);
    }

    [Fact]
    public void A_pasted_card_number_is_taken_out_of_the_text_and_kept_apart()
    {
        var number = TestCards.AmexEndingIn("1005");
        var understood = Read($"payments for {number}");
        Assert.Single(understood.PastedCards);
        Assert.True(number == understood.PastedCards[0].Digits, "The pasted number was not kept whole.");
        Assert.False(understood.Text.Contains(number), "The text still held the pasted number.");
        Assert.Contains("1005", understood.Text);
        Assert.Null(understood.CardEnding);
        Assert.Equal(Intents.Lookup, understood.Intent);
    }

    [Theory]
    [InlineData("payments from Tremblay yesterday", "en")]
    [InlineData("paiements de Tremblay reçus hier", "fr")]
    [InlineData("BR2611300000017", null)]
    public void The_language_of_a_message_is_detected_when_it_shows(string text, string? language) =>
        Assert.Equal(language, LanguageDetector.Detect(text));

    [Theory]
    [InlineData(null, "fr", "en", "en-CA", "fr")]
    [InlineData("en", "fr", null, "fr-CA", "en")]
    [InlineData(null, null, "fr", "en-CA", "fr")]
    [InlineData(null, null, null, "fr-CA", "fr")]
    [InlineData(null, null, null, null, "en")]
    public void The_users_choice_wins_then_the_message_then_the_conversation_then_the_locale(
        string? choice, string? message, string? conversation, string? locale, string expected) =>
        Assert.Equal(expected, ReplyLanguage.Choose(choice, message, conversation, locale));

    [Theory]
    [UseCulture("fr-CA")]
    [InlineData("$1,234.56", "en", 1234.56)]
    [InlineData("1 234,56 $", "fr", 1234.56)]
    public void Amounts_read_the_same_whatever_the_current_culture_fr(string text, string language, decimal amount) =>
        Assert.Equal(amount, _recognizer.ReadAmount(text, language));

    [Theory]
    [UseCulture("de-DE")]
    [InlineData("$1,234.56", "en", 1234.56)]
    [InlineData("1 234,56 $", "fr", 1234.56)]
    public void Amounts_read_the_same_whatever_the_current_culture_de(string text, string language, decimal amount) =>
        Assert.Equal(amount, _recognizer.ReadAmount(text, language));
}
