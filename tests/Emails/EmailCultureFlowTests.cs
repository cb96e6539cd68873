using OpsBot.Tests.Support;
using static OpsBot.Tests.Emails.EmailFlowData;

namespace OpsBot.Tests.Emails;

/// <summary>
/// The email card's amounts, dates and counts are Canadian whatever the machine's culture: the same conversations
/// under fr-CA, en-CA and de-DE (whose "1.234,56 €" and "2.000" would show any leak).
/// </summary>
public class EmailCultureFlowTests
{
    private const string Nb = "\u00A0";

    public static TheoryData<string, string, string, string, string> Drafts => new()
    {
        { "en-CA", $"email {OverStatement} en", "Subject: Your payment of $1,500.00 has been applied",
            "Chosen from the payment: it was applied to the account. It is more than the statement balance ($1,000.00): if it leaves a credit balance, pick the overpayment email instead.",
            "received on November 28, 2026" },
        { "fr-CA", $"courriel pour {OverStatement} en français", $"Objet{Nb}: Confirmation{Nb}: votre paiement de 1{Nb}500,00{Nb}$ a été porté à votre compte",
            $"Choisi d'après le paiement{Nb}: il a été porté au compte. Il dépasse le solde du relevé (1{Nb}000,00{Nb}$){Nb}: s'il laisse un solde créditeur, choisissez plutôt le courriel de paiement excédentaire.",
            "reçu le 28 novembre 2026" },
    };

    private static async Task Check(string locale, string message, string subject, string note, string date)
    {
        using var bot = new BotHarness();
        Seed(bot);
        var card = Card((await Exchange(bot.Flow(locale), message))[0]);
        Assert.Equal(note, card["body"]![2]!.Value<string>("text"));
        var part = Assert.Single(Parts(card));
        Assert.Equal(subject, part.Subject);
        Assert.Contains(date, part.Body);

        // Both languages: the "too long for a link" warning counts characters the Canadian way too.
        var both = Card((await Exchange(bot.Flow(locale), locale == "fr-CA" ? $"courriel {WrongReference} les deux" : $"email {WrongReference} both"))[0]);
        var warning = both["body"]!.Single(e => e.Value<string>("color") == "Warning").Value<string>("text")!;
        Assert.Contains(locale == "fr-CA" ? $"les liens de plus de 2{Nb}000)" : "links longer than 2,000)", warning);
    }

    [Theory, UseCulture("fr-CA"), MemberData(nameof(Drafts))]
    public Task Under_fr_CA(string locale, string message, string subject, string note, string date) => Check(locale, message, subject, note, date);

    [Theory, UseCulture("en-CA"), MemberData(nameof(Drafts))]
    public Task Under_en_CA(string locale, string message, string subject, string note, string date) => Check(locale, message, subject, note, date);

    [Theory, UseCulture("de-DE"), MemberData(nameof(Drafts))]
    public Task Under_an_unrelated_culture(string locale, string message, string subject, string note, string date) => Check(locale, message, subject, note, date);
}
