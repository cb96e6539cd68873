using OpsBot.Skills.Accounts;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Demo;

namespace OpsBot.Tests.Demo;

public class SyntheticDayTests
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    [Fact]
    public void Every_card_number_of_the_bank_is_a_distinct_luhn_valid_amex_number()
    {
        var bank = new SyntheticBank(7, 3000);
        var numbers = bank.Accounts().SelectMany(a => a.Cards).Select(c => c.Number).ToList();

        Assert.All(numbers, n => Assert.True(CardNumber.TryParse(n, out _, out _)));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Contains(bank.Accounts(), a => a.Cards.Any(c => c.Status == CardStatus.Replaced));
        Assert.Contains(bank.Accounts(), a => a.Language == "fr");
        Assert.Contains(bank.Accounts(), a => a.Type == AccountType.Corporate);
    }

    [Fact]
    public void The_same_seed_makes_the_same_day()
    {
        var a = SyntheticDay.Payments(new SyntheticBank(1, 500), Day, 200);
        var b = SyntheticDay.Payments(new SyntheticBank(1, 500), Day, 200);

        Assert.Equal(a, b);
    }

    [Fact]
    public void The_first_accounts_of_seed_42_are_the_same_in_every_process()
    {
        // Fixed expectations, not a comparison within one process: HashCode would pass that and still differ next run.
        var bank = new SyntheticBank(42, 10);

        Assert.Equal(StableSeedOf42, string.Join("|", Enumerable.Range(0, 3).Select(i => bank.Account(i).HolderName)));
    }

    private const string StableSeedOf42 = "Richard Jones|Ginette Gagnon|Mary Taylor";

    [Fact]
    public void About_a_fifth_of_the_day_are_exceptions_and_each_keying_error_is_one_error_away()
    {
        var bank = new SyntheticBank(3, 2000);
        var payments = SyntheticDay.Payments(bank, Day, 2000);
        var exceptions = payments.Count(p => p.Kind is not (PaymentKind.Clean or PaymentKind.OldCard));

        Assert.InRange(exceptions, 300, 500);
        foreach (var p in payments.Where(p => p.Kind.IsSingleKeyingError()))
        {
            var digits = CardReference.DigitsOnly(p.Reference);
            var onFile = bank.Account(int.Parse(p.TrueAccountId![1..]) - 1).Cards.Select(c => c.Number);
            Assert.False(onFile.Contains(digits), $"{p.BankReference}: the error left the number on file");
            var expectedLength = p.Kind switch { PaymentKind.OmittedDigit => 14, PaymentKind.AddedDigit => 16, _ => 15 };
            Assert.Equal(expectedLength, digits.Length);
        }
        Assert.All(payments.Where(p => p.Kind == PaymentKind.NonCustomer), p => Assert.Null(p.TrueAccountId));
    }

    [Fact]
    public void A_substitution_always_fails_luhn_but_a_jump_transposition_never_does()
    {
        var bank = new SyntheticBank(5, 1000);
        var payments = SyntheticDay.Payments(bank, Day, 600, PaymentMix.EveryKeyingErrorAlike);

        Assert.All(payments.Where(p => p.Kind == PaymentKind.Substitution),
            p => Assert.False(Luhn.IsValid(CardReference.DigitsOnly(p.Reference))));
        Assert.All(payments.Where(p => p.Kind == PaymentKind.JumpTransposition),
            p => Assert.True(Luhn.IsValid(CardReference.DigitsOnly(p.Reference))));
    }

    [Fact]
    public void The_bai2_file_carries_trailers_whose_counts_match_its_records()
    {
        var bank = new SyntheticBank(9, 300);
        var payments = SyntheticDay.Payments(bank, Day, 150).Where(p => p.Channel is "cheque" or "wire").ToList();
        var lines = SyntheticFiles.Bai2(payments, Day).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var fileTrailer = lines[^1].TrimEnd('/').Split(',');
        Assert.Equal("99", fileTrailer[0]);
        Assert.Equal(lines.Length, int.Parse(fileTrailer[3]));
        var groupTrailer = lines[^2].TrimEnd('/').Split(',');
        Assert.Equal(lines.Length - 2, int.Parse(groupTrailer[3]));
    }
}
