using OpsBot.Skills.Cards;

namespace OpsBot.Tests.Cards;

public class CardMaskTests
{
    private static readonly string Card = Luhnify("37144963539843");
    private static string Luhnify(string body) => body + Luhn.CheckDigit(body);

    [Theory]
    [InlineData("{0}")]
    [InlineData("paid {0} today")]
    [InlineData("AMEX {0}")]
    [InlineData("AMEX{0}")]
    [InlineData("card no. {0}")]
    public void A_card_number_in_text_keeps_only_its_last_four_digits(string template)
    {
        var masked = CardMask.MaskText(string.Format(template, Card))!;

        Assert.DoesNotContain(Card, masked);
        Assert.Contains("•" + Card[^4..], masked);
    }

    [Fact]
    public void A_card_number_grouped_with_non_breaking_spaces_is_masked_too()
    {
        var grouped = $"{Card[..4]}\u00A0{Card[4..10]}\u00A0{Card[10..]}";

        Assert.Equal(CardMask.MaskLastFour(Card[^4..]), CardMask.MaskText(grouped));
    }

    [Theory]
    [InlineData("BR2612010000017")]
    [InlineData("see BR2612010000017 and INV20261201000042")]
    public void A_bank_reference_glued_to_its_letters_is_not_a_card_number(string text)
    {
        Assert.Equal(text, CardMask.MaskText(text));
        Assert.False(CardMask.ContainsPanLike(text));
    }

    [Fact]
    public void Short_numbers_and_amounts_are_left_alone()
    {
        const string text = "ending 1005, $12,345.67, case 2026-0042";

        Assert.Equal(text, CardMask.MaskText(text));
    }
}
