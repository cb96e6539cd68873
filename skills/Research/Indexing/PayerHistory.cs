using OpsBot.Skills.Research.Names;

namespace OpsBot.Skills.Research.Indexing;

/// <summary>One earlier credit: a payer's money applied to an account.</summary>
internal readonly record struct PastCredit(int Account, long AmountCents, DateOnly ReceivedOn);

/// <summary>
/// Which accounts each payer name's money was applied to before, keyed by a 64-bit hash of the folded name so
/// that hundreds of thousands of past credits cost a few arrays rather than a dictionary of lists.
/// </summary>
internal sealed class PayerHistory
{
    private readonly SortedMultiMap _byName;
    private readonly int[] _accounts;
    private readonly long[] _cents;
    private readonly int[] _days;

    private PayerHistory(SortedMultiMap byName, int[] accounts, long[] cents, int[] days)
    {
        _byName = byName;
        _accounts = accounts;
        _cents = cents;
        _days = days;
    }

    public int Count => _accounts.Length;

    public List<PastCredit> For(PayerName name)
    {
        var result = new List<PastCredit>();
        foreach (var i in _byName[Hash(name.Key)])
            result.Add(new PastCredit(_accounts[i], _cents[i], DateOnly.FromDayNumber(_days[i])));
        return result;
    }

    // FNV-1a: stable across processes (string.GetHashCode is not) and good enough for tens of millions of names.
    private static long Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key) { hash ^= c; hash *= 1099511628211UL; }
        return (long)hash;
    }

    public sealed class Builder
    {
        private readonly SortedMultiMap.Builder _byName = new();
        private readonly List<int> _accounts = [];
        private readonly List<long> _cents = [];
        private readonly List<int> _days = [];

        public void Add(string payerName, int account, decimal amount, DateOnly receivedOn)
        {
            foreach (var name in PayerName.Parse(payerName))
            {
                _byName.Add(Hash(name.Key), _accounts.Count);
                _accounts.Add(account);
                _cents.Add(AccountTable.Cents(amount));
                _days.Add(receivedOn.DayNumber);
            }
        }

        public PayerHistory Build() => new(_byName.Build(), [.. _accounts], [.. _cents], [.. _days]);
    }
}
