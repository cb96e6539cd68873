using OpsBot.Skills.Allocations;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Demo;
using OpsBot.Skills.Reconciliation;
using OpsBot.Skills.Time;
using OpsBot.Tests.Allocations;
using static OpsBot.Tests.Allocations.Books;

namespace OpsBot.Tests.Reconciliation;

public class PostingFileTests
{
    private static readonly TimeZoneInfo Toronto = OpsClock.FindZone(null);

    [Fact]
    public void The_day_posts_each_applied_credit_and_takes_back_each_reversal_approved_that_day()
    {
        using var books = new Books();
        var sample = SampleDay.Build(books);

        var postings = new PostingFile(books.Store, Toronto).For(Day);

        Assert.Equal(
            [
                ("credit", "BR-AUTO", 100m), ("credit", "BR-FULL", 250.50m), ("credit", "BR-PART", 600m),
                ("credit", "BR-REVD", 33.33m), ("reversal", "BR-REVD", -33.33m), ("credit", "BR-PREV", 500m),
            ],
            postings.Select(p => (p.Kind, p.BankReference, p.Amount)));
        Assert.DoesNotContain(postings, p => p.BankReference == "BR-PEND");
        Assert.Equal(Day.AddDays(-1), postings.Single(p => p.BankReference == "BR-PREV").ReceivedOn);
        Assert.Equal(Quinn.Id, postings.Single(p => p.Kind == "reversal").ApprovedBy);
        _ = sample;
    }

    [Fact]
    public void An_approved_credit_posts_on_the_day_it_was_approved()
    {
        using var books = new Books();
        var sample = SampleDay.Build(books);
        var service = books.Service();
        books.Time.Advance(TimeSpan.FromDays(1));
        service.Approve(Paula, NewActionId(), service.PendingApprovals(Paula).Single().Id);

        var today = new PostingFile(books.Store, Toronto).For(Day);
        var tomorrow = new PostingFile(books.Store, Toronto).For(Day.AddDays(1));

        Assert.DoesNotContain(today, p => p.BankReference == "BR-PEND");
        var posting = Assert.Single(tomorrow);
        Assert.Equal(("BR-PEND", 15_000m, Bob.Id, Paula.Id, Day), (posting.BankReference, posting.Amount, posting.By, posting.ApprovedBy, posting.ReceivedOn));
        _ = sample;
    }

    [Fact]
    public void A_credit_made_late_in_the_evening_in_Toronto_posts_on_that_day_not_the_next_in_UTC()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-LATE", 10m);
        books.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 3, 30, 0, TimeSpan.Zero)); // 22:30 on Nov 30 in Toronto
        books.Service().AllocateInFull(Ana, NewActionId(), payment.Id, "A0000001");

        Assert.Single(new PostingFile(books.Store, Toronto).For(Day));
        Assert.Empty(new PostingFile(books.Store, Toronto).For(Day.AddDays(1)));
    }

    [Fact]
    public void The_file_names_accounts_and_masked_cards_never_a_full_card_number()
    {
        using var books = new Books();
        SampleDay.Build(books);
        var writer = new StringWriter();

        new PostingFile(books.Store, Toronto).Write(Day, writer);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', PostingFile.Columns), lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Empty(PanScanner.Scan(writer.ToString(), "posting file"));
        var numbers = books.Store.Accounts.FindAll().SelectMany(a => a.Cards).Select(c => c.Number).ToList();
        Assert.False(numbers.Any(n => writer.ToString().Contains(n, StringComparison.Ordinal)), "the posting file holds a card number");
        var last4 = SyntheticBank.CardNumberFor(0, 0)[^4..];
        Assert.StartsWith($"2026-11-30,credit,", lines[1]);
        Assert.Contains($",A0000001,•••• •••••• •{last4},100.00,CAD,BR-AUTO,2026-11-30,auto,,", lines[1]);
    }
}
