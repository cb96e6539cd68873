using OpsBot.Skills.Cards;
using OpsBot.Skills.Research.Indexing;
using OpsBot.Skills.Research.References;

namespace OpsBot.Tests.Research;

public class KeyingErrorTests
{
    private static readonly string Card = ResearchFixture.Card("37123456789012");

    private static bool Repairs(string reference, string card, KeyingError kind) =>
        KeyingErrors.From(reference, includeTwoSubstitutions: true)
            .Any(r => r.Number == CardIndex.Key(card) && r.Kind == kind);

    [Fact]
    public void A_digit_mistyped_anywhere_is_repaired_back_to_the_card()
    {
        for (var i = 0; i < 15; i++)
        {
            var reference = ResearchFixture.Mistype(Card, i);
            Assert.False(Luhn.IsValid(reference));
            Assert.True(Repairs(reference, Card, KeyingError.Substitution), $"substitution at position {i + 1} not repaired");
        }
    }

    [Fact]
    public void Neighbouring_digits_swapped_are_repaired()
    {
        for (var i = 0; i < 14; i++)
        {
            if (Card[i] == Card[i + 1]) continue;
            var reference = ResearchFixture.Swap(Card, i, i + 1);
            Assert.True(Repairs(reference, Card, KeyingError.AdjacentTransposition), $"transposition at {i + 1} not repaired");
        }
    }

    [Fact]
    public void A_jump_transposition_passes_Luhn_and_is_still_repaired()
    {
        var reference = ResearchFixture.Swap(Card, 4, 6);
        Assert.True(Luhn.IsValid(reference), "Luhn should not see a jump transposition");
        Assert.True(Repairs(reference, Card, KeyingError.JumpTransposition));
    }

    [Fact]
    public void Zero_nine_typed_as_nine_zero_passes_Luhn_and_is_repaired()
    {
        var card = ResearchFixture.Card("37120934567812");
        var at = card.IndexOf("09", StringComparison.Ordinal);
        var reference = ResearchFixture.Swap(card, at, at + 1);
        Assert.True(Luhn.IsValid(reference), "Luhn should not see 09 ↔ 90");
        Assert.True(Repairs(reference, card, KeyingError.AdjacentTransposition));
    }

    [Fact]
    public void A_doubled_digit_typed_as_another_doubled_digit_is_repaired()
    {
        var card = ResearchFixture.Card("37125534567812");
        var at = card.IndexOf("55", StringComparison.Ordinal);
        foreach (var b in "012346789")
        {
            var reference = card[..at] + b + b + card[(at + 2)..];
            Assert.True(Repairs(reference, card, KeyingError.Twin), $"twin 55 → {b}{b} not repaired");
        }
    }

    [Fact]
    public void A_jump_twin_is_repaired()
    {
        var card = ResearchFixture.Card("37124249678123");
        var at = card.IndexOf("424", StringComparison.Ordinal);
        var reference = card[..at] + "626" + card[(at + 3)..];
        Assert.True(Repairs(reference, card, KeyingError.JumpTwin));
    }

    [Fact]
    public void Thirty_heard_as_thirteen_is_repaired_both_ways()
    {
        var card = ResearchFixture.Card("37124530678123");
        var at = card.IndexOf("30", StringComparison.Ordinal);
        var reference = card[..at] + "13" + card[(at + 2)..];
        Assert.True(Repairs(reference, card, KeyingError.Phonetic));

        var other = ResearchFixture.Card("37124513678123");
        at = other.IndexOf("13", StringComparison.Ordinal);
        Assert.True(Repairs(other[..at] + "30" + other[(at + 2)..], other, KeyingError.Phonetic));
    }

    [Fact]
    public void A_digit_left_out_or_added_is_repaired()
    {
        for (var i = 0; i < 15; i++)
            Assert.True(Repairs(Card.Remove(i, 1), Card, KeyingError.OmittedDigit), $"omission at {i + 1} not repaired");
        for (var i = 0; i <= 15; i++)
            Assert.True(Repairs(Card.Insert(i, "7"), Card, KeyingError.AddedDigit), $"addition at {i + 1} not repaired");
    }

    [Fact]
    public void Two_mistyped_digits_are_found_among_the_two_digit_repairs()
    {
        var reference = ResearchFixture.Mistype(ResearchFixture.Mistype(Card, 5), 11);
        Assert.True(Repairs(reference, Card, KeyingError.TwoSubstitutions));
        var twoDigitRepairs = KeyingErrors.From(reference, includeTwoSubstitutions: false).Count(r => r.Kind == KeyingError.TwoSubstitutions);
        Assert.True(twoDigitRepairs == 0, "two-digit repairs were made though not asked for");
    }

    [Fact]
    public void Every_candidate_is_Luhn_valid_because_every_card_on_file_is()
    {
        var references = new[] { ResearchFixture.Mistype(Card, 3), Card.Remove(2, 1), Card.Insert(9, "0"), ResearchFixture.Swap(Card, 1, 3) };
        foreach (var reference in references)
            foreach (var repair in KeyingErrors.From(reference, includeTwoSubstitutions: true))
                Assert.True(Luhn.IsValid(repair.Number.ToString("D15", System.Globalization.CultureInfo.InvariantCulture)), $"a {repair.Kind} candidate fails Luhn");
    }

    [Fact]
    public void A_reference_of_another_length_has_no_repairs()
    {
        Assert.Empty(KeyingErrors.From("3712345678", includeTwoSubstitutions: true));
        Assert.Empty(KeyingErrors.From(Card + "12", includeTwoSubstitutions: true));
    }
}
