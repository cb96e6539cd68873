using System.Security.Cryptography;
using System.Text.RegularExpressions;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Demo;
using OpsBot.Skills.Emails;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Emails;

/// <summary>
/// Every template, in both languages, for payments of the demo bank (skills/Demo): references kept as ingest keeps
/// them (masked, the original sealed), so that the old card is found through the sealed reference alone.
/// </summary>
[UseCulture("de-DE")]
public class DemoDataEmailTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Theory]
    [InlineData(PaymentKind.Clean, "applied")]
    [InlineData(PaymentKind.Substitution, "wrong-reference")]
    [InlineData(PaymentKind.OldCard, "old-card")]
    [InlineData(PaymentKind.Clean, "overpayment")]
    [InlineData(PaymentKind.NoReference, "unidentified")]
    [InlineData(PaymentKind.NonCustomer, "wrong-reference")]
    [InlineData(PaymentKind.Clean, "query-ack")]
    public async Task Every_template_renders_in_both_languages_for_the_demo_bank(PaymentKind kind, string template)
    {
        var bank = new SyntheticBank(seed: 2026, accountCount: 400);
        var demo = SyntheticDay.Payments(bank, Day, 400).First(p => p.Kind == kind);
        using var store = OpsStore.InMemory();
        var seal = new ReferenceSeal(RandomNumberGenerator.GetBytes(32));
        foreach (var each in bank.Accounts()) store.Accounts.Insert(each);
        var payment = Ingested(demo, seal);
        var credited = kind is PaymentKind.Clean or PaymentKind.Substitution;
        if (credited) payment = payment.WithAllocated(payment.Amount);
        payment = payment with { Id = store.Payments.Insert(payment).AsInt64 };
        if (credited)
            store.Allocations.Insert(new Allocation
            {
                PaymentId = payment.Id, AccountId = demo.TrueAccountId!, Amount = payment.Amount, By = "analyst1",
                At = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero),
            });
        var clock = new Skills.Time.OpsClock(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(EmailTestData.Now), Skills.Time.OpsClock.FindZone(null));
        var emails = new CustomerEmails(store, EmailTestData.Settings, clock, seal: seal);

        var draft = await emails.DraftAsync(new EmailRequest(payment.BankReference, template)
        {
            Language = EmailLanguage.Both,
            Choices = new EmailChoices
            {
                CaseReference = "CASE-2026-0099",
                CreditBalance = 42.50m,
                Outcome = kind == PaymentKind.NonCustomer ? WrongReferenceOutcome.NotIdentified : WrongReferenceOutcome.Applied,
            },
        }, "analyst1");

        // The account is known when it was credited or the sealed reference names one of its cards.
        var account = draft.AccountId is { } id ? store.Accounts.FindById(id) : null;
        if (kind is not (PaymentKind.NoReference or PaymentKind.NonCustomer)) Assert.Equal(demo.TrueAccountId, draft.AccountId);
        var namesTheCard = template is not ("query-ack" or "unidentified");
        Assert.Equal(["fr", "en"], draft.Parts.Select(p => p.Language));
        foreach (var part in draft.Parts)
        {
            Assert.Contains(CanadianFormat.Money(payment.Amount, part.Language), part.Body);
            Assert.Contains(CanadianFormat.Date(Day, part.Language), part.Body);
            Assert.Contains(payment.BankReference, part.Body);
            if (account is not null)
            {
                Assert.Contains(account.HolderName, part.Body);
                if (namesTheCard) Assert.Contains(part.Language == "fr" ? "se terminant par " + account.CurrentCard!.LastFour : "ending in " + account.CurrentCard!.LastFour, part.Body);
                Assert.All(account.Cards, c => Assert.DoesNotContain(c.Number, part.Body));
            }
            Assert.DoesNotMatch(new Regex(@"\{|\}|  "), part.Body);
        }
        Assert.Contains(CanadianFormat.Money(payment.Amount, "fr").Replace(',', '#'), draft.Body.Replace(',', '#'));
        Assert.Matches(@"^\d{1,3}(\u00A0\d{3})*,\d{2}\u00A0\$$", CanadianFormat.Money(payment.Amount, "fr"));
        if (template == "old-card")
            Assert.Contains("ending in " + account!.Cards.First(c => c.Status == Skills.Accounts.CardStatus.Replaced).LastFour, draft.Part("en")!.Body);
        if (template == "overpayment") Assert.Contains("$42.50", draft.Part("en")!.Body);
    }

    /// <summary>What ingest keeps of a bank's payment: the reference and memo masked, a card-length original sealed.</summary>
    private static Payment Ingested(SyntheticPayment demo, ReferenceSeal seal) => new()
    {
        BankReference = demo.BankReference,
        ReceivedOn = demo.ReceivedOn,
        Amount = demo.Amount,
        Channel = demo.Channel,
        PayerName = demo.PayerName,
        Reference = CardMask.MaskText(demo.Reference),
        Memo = CardMask.MaskText(demo.Memo),
        SealedReference = CardMask.ContainsPanLike(demo.Reference) ? seal.Seal(demo.Reference!) : null,
        Reason = demo.Reference is null ? UnappliedReasons.NoReference : null,
        SourceFile = "demo.xml",
        Format = "camt.054",
    };
}
