using OpsBot.Skills.Cards;

namespace OpsBot.Tests.Cards;

public class PanScannerTests
{
    // Built at run time so that this file itself holds no card number.
    private static readonly string Card = Luhnify("37144963539843");

    private static string Luhnify(string body) => body + Luhn.CheckDigit(body);

    [Fact]
    public void A_card_number_plain_or_grouped_is_found_and_reported_masked()
    {
        var text = $"first line\nref {Card}\ngrouped {Card[..4]} {Card[4..10]} {Card[10..]} and dashed {Card[..4]}-{Card[4..10]}-{Card[10..]}";

        var findings = PanScanner.Scan(text, "log.txt").ToList();

        Assert.Equal(3, findings.Count);
        Assert.Equal(2, findings[0].Line);
        Assert.Equal(3, findings[1].Line);
        Assert.All(findings, f => Assert.DoesNotContain(Card, f.ToString()));
        Assert.All(findings, f => Assert.EndsWith(Card[^4..] + " in clear text", f.ToString()));
    }

    [Fact]
    public void A_number_that_fails_luhn_or_is_longer_is_not_a_finding()
    {
        var wrongCheck = Card[..14] + (char)('0' + (Card[14] - '0' + 1) % 10);
        var text = $"{wrongCheck} and 9{Card} and BR2611300000017";

        Assert.Empty(PanScanner.Scan(text, "log.txt"));
    }

    [Fact]
    public void Masked_text_is_never_a_finding()
    {
        Assert.Empty(PanScanner.Scan(CardMask.MaskText($"paid with {Card}")!, "out"));
    }
}
