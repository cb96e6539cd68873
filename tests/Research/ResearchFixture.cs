using System.Globalization;
using System.Security.Cryptography;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;
using OpsBot.Skills.Research.Sources;

namespace OpsBot.Tests.Research;

/// <summary>
/// A small hand-built book of accounts and a way to make payments as ingest stores them (reference masked,
/// original sealed). Card numbers are made Luhn-valid from a 14-digit body; tests compare account ids, never
/// numbers, so that no full card number can reach the test output, even in a failure message.
/// </summary>
internal sealed class ResearchFixture
{
    private readonly List<CardAccount> _accounts = [];
    private readonly List<CreditedPayment> _credits = [];
    private long _nextId = 1;

    public ReferenceSeal Seal { get; } = new(RandomNumberGenerator.GetBytes(32));

    /// <summary>A Luhn-valid card number from its first 14 digits.</summary>
    public static string Card(string body14) => body14 + Luhn.CheckDigit(body14);

    public ResearchFixture Account(string id, string holder, params string[] cards) =>
        Account(id, holder, null, 0m, 0m, cards.Select((c, i) => new AccountCard { Number = c, Status = i == cards.Length - 1 ? CardStatus.Active : CardStatus.Replaced }).ToArray());

    public ResearchFixture Account(string id, string holder, string? company, decimal balance, decimal minimum, params AccountCard[] cards)
    {
        _accounts.Add(new CardAccount
        {
            Id = id, HolderName = holder, CompanyName = company,
            Type = company is null ? AccountType.Personal : AccountType.Corporate,
            StatementBalance = balance, MinimumDue = minimum, Cards = cards,
        });
        return this;
    }

    public ResearchFixture Credited(string payer, string accountId, decimal amount, DateOnly on)
    {
        _credits.Add(new CreditedPayment(payer, accountId, amount, on));
        return this;
    }

    public ResearchService Service(ResearchModel? model = null) =>
        new(ResearchIndex.Build(_accounts, _credits), Seal, model);

    public ResearchIndex Index() => ResearchIndex.Build(_accounts, _credits);

    /// <summary>A payment as ingest stores it: the raw reference sealed when it holds a card-length number.</summary>
    public Payment Payment(string? reference, string? payer = null, decimal amount = 123.45m, string? memo = null, string? ending = null) => new()
    {
        Id = _nextId,
        BankReference = "BR26113000" + (_nextId++).ToString("D6", CultureInfo.InvariantCulture),
        ReceivedOn = new DateOnly(2026, 11, 30),
        Amount = amount,
        PayerName = payer,
        Reference = CardMask.MaskText(reference),
        Memo = CardMask.MaskText(memo),
        SealedReference = CardMask.ContainsPanLike(reference) ? Seal.Seal(reference!) : null,
        ReferenceEnding = ending,
        SourceFile = "test.csv",
        Format = "csv",
    };

    /// <summary>The number with the digits at positions i and j (0-based) swapped.</summary>
    public static string Swap(string number, int i, int j)
    {
        var d = number.ToCharArray();
        (d[i], d[j]) = (d[j], d[i]);
        return new string(d);
    }

    /// <summary>The number with the digit at position i replaced by one that keeps it failing Luhn.</summary>
    public static string Mistype(string number, int i)
    {
        for (var x = '0'; x <= '9'; x++)
        {
            if (x == number[i]) continue;
            var candidate = number[..i] + x + number[(i + 1)..];
            if (!Luhn.IsValid(candidate)) return candidate;
        }
        throw new InvalidOperationException("no mistyping found");
    }
}
