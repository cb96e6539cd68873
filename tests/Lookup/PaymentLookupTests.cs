using OpsBot.Skills.Lookup;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Lookup;

public class PaymentLookupTests : IDisposable
{
    private readonly BotHarness _bot = new();
    private PaymentLookup Lookup => new(_bot.Store, _bot.Seal);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void A_bank_reference_finds_its_payment_whatever_its_case()
    {
        _bot.AddPayment("BR2611300000017", BotHarness.Today, 100m);
        _bot.AddPayment("BR2611300000018", BotHarness.Today, 200m);

        var page = Lookup.Find(new PaymentQuery { BankReference = "br2611300000017" });

        Assert.Equal(1, page.Total);
        Assert.Equal(100m, page.Items[0].Amount);
    }

    [Theory]
    [InlineData("tremblay")]
    [InlineData("Tremblay Marie")]
    [InlineData("marie TREMBLAY")]
    [InlineData("Trem")]
    public void A_payer_is_found_without_case_and_in_either_order(string asked)
    {
        _bot.AddPayment("BR1000001", BotHarness.Today, 10m, "MARIE TREMBLAY");
        _bot.AddPayment("BR1000002", BotHarness.Today, 10m, "Jean Côté");

        var page = Lookup.Find(new PaymentQuery { PayerName = asked });

        Assert.Equal(["BR1000001"], page.Items.Select(p => p.BankReference));
    }

    [Fact]
    public void Accents_do_not_matter_in_names()
    {
        _bot.AddPayment("BR1000001", BotHarness.Today, 10m, "Jean-François Côté");
        Assert.Equal(1, Lookup.Find(new PaymentQuery { PayerName = "cote jean francois" }).Total);
        Assert.Equal(1, Lookup.Find(new PaymentQuery { PayerName = "Côté" }).Total);
    }

    [Fact]
    public void Amount_date_and_status_narrow_together()
    {
        _bot.AddPayment("BR1000001", new DateOnly(2026, 11, 29), 250m);
        _bot.AddPayment("BR1000002", new DateOnly(2026, 11, 29), 250m, status: PaymentStatus.Applied);
        _bot.AddPayment("BR1000003", new DateOnly(2026, 11, 28), 250m);
        _bot.AddPayment("BR1000004", new DateOnly(2026, 11, 29), 251m);

        var page = Lookup.Find(new PaymentQuery
        {
            AmountMin = 250m, AmountMax = 250m,
            ReceivedFrom = new DateOnly(2026, 11, 29), ReceivedTo = new DateOnly(2026, 11, 29),
            Status = PaymentStatusFilter.Open,
        });

        Assert.Equal(["BR1000001"], page.Items.Select(p => p.BankReference));
    }

    [Fact]
    public void A_card_ending_matches_the_stated_ending_or_the_masked_reference()
    {
        _bot.AddPayment("BR1000001", BotHarness.Today, 10m, referenceEnding: "1005");
        _bot.AddPayment("BR1000002", BotHarness.Today, 10m, reference: "•••• •••••• •1005");
        _bot.AddPayment("BR1000003", BotHarness.Today, 10m, reference: "INV 2024 1005");
        _bot.AddPayment("BR1000004", BotHarness.Today, 10m, referenceEnding: "2005");

        var page = Lookup.Find(new PaymentQuery { CardEnding = "1005" });

        Assert.Equal(["BR1000002", "BR1000001"], page.Items.Select(p => p.BankReference));
    }

    [Fact]
    public void A_full_card_number_finds_the_accounts_payments_and_payments_that_quoted_it()
    {
        var card = TestCards.AmexEndingIn("1005");
        var other = TestCards.AmexEndingIn("2006");
        _bot.AddAccount("A0000001", "Marie Tremblay", card);
        var credited = _bot.AddPayment("BR1000001", BotHarness.Today, 10m, status: PaymentStatus.Applied);
        _bot.AddAllocation(credited.Id, "A0000001", 10m);
        var quoted = _bot.AddPayment("BR1000002", BotHarness.Today, 20m, reference: "•••• •••••• •1005", sealedReference: _bot.Seal.Seal(card));
        _bot.AddPayment("BR1000003", BotHarness.Today, 30m, reference: "•••• •••••• •2006", sealedReference: _bot.Seal.Seal(other));

        var ids = Lookup.PaymentIdsForCard(new PastedCardNumber(card));

        Assert.Equal([credited.Id, quoted.Id], ids);
    }

    [Fact]
    public void Pages_go_newest_first_and_say_when_there_is_more()
    {
        for (var day = 1; day <= 7; day++) _bot.AddPayment($"BR10000{day:D2}", new DateOnly(2026, 11, day), 10m, "Tremblay");

        var first = Lookup.Find(new PaymentQuery { PayerName = "Tremblay" }, 0, 5);
        var second = Lookup.Find(new PaymentQuery { PayerName = "Tremblay" }, 5, 5);

        Assert.Equal(7, first.Total);
        Assert.True(first.HasMore);
        Assert.Equal("BR1000007", first.Items[0].BankReference);
        Assert.Equal(["BR1000002", "BR1000001"], second.Items.Select(p => p.BankReference));
        Assert.False(second.HasMore);
    }

    [Fact]
    public void A_pasted_card_number_never_prints_in_full()
    {
        var card = TestCards.AmexEndingIn("1005");
        var pasted = new PastedCardNumber(card);
        Assert.Equal("•••• •••••• •1005", pasted.ToString());
        Assert.False($"{pasted}".Contains(card), "The pasted number printed in full.");
    }
}
