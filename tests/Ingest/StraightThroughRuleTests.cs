using OpsBot.Skills.Accounts;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Accounts;

namespace OpsBot.Tests.Ingest;

public class StraightThroughRuleTests
{
    private static readonly string Current = TestCards.Generate(1, "37");
    private static readonly string Replaced = TestCards.Generate(2, "34");
    private static readonly string Cancelled = TestCards.Generate(3, "37");
    private static readonly string Stranger = TestCards.Generate(4, "37");

    private static OpsStore Store()
    {
        var store = OpsStore.InMemory();
        store.Accounts.Insert(new CardAccount
        {
            Id = "A1",
            HolderName = "Marie Tremblay",
            Cards = [new AccountCard { Number = Replaced, Status = CardStatus.Replaced }, new AccountCard { Number = Current, Status = CardStatus.Active }],
        });
        store.Accounts.Insert(new CardAccount
        {
            Id = "A2",
            HolderName = "Emily Chen",
            Cards = [new AccountCard { Number = Cancelled, Status = CardStatus.Cancelled }],
        });
        return store;
    }

    private static CreditDecision Decide(string? reference, string currency = "CAD", string? memo = null)
    {
        using var store = Store();
        return new StraightThroughRule(new AccountDirectory(store)).Decide(new ReceivedPayment
        {
            BankReference = "BR1",
            ReceivedOn = new DateOnly(2026, 11, 30),
            Amount = 100m,
            Currency = currency,
            Channel = Channels.BillPayment,
            Reference = reference,
            Memo = memo,
            Source = "test",
        });
    }

    /// <summary>{d} is the digits, {g-} and {g } the number grouped 4-6-5 with dashes or spaces.</summary>
    private static string Typed(string template, string digits) => template
        .Replace("{d}", digits).Replace("{g-}", TestCards.Grouped(digits, "-")).Replace("{g }", TestCards.Grouped(digits, " "));

    [Theory]
    [InlineData("{d}")]
    [InlineData("AMEX {g-}")]
    [InlineData("AMEX {g }")]
    [InlineData("American Express {g }")]
    [InlineData("amex: {d}")]
    [InlineData("  {g }  ")]
    [InlineData("CARD # {d}")]
    [InlineData("Carte {g-}")]
    public void A_reference_that_is_a_current_card_number_however_typed_is_applied(string template)
    {
        var decision = Decide(Typed(template, Current));

        Assert.True(decision.Applies);
        Assert.Equal("A1", decision.Account!.Id);
        Assert.Equal(CardStatus.Active, decision.Card!.Status);
    }

    [Fact]
    public void A_replaced_card_number_is_applied_to_the_account_that_replaced_it()
    {
        var decision = Decide("AMEX " + TestCards.Grouped(Replaced, "-"));

        Assert.True(decision.Applies);
        Assert.Equal("A1", decision.Account!.Id);
        Assert.Equal(CardStatus.Replaced, decision.Card!.Status);
    }

    [Theory]
    [InlineData(null, UnappliedReasons.NoReference)]
    [InlineData("   ", UnappliedReasons.NoReference)]
    [InlineData("INV 2026 0042", UnappliedReasons.NotACardNumber)]
    [InlineData("{d} thanks", UnappliedReasons.NotACardNumber)]
    [InlineData("card ending 91006", UnappliedReasons.PartialNumber)]
    [InlineData("xxxx 1006", UnappliedReasons.PartialNumber)]
    [InlineData("****1006", UnappliedReasons.PartialNumber)]
    [InlineData("se terminant par 1006", UnappliedReasons.PartialNumber)]
    [InlineData("12345", UnappliedReasons.PartialNumber)]
    [InlineData("1234 5678 9012", UnappliedReasons.WrongLength)]
    public void Anything_short_of_an_exact_card_number_on_file_is_queued_with_its_reason(string? template, string reason)
    {
        var decision = Decide(template is null ? null : Typed(template, Current));

        Assert.False(decision.Applies);
        Assert.Equal(reason, decision.Reason);
    }

    [Fact]
    public void A_number_with_a_mistyped_digit_fails_luhn_and_is_queued()
    {
        Assert.Equal(UnappliedReasons.FailsLuhn, Decide(TestCards.WithLastDigitChanged(Current)).Reason);
    }

    [Fact]
    public void A_number_with_a_digit_missing_is_the_wrong_length()
    {
        Assert.Equal(UnappliedReasons.WrongLength, Decide(Current[..^1]).Reason);
    }

    [Fact]
    public void A_valid_card_number_nobody_here_holds_is_an_unknown_card()
    {
        Assert.Equal(UnappliedReasons.UnknownCard, Decide(Stranger).Reason);
    }

    [Fact]
    public void A_luhn_valid_number_that_is_not_an_amex_number_is_not_a_card_number_here()
    {
        var visaLike = "4" + Current[1..^1];
        visaLike += OpsBot.Skills.Cards.Luhn.CheckDigit(visaLike);

        Assert.Equal(UnappliedReasons.NotACardNumber, Decide(visaLike).Reason);
    }

    [Fact]
    public void A_cancelled_card_is_never_credited_straight_through()
    {
        Assert.Equal(UnappliedReasons.CardCancelledOrClosed, Decide(Cancelled).Reason);
    }

    [Fact]
    public void A_payment_in_another_currency_is_queued_even_with_a_good_card_number()
    {
        Assert.Equal(UnappliedReasons.NotCad, Decide(Current, currency: "USD").Reason);
    }

    [Fact]
    public void Last_digits_are_kept_as_the_ending_even_when_they_are_only_in_the_memo()
    {
        var decision = Decide(null, memo: "for my card ending 91006");

        Assert.Equal(UnappliedReasons.PartialNumber, decision.Reason);
        Assert.Equal("91006", decision.Ending);
    }

    [Fact]
    public void A_card_number_on_two_accounts_is_queued_rather_than_guessed()
    {
        using var store = Store();
        store.Accounts.Insert(new CardAccount
        {
            Id = "A3",
            HolderName = "Copy",
            Cards = [new AccountCard { Number = Current, Status = CardStatus.Active }],
        });
        var decision = new StraightThroughRule(new AccountDirectory(store)).Decide(new ReceivedPayment
        {
            BankReference = "BR1", ReceivedOn = new DateOnly(2026, 11, 30), Amount = 1m, Currency = "CAD",
            Channel = Channels.Eft, Reference = Current, Source = "test",
        });

        Assert.Equal(UnappliedReasons.CardOnSeveralAccounts, decision.Reason);
    }
}
