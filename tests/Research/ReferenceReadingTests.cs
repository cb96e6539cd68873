using OpsBot.Skills.Research.References;

namespace OpsBot.Tests.Research;

public class ReferenceReadingTests
{
    private readonly ResearchFixture _book = new();
    private static readonly string Card = ResearchFixture.Card("37123456789012");

    private ReferenceReading Read(string? reference, string? memo = null, string? ending = null) =>
        ReferenceReading.Of(_book.Payment(reference, memo: memo, ending: ending), _book.Seal);

    [Fact]
    public void A_sealed_card_number_is_read_from_the_seal_not_from_the_masked_text()
    {
        var reading = Read("AMEX " + Card[..4] + " " + Card[4..10] + " " + Card[10..]);
        Assert.Equal(ReferenceShape.CardLength, reading.Shape);
        Assert.True(reading.PassesLuhn);
        Assert.True(reading.Digits == Card, "the sealed digits were not recovered");
    }

    [Fact]
    public void A_fourteen_or_sixteen_digit_reference_is_one_digit_off()
    {
        Assert.Equal(ReferenceShape.OneDigitOff, Read(Card.Remove(3, 1)).Shape);
        Assert.Equal(ReferenceShape.OneDigitOff, Read(Card.Insert(3, "3")).Shape);
    }

    [Fact]
    public void A_Visa_number_is_recognized_as_another_network()
    {
        var visa = ResearchFixture.Card("452012345678901") ;
        var reading = Read(visa);
        Assert.Equal(ReferenceShape.OtherNetworkCard, reading.Shape);
        Assert.Equal("Visa", reading.Network);
    }

    [Theory]
    [InlineData("ending 91005", null, "91005")]
    [InlineData("xxxx 1005", null, "1005")]
    [InlineData("****1005", null, "1005")]
    [InlineData("se terminant par 1005", null, "1005")]
    [InlineData("1005", null, "1005")]
    [InlineData(null, "Paiement carte se terminant par 91005", "91005")]
    [InlineData(null, "card •••• •••••• •1005", "1005")]
    public void Last_digits_are_found_in_the_reference_or_the_memo(string? reference, string? memo, string ending)
    {
        var reading = Read(reference, memo);
        Assert.Equal(ReferenceShape.LastDigits, reading.Shape);
        Assert.Equal(ending, reading.Ending);
    }

    [Fact]
    public void The_ending_ingest_kept_comes_first()
    {
        Assert.Equal("2004", Read(null, ending: "2004").Ending);
    }

    [Fact]
    public void No_reference_and_an_invoice_number_are_told_apart()
    {
        Assert.Equal(ReferenceShape.None, Read(null).Shape);
        Assert.Equal(ReferenceShape.Other, Read("INV-2026-10234").Shape);
    }

    [Fact]
    public void A_seal_that_cannot_be_opened_leaves_the_last_four_digits()
    {
        var payment = _book.Payment(Card);
        var reading = ReferenceReading.Of(payment, new OpsBot.Skills.Payments.ReferenceSeal(new byte[32]));
        Assert.True(reading.SealUnreadable);
        Assert.Equal(ReferenceShape.LastDigits, reading.Shape);
        Assert.Equal(Card[^4..], reading.Ending);
    }
}
