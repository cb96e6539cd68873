using System.Text.RegularExpressions;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Research;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Research;

public partial class ResearchServiceTests
{
    private static readonly string Tremblay = ResearchFixture.Card("37123456789012");
    private static readonly string TremblayOld = ResearchFixture.Card("37129988776655");
    private static readonly string Cote = ResearchFixture.Card("34987612345678");
    private static readonly string Smith = ResearchFixture.Card("37550934567812");
    private static readonly string Closed = ResearchFixture.Card("37661234509876");

    private static ResearchFixture Book() => new ResearchFixture()
        .Account("A-TREMBLAY", "Jean Tremblay", TremblayOld, Tremblay)
        .Account("A-COTE", "Geneviève Côté", Cote)
        .Account("A-SMITH", "John Smith", null, 1234.56m, 37.04m, new AccountCard { Number = Smith, Status = CardStatus.Active })
        .Account("A-CLOSED", "Paul Roy", null, 0m, 0m, new AccountCard { Number = Closed, Status = CardStatus.Closed });

    [GeneratedRegex(@"\d{12,}")]
    private static partial Regex LongDigitRun();

    /// <summary>No evidence or finding, in either language, holds more than four digits of a card in a row.</summary>
    private static void AssertNoCardNumberShown(Proposal proposal)
    {
        var texts = proposal.Candidates.SelectMany(c => c.Evidence).Concat(proposal.Findings).SelectMany(e => new[] { e.English, e.French });
        foreach (var text in texts) Assert.False(LongDigitRun().IsMatch(text), "evidence shows a long digit run");
    }

    [Fact]
    public void A_mistyped_card_number_is_repaired_to_its_account_with_confidence()
    {
        var book = Book();
        var proposal = book.Service().Propose(book.Payment(ResearchFixture.Mistype(Tremblay, 7), "JEAN TREMBLAY"));

        var best = proposal.Best!;
        Assert.Equal("A-TREMBLAY", best.AccountId);
        Assert.Equal(CandidateBasis.RepairedReference, best.Basis);
        Assert.True(best.Confidence >= Proposal.ConfidentAt, $"confidence {best.Confidence}");
        Assert.Contains(best.Evidence, e => e.English.Contains("card ending " + Tremblay[^4..]) && e.English.Contains("8th"));
        Assert.Contains(best.Evidence, e => e.French.Contains("la carte se terminant par " + Tremblay[^4..]) && e.French.Contains("8e"));
        Assert.Contains(proposal.Findings, e => e.English.Contains("fails the Luhn check"));
        AssertNoCardNumberShown(proposal);
    }

    [Fact]
    public void A_Luhn_valid_reference_that_is_not_on_file_is_repaired_as_a_jump_transposition()
    {
        var book = Book();
        var reference = ResearchFixture.Swap(Tremblay, 5, 7);
        Assert.True(Luhn.IsValid(reference));
        var proposal = book.Service().Propose(book.Payment(reference, "J TREMBLAY"));

        Assert.Equal("A-TREMBLAY", proposal.Best!.AccountId);
        Assert.True(proposal.HasConfidentCandidate);
        Assert.Contains(proposal.Best.Evidence, e => e.English.Contains("Luhn check cannot see"));
        Assert.Contains(proposal.Findings, e => e.English.Contains("passes the Luhn check"));
        AssertNoCardNumberShown(proposal);
    }

    [Fact]
    public void Ninety_for_zero_nine_is_repaired_though_Luhn_passes()
    {
        var book = Book();
        var at = Smith.IndexOf("09", StringComparison.Ordinal);
        var reference = ResearchFixture.Swap(Smith, at, at + 1);
        Assert.True(Luhn.IsValid(reference));

        var proposal = book.Service().Propose(book.Payment(reference, "JOHN SMITH"));

        Assert.Equal("A-SMITH", proposal.Best!.AccountId);
        Assert.Contains(proposal.Best.Evidence, e => e.English.Contains("digits swapped"));
    }

    [Fact]
    public void A_twin_error_is_repaired()
    {
        var card = ResearchFixture.Card("37124455678123");
        var book = new ResearchFixture().Account("A-TWIN", "Luc Gagnon", card);
        var at = card.IndexOf("55", StringComparison.Ordinal);
        var proposal = book.Service().Propose(book.Payment(card[..at] + "88" + card[(at + 2)..], "LUC GAGNON"));

        Assert.Equal("A-TWIN", proposal.Best!.AccountId);
        Assert.Contains(proposal.Best.Evidence, e => e.English.Contains("doubled digit"));
    }

    [Fact]
    public void An_old_card_number_belongs_to_the_account_that_replaced_it()
    {
        var book = Book();
        var proposal = book.Service().Propose(book.Payment(TremblayOld, "JEAN TREMBLAY"));

        Assert.Equal("A-TREMBLAY", proposal.Best!.AccountId);
        Assert.Equal(CandidateBasis.ExactCard, proposal.Best.Basis);
        Assert.Contains(proposal.Best.Evidence, e => e.Kind == EvidenceKinds.OldCard && e.French.Contains("remplacée"));
    }

    [Fact]
    public void A_mistyped_old_card_number_is_repaired_to_its_account_too()
    {
        var book = Book();
        var proposal = book.Service().Propose(book.Payment(ResearchFixture.Mistype(TremblayOld, 12), "JEAN TREMBLAY"));
        Assert.Equal("A-TREMBLAY", proposal.Best!.AccountId);
        Assert.Contains(proposal.Best.Evidence, e => e.English.Contains("replaced card ending " + TremblayOld[^4..]));
    }

    [Fact]
    public void A_Visa_number_from_a_stranger_gets_no_confident_candidate_and_says_so()
    {
        var book = Book();
        var visa = ResearchFixture.Card("452012345678901");
        var proposal = book.Service().Propose(book.Payment(visa, "ROBERT BLACKWOOD"));

        Assert.False(proposal.HasConfidentCandidate);
        Assert.True(proposal.LikelyNotACustomer);
        Assert.Contains(proposal.Findings, e => e.Kind == EvidenceKinds.NotACustomer && e.English.Contains("Visa") && e.French.Contains("Visa"));
        AssertNoCardNumberShown(proposal);
    }

    [Fact]
    public void A_Visa_number_from_someone_named_like_a_customer_is_still_not_confident()
    {
        var book = Book();
        var proposal = book.Service().Propose(book.Payment(ResearchFixture.Card("452012345678901"), "JOHN SMITH"));
        Assert.False(proposal.HasConfidentCandidate);
    }

    [Fact]
    public void A_name_nobody_holds_gets_no_candidate_and_says_so_in_both_languages()
    {
        var book = Book();
        var proposal = book.Service().Propose(book.Payment(null, "ZORVAN KELLIBRAND"));

        Assert.Empty(proposal.Candidates);
        Assert.True(proposal.LikelyNotACustomer);
        Assert.Contains(proposal.Findings, e => e.English.Contains("No holder or company on file is named") && e.French.Contains("ne s’appelle"));
    }

    [Fact]
    public void Last_digits_are_narrowed_by_the_payers_name()
    {
        var sharedEnding = ResearchFixture.Card("37001234567890");
        var ending = sharedEnding[^4..];
        var other = FindCardEndingWith(ending, "3755");
        var book = new ResearchFixture()
            .Account("A-1", "Marie Lavoie", sharedEnding)
            .Account("A-2", "Marc Bergeron", other);

        var proposal = book.Service().Propose(book.Payment("ending " + ending, "MARC BERGERON"));

        Assert.Equal("A-2", proposal.Best!.AccountId);
        Assert.Equal(CandidateBasis.LastDigits, proposal.Best.Basis);
        Assert.Contains(proposal.Best.Evidence, e => e.English.Contains("one of 2 cards ending so"));
        Assert.Contains(proposal.Candidates, c => c.AccountId == "A-1");
    }

    [Fact]
    public void A_name_alone_finds_the_holder_despite_accents_initials_and_order()
    {
        var book = Book();
        var service = book.Service();
        Assert.Equal("A-COTE", service.Propose(book.Payment(null, "COTE, GENEVIEVE")).Best!.AccountId);
        Assert.Equal("A-COTE", service.Propose(book.Payment(null, "MME G. COTE")).Best!.AccountId);
        Assert.Equal("A-SMITH", service.Propose(book.Payment("INV-2026-10234", "MR JOHN SMITH")).Best!.AccountId);
    }

    [Fact]
    public void The_statement_balance_tells_apart_two_holders_with_the_same_name()
    {
        var book = new ResearchFixture()
            .Account("A-1", "John Smith", null, 880.10m, 26.40m, new AccountCard { Number = ResearchFixture.Card("37001111222233"), Status = CardStatus.Active })
            .Account("A-2", "John Smith", null, 1234.56m, 37.04m, new AccountCard { Number = ResearchFixture.Card("37004444555566"), Status = CardStatus.Active });
        var service = book.Service();

        var noAmount = service.Propose(book.Payment(null, "JOHN SMITH", amount: 500m));
        Assert.False(noAmount.HasConfidentCandidate);

        var proposal = service.Propose(book.Payment(null, "JOHN SMITH", amount: 1234.56m));
        Assert.Equal("A-2", proposal.Best!.AccountId);
        Assert.True(proposal.Best.Confidence > noAmount.Best!.Confidence);
        Assert.Contains(proposal.Best.Evidence, e => e.Kind == EvidenceKinds.Amount && e.English.Contains("statement balance"));

        var minimum = service.Propose(book.Payment(null, "JOHN SMITH", amount: 26.40m));
        Assert.Equal("A-1", minimum.Best!.AccountId);
        Assert.Contains(minimum.Best.Evidence, e => e.English.Contains("minimum payment due") && e.French.Contains("paiement minimum exigé"));
    }

    [Fact]
    public void A_third_party_who_paid_an_account_before_is_proposed_for_it()
    {
        var book = Book().Credited("ROBERT BLACKWOOD", "A-COTE", 200m, new DateOnly(2026, 10, 30));
        var proposal = book.Service().Propose(book.Payment(null, "ROBERT BLACKWOOD", amount: 200m));

        Assert.Equal("A-COTE", proposal.Best!.AccountId);
        Assert.Contains(proposal.Best.Evidence, e => e.Kind == EvidenceKinds.History && e.English.Contains("October 30, 2026"));
        Assert.Contains(proposal.Best.Evidence, e => e.Kind == EvidenceKinds.History && e.French.Contains("même montant"));
    }

    [Fact]
    public void Two_cards_equally_close_to_the_reference_make_neither_confident()
    {
        // Two accounts whose cards each differ from the reference by one digit: nothing tells them apart.
        var reference = ResearchFixture.Mistype(ResearchFixture.Card("37123400001111"), 9);
        var neighbours = Neighbours(reference).Take(2).ToList();
        Assert.Equal(2, neighbours.Count);
        var book = new ResearchFixture()
            .Account("A-1", "Anne Roy", neighbours[0])
            .Account("A-2", "Luc Roy", neighbours[1]);

        var proposal = book.Service().Propose(book.Payment(reference));

        Assert.Equal(2, proposal.Candidates.Count);
        Assert.All(proposal.Candidates, c => Assert.True(c.Confidence < Proposal.ConfidentAt, $"{c.AccountId} at {c.Confidence}"));
        Assert.Contains(proposal.Findings, e => e.Kind == EvidenceKinds.Ambiguous);

        // The payer's name settles it.
        var named = book.Service().Propose(book.Payment(reference, "LUC ROY"));
        Assert.Equal("A-2", named.Best!.AccountId);
        Assert.True(named.Best.Confidence > proposal.Candidates.Max(c => c.Confidence));
    }

    [Fact]
    public void Confidences_are_probabilities_best_first()
    {
        var book = Book();
        var proposal = book.Service().Propose(book.Payment("ending " + Tremblay[^4..], "TREMBLAY"), top: 5);
        Assert.All(proposal.Candidates, c => Assert.InRange(c.Confidence, 0.001, 1));
        Assert.True(proposal.Candidates.Sum(c => c.Confidence) + proposal.NoneOfThese <= 1.0001);
        Assert.Equal(proposal.Candidates.OrderByDescending(c => c.Confidence).Select(c => c.AccountId), proposal.Candidates.Select(c => c.AccountId));
    }

    [Fact]
    public void A_closed_accounts_card_is_proposed_with_a_warning_that_it_needs_an_approver()
    {
        var book = Book();
        var proposal = book.Service().Propose(book.Payment(Closed, "PAUL ROY"));

        Assert.Equal("A-CLOSED", proposal.Best!.AccountId);
        Assert.True(proposal.Best.NeedsApprover);
        Assert.Contains(proposal.Best.Evidence, e => e.Kind == EvidenceKinds.NeedsApprover && e.French.Contains("approbateur"));
    }

    [Fact, UseCulture("fr-CA")]
    public void Evidence_is_Canadian_under_a_French_Canadian_culture() => EvidenceReadsCanadian();

    [Fact, UseCulture("en-CA")]
    public void Evidence_is_Canadian_under_an_English_Canadian_culture() => EvidenceReadsCanadian();

    [Fact, UseCulture("de-DE")]
    public void Evidence_is_Canadian_under_an_unrelated_culture() => EvidenceReadsCanadian();

    private static void EvidenceReadsCanadian()
    {
        var book = Book().Credited("JOHN SMITH", "A-SMITH", 1234.56m, new DateOnly(2026, 11, 1));
        var proposal = book.Service().Propose(book.Payment(null, "JOHN SMITH", amount: 1234.56m));
        var evidence = proposal.Best!.Evidence;

        Assert.Contains(evidence, e => e.English == "The amount, $1,234.56, is the statement balance.");
        Assert.Contains(evidence, e => e.French == "Le montant, 1\u00A0234,56\u00A0$, est le solde du relevé.");
        Assert.Contains(evidence, e => e.French.Contains("le 1er novembre 2026"));
        Assert.Contains(evidence, e => e.French.Contains("«\u00A0JOHN SMITH\u00A0»"));
        Assert.Contains(evidence, e => e.English.Contains("November 1, 2026"));
        // French typography: a non-breaking space before every colon.
        Assert.All(evidence.Concat(proposal.Findings), e => Assert.DoesNotMatch(@"[^\u00A0]:", e.French));
    }

    private static string FindCardEndingWith(string ending, string prefix)
    {
        for (var n = 0; n < 100_000; n++)
        {
            var body = prefix + n.ToString("D7", System.Globalization.CultureInfo.InvariantCulture) + ending[..3];
            var card = body + Luhn.CheckDigit(body);
            if (card.EndsWith(ending, StringComparison.Ordinal)) return card;
        }
        throw new InvalidOperationException("no card found");
    }

    private static IEnumerable<string> Neighbours(string reference)
    {
        for (var i = 2; i < 15; i++)
            for (var x = '0'; x <= '9'; x++)
            {
                if (x == reference[i]) continue;
                var candidate = reference[..i] + x + reference[(i + 1)..];
                if (Luhn.IsValid(candidate)) yield return candidate;
            }
    }
}
