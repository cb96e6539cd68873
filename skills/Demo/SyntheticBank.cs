using OpsBot.Skills.Accounts;
using OpsBot.Skills.Cards;

namespace OpsBot.Skills.Demo;

/// <summary>
/// A card issuer's book of accounts, made up but realistic: English and French names, corporate accounts, replaced,
/// cancelled and closed cards. Account <c>i</c> is a pure function of the seed and <c>i</c>, so a million accounts
/// can be streamed to a file without holding them, and a payment can name its payer without a lookup.
/// </summary>
public sealed class SyntheticBank(int seed, int accountCount)
{
    public int Seed { get; } = seed;
    public int AccountCount { get; } = accountCount;

    public static string AccountId(int index) => "A" + (index + 1).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<CardAccount> Accounts()
    {
        for (var i = 0; i < AccountCount; i++) yield return Account(i);
    }

    public CardAccount Account(int index)
    {
        var rng = new Random(StableSeed.Of(Seed, index, 17));
        var french = rng.NextDouble() < 0.45;
        var corporate = rng.NextDouble() < 0.10;
        var first = Pick(rng, french ? SyntheticNames.FrenchFirst : SyntheticNames.EnglishFirst);
        var last = Pick(rng, french ? SyntheticNames.FrenchLast : SyntheticNames.EnglishLast);
        string? company = corporate
            ? $"{Pick(rng, SyntheticNames.CompanyWords)} {Pick(rng, SyntheticNames.CompanyKinds)} {Pick(rng, SyntheticNames.CompanySuffixes)}"
            : null;

        var fate = rng.NextDouble();
        var currentStatus = fate < 0.03 ? CardStatus.Cancelled : fate < 0.04 ? CardStatus.Closed : CardStatus.Active;
        var cards = new List<AccountCard>();
        if (rng.NextDouble() < 0.20)
            cards.Add(new AccountCard { Number = CardNumberFor(index, 1), Status = CardStatus.Replaced });
        cards.Add(new AccountCard { Number = CardNumberFor(index, 0), Status = currentStatus });

        var balance = Math.Round((decimal)(rng.NextDouble() * (corporate ? 25_000 : 4_000)), 2);
        var minimum = Math.Max(10m, Math.Round(balance * 0.03m, 2));
        if (balance < minimum) minimum = balance;
        var slug = Slug(first) + "." + Slug(last);
        return new CardAccount
        {
            Id = AccountId(index),
            HolderName = $"{first} {last}",
            CompanyName = company,
            Type = corporate ? AccountType.Corporate : AccountType.Personal,
            Language = french ? "fr" : "en",
            Province = Pick(rng, french ? SyntheticNames.FrenchProvinces : SyntheticNames.EnglishProvinces),
            Email = $"{slug}{index % 1000}@example.com",
            StatementBalance = balance,
            MinimumDue = minimum,
            DueDate = new DateOnly(2026, 12, 1).AddDays(rng.Next(0, 28)),
            Cards = cards,
        };
    }

    /// <summary>
    /// Card <paramref name="slot"/> (0 current, 1 replaced) of account <paramref name="index"/>. The body is a
    /// bijection of the card's ordinal, so no two cards ever share a number, and numbers past the book's range
    /// (<see cref="StrangerCardNumber"/>) belong to nobody.
    /// </summary>
    public static string CardNumberFor(int index, int slot) => AmexFromOrdinal((long)index * 2 + slot);

    /// <summary>An Amex number that is on no account of any synthetic bank: another issuer's customer.</summary>
    public static string StrangerCardNumber(long n) => AmexFromOrdinal(1_000_000_000L + n);

    private static string AmexFromOrdinal(long ordinal)
    {
        const long modulus = 1_000_000_000_000L; // twelve digits of body
        var body = (ordinal * 7_919_876_543L + 123_456_789_013L) % modulus;
        var prefix = ordinal % 2 == 0 ? "37" : "34";
        var withoutCheck = prefix + body.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
        return withoutCheck + Luhn.CheckDigit(withoutCheck);
    }

    /// <summary>A Luhn-valid 16-digit Visa number: a payment meant for another issuer.</summary>
    public static string VisaNumber(Random rng)
    {
        var body = "4" + string.Concat(Enumerable.Range(0, 14).Select(_ => (char)('0' + rng.Next(10))));
        return body + Luhn.CheckDigit(body);
    }

    internal static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static string Slug(string name) =>
        new string(name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
}
