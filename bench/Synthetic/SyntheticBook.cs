using System.Globalization;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Cards;

namespace OpsBot.Bench.Synthetic;

/// <summary>
/// A synthetic book of card accounts. Account i is made from (seed, i) alone, so a million accounts can be
/// streamed into an index and any one of them made again later for a payment, without keeping them all in memory.
/// About 42% French names, 8% corporate accounts, a quarter with one or two replaced cards, 2% closed.
/// Card numbers spread over six issuer prefixes through a bijective scramble: unique, Luhn-valid, not sequential.
/// </summary>
internal sealed class SyntheticBook(int accounts, int seed)
{
    private static readonly string[] Prefixes = ["341876", "349205", "372588", "374455", "376602", "379014"];
    private const long PerPrefix = 100_000_000;
    private static readonly long Slots = Prefixes.Length * PerPrefix;
    private const int CardsPerAccount = 3;

    private static readonly NameBank.Zipf EnglishFirstNames = new(NameBank.EnglishFirst.Length);
    private static readonly NameBank.Zipf FrenchFirstNames = new(NameBank.FrenchFirst.Length);
    private static readonly NameBank.Zipf EnglishSurnames = new(NameBank.EnglishSurnames.Length);
    private static readonly NameBank.Zipf FrenchSurnames = new(NameBank.FrenchSurnames.Length);

    public int Count => accounts;
    public int Seed => seed;

    public static string AccountId(int i) => "A" + i.ToString("D8", CultureInfo.InvariantCulture);

    public IEnumerable<CardAccount> All()
    {
        for (var i = 0; i < accounts; i++) yield return Account(i);
    }

    public CardAccount Account(int i)
    {
        var random = new Random(StableSeed(seed, i));
        var french = random.NextDouble() < 0.42;
        var corporate = random.NextDouble() < 0.08;
        var (first, surname) = PersonName(random, french);
        var holder = $"{first} {surname}";
        var language = french ? (random.NextDouble() < 0.92 ? "fr" : "en") : (random.NextDouble() < 0.03 ? "fr" : "en");

        var closed = random.NextDouble() < 0.02;
        var lostCard = random.NextDouble() < 0.01;
        var old = random.NextDouble() switch { < 0.75 => 0, < 0.96 => 1, _ => 2 };
        var cards = new List<AccountCard>();
        for (var k = 0; k < old; k++)
            cards.Add(new AccountCard { Number = CardNumber(i, k + 1), Status = lostCard && k == old - 1 ? CardStatus.Cancelled : CardStatus.Replaced });
        cards.Add(new AccountCard { Number = CardNumber(i, 0), Status = closed ? CardStatus.Closed : CardStatus.Active });
        if (closed) cards = cards.Select(c => c with { Status = c.Status == CardStatus.Replaced ? CardStatus.Cancelled : c.Status }).ToList();

        var balance = random.NextDouble() < 0.12 ? 0m : Math.Round((decimal)Math.Min(30_000, Math.Exp(6.3 + 1.3 * Gaussian(random))), 2);
        var minimum = balance <= 10m ? balance : Math.Max(10m, Math.Round(balance * 0.03m, 2));
        return new CardAccount
        {
            Id = AccountId(i),
            HolderName = holder,
            CompanyName = corporate ? CompanyName(random, french, surname) : null,
            Type = corporate ? AccountType.Corporate : AccountType.Personal,
            Language = language,
            Province = Province(random, french),
            Email = $"{Ascii(first)}.{Ascii(surname)}{i % 97}@example.com".ToLowerInvariant(),
            StatementBalance = balance,
            MinimumDue = minimum,
            DueDate = new DateOnly(2026, 12, 20).AddDays(random.Next(0, 11)),
            Cards = cards,
        };
    }

    // HashCode.Combine is randomized per process; a benchmark must give the same book on every run.
    private static int StableSeed(int seed, int i)
    {
        var x = ((ulong)(uint)seed << 32 | (uint)i) + 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return (int)(x ^ (x >> 31));
    }

    /// <summary>The card number in slot k (0 = current) of account i: unique across the book.</summary>
    public static string CardNumber(int account, int k)
    {
        var slot = Scramble((long)account * CardsPerAccount + k);
        var body = Prefixes[slot / PerPrefix] + (slot % PerPrefix).ToString("D8", CultureInfo.InvariantCulture);
        return body + Luhn.CheckDigit(body);
    }

    // A pseudo-random permutation of [0, 2^30) (four Feistel rounds on 15-bit halves), walked until it lands
    // under the number of slots: distinct slots give distinct card numbers with no arithmetic pattern between
    // them, so that a keying slip lands on somebody else's card only as often as chance says.
    private static long Scramble(long slot)
    {
        var x = slot;
        do x = Feistel(x); while (x >= Slots);
        return x;
    }

    private static long Feistel(long x)
    {
        uint left = (uint)(x >> 15) & 0x7FFF, right = (uint)x & 0x7FFF;
        for (uint round = 0; round < 4; round++)
        {
            var mixed = right * 0x9E3779B1u ^ (round + 1) * 0x85EBCA77u;
            mixed ^= mixed >> 13;
            mixed *= 0xC2B2AE35u;
            mixed ^= mixed >> 16;
            (left, right) = (right, left ^ (mixed & 0x7FFF));
        }
        return ((long)left << 15) | right;
    }

    public (string First, string Surname) PersonName(Random random, bool french)
    {
        string first;
        if (french) first = random.NextDouble() < 0.15
            ? NameBank.FrenchCompoundFirst[random.Next(NameBank.FrenchCompoundFirst.Length)]
            : NameBank.FrenchFirst[FrenchFirstNames.Next(random)];
        else
        {
            first = NameBank.EnglishFirst[EnglishFirstNames.Next(random)];
            if (random.NextDouble() < 0.15) first += " " + NameBank.EnglishFirst[random.Next(NameBank.EnglishFirst.Length)];
        }
        return (first, Surname(random, french));
    }

    public static string Surname(Random random, bool french)
    {
        var u = random.NextDouble();
        if (u < 0.22) return NameBank.MadeUpSurname(random);
        if (french && u < 0.27)
            return NameBank.FrenchSurnames[FrenchSurnames.Next(random)].Split(' ')[^1] + "-" + NameBank.FrenchSurnames[random.Next(40)];
        return french ? NameBank.FrenchSurnames[FrenchSurnames.Next(random)] : NameBank.EnglishSurnames[EnglishSurnames.Next(random)];
    }

    private static string CompanyName(Random random, bool french, string surname)
    {
        var place = NameBank.Places[random.Next(NameBank.Places.Length)];
        if (french)
            return random.Next(6) switch
            {
                0 => $"{NameBank.CompanyTradesFr[random.Next(NameBank.CompanyTradesFr.Length)]} {surname} inc.",
                1 => $"Les Entreprises {surname} ltée",
                2 => $"{surname} & Fils inc.",
                3 => $"{NameBank.CompanyTradesFr[random.Next(NameBank.CompanyTradesFr.Length)]} de la {place} S.E.N.C.",
                4 => $"{random.Next(9000, 9999)}-{random.Next(1000, 9999)} Québec inc.",
                _ => $"{NameBank.CompanyTradesFr[random.Next(NameBank.CompanyTradesFr.Length)]} {place} ltée",
            };
        return random.Next(5) switch
        {
            0 => $"{surname} {NameBank.CompanyTradesEn[random.Next(NameBank.CompanyTradesEn.Length)]} Inc.",
            1 => $"{place} {NameBank.CompanyTradesEn[random.Next(NameBank.CompanyTradesEn.Length)]} Ltd.",
            2 => $"{surname} & Sons Ltd.",
            3 => $"{place} {NameBank.CompanyTradesEn[random.Next(NameBank.CompanyTradesEn.Length)]} Corp.",
            _ => $"{surname} {NameBank.CompanyTradesEn[random.Next(NameBank.CompanyTradesEn.Length)]} LLP",
        };
    }

    private static string Province(Random random, bool french)
    {
        var u = random.NextDouble();
        if (french) return u < 0.85 ? "QC" : u < 0.93 ? "NB" : "ON";
        return u switch { < 0.45 => "ON", < 0.63 => "BC", < 0.77 => "AB", < 0.83 => "QC", < 0.88 => "MB", < 0.92 => "NS", < 0.96 => "SK", < 0.98 => "NL", _ => "NB" };
    }

    private static string Ascii(string name) =>
        new(OpsBot.Skills.Research.Names.NameText.Fold(name).Where(char.IsAsciiLetter).ToArray());

    public static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
