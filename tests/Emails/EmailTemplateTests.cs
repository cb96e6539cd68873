using OpsBot.Skills.Emails;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Emails;

/// <summary>
/// Every template, in both languages, with the exact Canadian formatting of amounts and dates. The same tests run
/// under fr-CA, en-CA and two unrelated cultures (see the classes at the end of the file).
/// </summary>
public abstract class EmailTemplateTests
{
    private const char Nb = '\u00A0';
    private const char Thin = '\u202F';

    /// <summary>The culture the class's UseCulture attribute sets.</summary>
    protected abstract string Culture { get; }

    [Fact]
    public void These_tests_run_under_the_culture_their_class_names()
    {
        Assert.Equal(Culture, System.Globalization.CultureInfo.CurrentCulture.Name);
        Assert.Equal(Culture, System.Globalization.CultureInfo.CurrentUICulture.Name);
    }

    private static async Task<EmailDraft> Draft(string payment, string template, EmailLanguage language, EmailChoices? choices = null)
    {
        using var data = new EmailTestData();
        return await data.Emails().DraftAsync(
            new EmailRequest(payment, template) { Language = language, Choices = choices ?? new() }, "analyst1");
    }

    [Fact]
    public async Task The_applied_email_in_French_reads_exactly_as_written_with_Canadian_amounts_and_dates()
    {
        var draft = await Draft("BR20261130-0001", "applied", EmailLanguage.French);

        Assert.Equal($"Confirmation{Nb}: votre paiement de 1{Nb}234,56{Nb}$ a été porté à votre compte", draft.Subject);
        Assert.Equal(
            "Bonjour Marie Tremblay,\n\n" +
            $"Nous vous confirmons que votre paiement de 1{Nb}234,56{Nb}$, reçu le 30 novembre 2026 (référence bancaire BR20261130-0001), " +
            "a été porté le 1er décembre 2026 au compte de votre carte se terminant par 1005.\n\n" +
            $"Merci de votre paiement{Thin}!\n\n" +
            "Cordialement,\n\nOpérations de paiement\nServices de cartes",
            draft.Body);
    }

    [Fact]
    public async Task The_applied_email_in_English_reads_exactly_as_written_with_Canadian_amounts_and_dates()
    {
        var draft = await Draft("BR20261130-0001", "applied", EmailLanguage.English);

        Assert.Equal("Your payment of $1,234.56 has been applied", draft.Subject);
        Assert.Equal(
            "Hello Marie Tremblay,\n\n" +
            "This is to confirm that your payment of $1,234.56, received on November 30, 2026 (bank reference BR20261130-0001), " +
            "was applied on December 1, 2026 to your card account ending in 1005.\n\n" +
            "Thank you for your payment.\n\n" +
            "Kind regards,\n\nPayments Operations\nCard Services",
            draft.Body);
    }

    [Fact]
    public async Task Five_figure_amounts_use_a_non_breaking_space_in_French_and_a_comma_in_English()
    {
        var draft = await Draft("BR20261202-0005", "applied", EmailLanguage.Both);

        Assert.Contains($"votre paiement de 12{Nb}345,67{Nb}$, reçu le 2 décembre 2026", draft.Part("fr")!.Body);
        Assert.Contains("your payment of $12,345.67, received on December 2, 2026", draft.Part("en")!.Body);
    }

    [Fact]
    public async Task Wrong_reference_applied_says_where_the_money_went_and_how_to_pay_next_time()
    {
        var draft = await Draft("BR20261130-0001", "wrong-reference", EmailLanguage.Both);
        var fr = draft.Part("fr")!;
        var en = draft.Part("en")!;

        Assert.Equal($"Paiement de 1{Nb}234,56{Nb}$ porté à votre compte{Nb}: numéro de carte à vérifier", fr.Subject);
        Assert.Contains($"votre paiement de 1{Nb}234,56{Nb}$ le 30 novembre 2026 (référence bancaire BR20261130-0001)", fr.Body);
        Assert.Contains("le numéro inscrit lors du paiement ne correspond à aucune carte à nos dossiers", fr.Body);
        Assert.Contains("y avons porté ce paiement le 1er décembre 2026, sur votre carte se terminant par 1005.", fr.Body);
        Assert.Contains($"le bénéficiaire «{Nb}American Express{Nb}»", fr.Body);
        Assert.Contains("les quinze chiffres qui figurent au recto de votre carte", fr.Body);

        Assert.Equal("Your payment of $1,234.56 has been applied: please check your card number", en.Subject);
        Assert.Contains("We received your payment of $1,234.56 on November 30, 2026 (bank reference BR20261130-0001).", en.Body);
        Assert.Contains("applied the payment on December 1, 2026 to your card ending in 1005.", en.Body);
        Assert.Contains("enter the fifteen-digit number on the front of your card as the account number", en.Body);
    }

    [Fact]
    public async Task Wrong_reference_not_identified_asks_for_proof_and_says_no_card_number_was_given()
    {
        var draft = await Draft("BR20261201-0004", "wrong-reference", EmailLanguage.Both,
            new EmailChoices { Outcome = WrongReferenceOutcome.NotIdentified });
        var fr = draft.Part("fr")!;
        var en = draft.Part("en")!;

        Assert.Equal($"Paiement de 75,25{Nb}${Nb}: nous n’avons pas pu trouver votre compte", fr.Subject);
        Assert.StartsWith("Bonjour,\n\n", fr.Body);
        Assert.Contains($"un paiement de 75,25{Nb}$ le 1er décembre 2026", fr.Body);
        Assert.Contains("aucun numéro de carte n’accompagnait ce paiement", fr.Body);
        Assert.Contains("le numéro de trace ou de confirmation", fr.Body);
        Assert.Contains("We received a payment of $75.25 on December 1, 2026", en.Body);
        Assert.Contains("no card number was entered with it", en.Body);
        Assert.Contains("the last four digits are enough", en.Body);
    }

    [Fact]
    public async Task Old_card_names_both_cards_by_their_last_four_digits_only()
    {
        var draft = await Draft("BR20261130-0002", "old-card", EmailLanguage.Both);
        var fr = draft.Part("fr")!;
        var en = draft.Part("en")!;

        Assert.Contains("votre ancien numéro de carte, se terminant par 4321, qui a été remplacé par celui de votre carte actuelle, se terminant par 1005.", fr.Body);
        Assert.Contains($"Nous l’avons porté à votre compte le 1er décembre 2026{Thin}; vous n’avez rien d’autre à faire", fr.Body);
        Assert.Contains($"en ligne{Nb}: remplacez l’ancien numéro par les quinze chiffres", fr.Body);
        Assert.Contains("your former card number, ending in 4321, which has been replaced by your current card ending in 1005.", en.Body);
        Assert.Contains("We applied it to your account on December 1, 2026, so there is nothing more", en.Body);
        Assert.Contains($"de 250,00{Nb}$ le 30 novembre 2026", fr.Body);
        Assert.Contains("of $250.00 on November 30, 2026", en.Body);
    }

    [Fact]
    public async Task Overpayment_states_the_credit_balance_and_lists_the_options_offered()
    {
        var all = await Draft("BR20261201-0003", "overpayment", EmailLanguage.Both);
        Assert.Equal($"Solde créditeur de 500,00{Nb}$ à votre compte", all.Part("fr")!.Subject);
        Assert.Equal("Credit balance of $500.00 on your account", all.Part("en")!.Subject);
        Assert.Contains($"Votre paiement de 1{Nb}500,00{Nb}$, reçu le 1er décembre 2026", all.Part("fr")!.Body);
        Assert.Contains($"un solde créditeur de 500,00{Nb}$.", all.Part("fr")!.Body);
        Assert.Contains($"– recevoir un remboursement par chèque, posté à l’adresse inscrite à votre dossier{Thin};", all.Part("fr")!.Body);
        Assert.Contains("Your payment of $1,500.00, received on December 1, 2026", all.Part("en")!.Body);
        Assert.Contains("- receive a refund by direct deposit to the bank account the payment came from.", all.Part("en")!.Body);

        var chequeOnly = await Draft("BR20261201-0003", "overpayment", EmailLanguage.English,
            new EmailChoices { OverpaymentOptions = [OverpaymentOption.RefundByCheque] });
        Assert.Contains("Here is what we can offer:\n\n- receive a refund by cheque, mailed to the address on your file.", chequeOnly.Body);
        Assert.DoesNotContain("keep the credit", chequeOnly.Body);
        Assert.DoesNotContain("If we do not hear from you", chequeOnly.Body);
    }

    [Fact]
    public async Task Unidentified_asks_for_bank_date_amount_and_trace_number()
    {
        var draft = await Draft("BR20261201-0004", "unidentified", EmailLanguage.Both);
        var fr = draft.Part("fr")!;
        var en = draft.Part("en")!;

        Assert.Equal($"Paiement de 75,25{Nb}${Nb}: merci de nous faire parvenir votre preuve de paiement", fr.Subject);
        Assert.Contains($"qui indique{Nb}:\n\n– le nom de votre institution financière{Thin};\n– la date et le montant du paiement{Thin};", fr.Body);
        Assert.Contains("– les quatre derniers chiffres de votre carte.", fr.Body);
        Assert.Equal("Payment of $75.25: please send us your proof of payment", en.Subject);
        Assert.Contains("- the trace or confirmation number your bank gave you;", en.Body);
        Assert.Contains("on December 1, 2026 (bank reference BR20261201-0004)", en.Body);
    }

    [Fact]
    public async Task Query_acknowledgement_carries_the_case_reference_and_the_next_step()
    {
        var draft = await Draft("BR20261202-0005", "query-ack", EmailLanguage.Both,
            new EmailChoices { CaseReference = "CASE-2026-0042", ReplyWithinBusinessDays = 3 });
        var fr = draft.Part("fr")!;
        var en = draft.Part("en")!;

        Assert.Equal("Nous avons bien reçu votre demande (dossier CASE-2026-0042)", fr.Subject);
        Assert.Contains("sous le numéro de dossier CASE-2026-0042.", fr.Body);
        Assert.Contains("vous répondra dans un délai de trois jours ouvrables.", fr.Body);
        Assert.Equal("We have received your request (case CASE-2026-0042)", en.Subject);
        Assert.Contains("will reply within three business days.", en.Body);

        var trace = await Draft("BR20261202-0005", "query-ack", EmailLanguage.English,
            new EmailChoices { CaseReference = "CASE-2026-0042", NextStep = QueryNextStep.BankTrace, ReplyWithinBusinessDays = 1 });
        Assert.Contains("We have asked the bank that sent the payment for its details.", trace.Body);
        Assert.Contains("within one business day to give you an update.", trace.Body);
    }

    [Fact]
    public async Task Without_a_language_the_account_preference_is_used()
    {
        var french = await Draft("BR20261130-0001", "applied", EmailLanguage.Account);
        var english = await Draft("BR20261202-0005", "applied", EmailLanguage.Account);

        Assert.Equal(EmailLanguage.French, french.Language);
        Assert.StartsWith("Bonjour Marie Tremblay,", french.Body);
        Assert.Equal(EmailLanguage.English, english.Language);
        Assert.StartsWith("Hello John Smith,", english.Body);
    }

    [Fact]
    public async Task Both_languages_make_one_email_with_French_first_then_a_separator_then_English()
    {
        var draft = await Draft("BR20261130-0001", "applied", EmailLanguage.Both);

        Assert.Equal(["fr", "en"], draft.Parts.Select(p => p.Language));
        Assert.Equal(draft.Parts[0].Subject + " / " + draft.Parts[1].Subject, draft.Subject);
        Assert.StartsWith(EmailDraft.BilingualNotice + "\n\nBonjour Marie Tremblay,", draft.Body);
        var separator = draft.Body.IndexOf("\n" + EmailDraft.Separator + "\n", StringComparison.Ordinal);
        Assert.True(draft.Body.IndexOf("Services de cartes", StringComparison.Ordinal) < separator);
        Assert.True(separator < draft.Body.IndexOf("Hello Marie Tremblay,", StringComparison.Ordinal));
        Assert.EndsWith(draft.Parts[1].Body, draft.Body);
    }

    [Fact]
    public async Task An_unknown_account_with_no_language_asked_gets_both_languages()
    {
        var draft = await Draft("BR20261201-0004", "unidentified", EmailLanguage.Account);

        Assert.Equal(EmailLanguage.Both, draft.Language);
        Assert.Null(draft.To);
    }
}

[UseCulture("fr-CA")]
public sealed class EmailTemplatesUnderFrenchCanadianCulture : EmailTemplateTests
{
    protected override string Culture => "fr-CA";
}

[UseCulture("en-CA")]
public sealed class EmailTemplatesUnderEnglishCanadianCulture : EmailTemplateTests
{
    protected override string Culture => "en-CA";
}

[UseCulture("de-DE")]
public sealed class EmailTemplatesUnderGermanCulture : EmailTemplateTests
{
    protected override string Culture => "de-DE";
}

[UseCulture("ja-JP")]
public sealed class EmailTemplatesUnderJapaneseCulture : EmailTemplateTests
{
    protected override string Culture => "ja-JP";
}
