using OpsBot.Skills.Accounts;

namespace OpsBot.Skills.Research.Indexing;

/// <summary>One card number on file, as the index finds it: whose it is and whether it is still in use.</summary>
internal readonly record struct CardOnFile(long Number, int Account, CardStatus Status)
{
    public string LastFour => (Number % 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Every card number on file (current, replaced, cancelled) as 15-digit longs, sorted: about 12 bytes a card.
/// Also by last digits, for payers who give only "ending 91005", and counted by issuer prefix, so that research
/// knows how crowded the neighbourhood of a number is: the more cards share its first six digits, the likelier a
/// mistyped reference lands on somebody else's card by chance.
/// </summary>
internal sealed class CardIndex
{
    // Luhn-valid 15-digit numbers under one six-digit prefix: eight free digits, the last one is the check digit.
    private const double NumbersPerPrefix = 1e8;

    private readonly SortedMultiMap _byNumber;
    private readonly SortedMultiMap _byEnding;
    private readonly Dictionary<int, int> _perPrefix;

    private CardIndex(SortedMultiMap byNumber, SortedMultiMap byEnding, Dictionary<int, int> perPrefix)
    {
        _byNumber = byNumber;
        _byEnding = byEnding;
        _perPrefix = perPrefix;
    }

    public int Count => _byNumber.Count;

    public static long Key(ReadOnlySpan<char> digits) => long.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);

    public void Find(long number, List<CardOnFile> into)
    {
        foreach (var packed in _byNumber[number]) into.Add(Unpack(number, packed));
    }

    public bool Contains(long number) => _byNumber.Contains(number);

    /// <summary>
    /// The cards whose number ends with <paramref name="ending"/> (4 or 5 digits). The full numbers are not kept
    /// by ending, so <see cref="CardOnFile.Number"/> holds only the last five digits here.
    /// </summary>
    public void Ending(string ending, List<CardOnFile> into)
    {
        var lastFour = int.Parse(ending[^4..], System.Globalization.CultureInfo.InvariantCulture);
        long low = lastFour * 10L, high = lastFour * 10L + 9;
        if (ending.Length == 5) low = high = lastFour * 10L + (ending[0] - '0');
        foreach (var packed in _byEnding.Between(low, high)) into.Add(Unpack(lastFour, packed));
    }

    /// <summary>How many cards end with these 4 or 5 digits.</summary>
    public int CountEnding(string ending)
    {
        var lastFour = int.Parse(ending[^4..], System.Globalization.CultureInfo.InvariantCulture);
        return ending.Length == 5
            ? _byEnding[lastFour * 10L + (ending[0] - '0')].Length
            : _byEnding.Between(lastFour * 10L, lastFour * 10L + 9).Length;
    }

    /// <summary>
    /// Cards on file per possible card number under the number's six-digit prefix (at least one card counted, so
    /// that an empty prefix is not taken as proof of anything).
    /// </summary>
    public double Density(long number)
    {
        var prefix = (int)(number / 1_000_000_000L);
        _perPrefix.TryGetValue(prefix, out var count);
        return (count + 1) / NumbersPerPrefix;
    }

    private static CardOnFile Unpack(long number, int packed) => new(number, packed >> 2, (CardStatus)(packed & 3));

    public sealed class Builder
    {
        private readonly SortedMultiMap.Builder _byNumber = new();
        private readonly SortedMultiMap.Builder _byEnding = new();
        private readonly Dictionary<int, int> _perPrefix = [];

        public void Add(int account, AccountCard card)
        {
            if (card.Number.Length != 15 || !card.Number.All(char.IsAsciiDigit)) return;
            var number = Key(card.Number);
            var packed = (account << 2) | ((int)card.Status & 3);
            _byNumber.Add(number, packed);
            // Keyed by the last four digits then the fifth from the end, so "ending 1005" is one contiguous range.
            var lastFive = number % 100_000;
            _byEnding.Add(lastFive % 10_000 * 10 + lastFive / 10_000, packed);
            var prefix = (int)(number / 1_000_000_000L);
            _perPrefix[prefix] = _perPrefix.GetValueOrDefault(prefix) + 1;
        }

        public CardIndex Build() => new(_byNumber.Build(), _byEnding.Build(), _perPrefix);
    }
}
