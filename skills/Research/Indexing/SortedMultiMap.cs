namespace OpsBot.Skills.Research.Indexing;

/// <summary>
/// A read-only map from a number to one or more ints, kept as two parallel sorted arrays: about 12 bytes an entry,
/// where a dictionary of lists would cost several times that at a million accounts. Lookups are binary searches.
/// </summary>
internal sealed class SortedMultiMap
{
    private readonly long[] _keys;
    private readonly int[] _values;

    private SortedMultiMap(long[] keys, int[] values)
    {
        _keys = keys;
        _values = values;
    }

    public int Count => _keys.Length;

    /// <summary>The values under <paramref name="key"/>, smallest first.</summary>
    public ReadOnlySpan<int> this[long key]
    {
        get
        {
            var (start, end) = Range(key, key);
            return _values.AsSpan(start, end - start);
        }
    }

    /// <summary>The values under <paramref name="key"/>, as memory that can be kept while other keys are read.</summary>
    public ReadOnlyMemory<int> Memory(long key)
    {
        var (start, end) = Range(key, key);
        return _values.AsMemory(start, end - start);
    }

    /// <summary>The values of every key from <paramref name="low"/> to <paramref name="high"/> inclusive.</summary>
    public ReadOnlySpan<int> Between(long low, long high)
    {
        var (start, end) = Range(low, high);
        return _values.AsSpan(start, end - start);
    }

    public bool Contains(long key) => Range(key, key) is var (s, e) && e > s;

    private (int Start, int End) Range(long low, long high)
    {
        var start = FirstAtLeast(low, 0);
        // A key may have tens of thousands of values ("$10.00 minimum due"): search for the end too.
        var end = high == long.MaxValue ? _keys.Length : FirstAtLeast(high + 1, start);
        return (start, end);
    }

    private int FirstAtLeast(long key, int from)
    {
        int lo = from, hi = _keys.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (_keys[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Collects (key, value) pairs in any order, then sorts them once.</summary>
    public sealed class Builder
    {
        private long[] _keys = new long[1024];
        private int[] _values = new int[1024];
        private int _count;

        public void Add(long key, int value)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _keys.Length * 2);
                Array.Resize(ref _values, _values.Length * 2);
            }
            _keys[_count] = key;
            _values[_count] = value;
            _count++;
        }

        public SortedMultiMap Build()
        {
            var keys = _keys.AsSpan(0, _count).ToArray();
            var values = _values.AsSpan(0, _count).ToArray();
            Array.Sort(keys, values);
            // Array.Sort is not stable: order the values under each key so that a build is reproducible.
            for (int start = 0, end; start < keys.Length; start = end)
            {
                end = start + 1;
                while (end < keys.Length && keys[end] == keys[start]) end++;
                if (end - start > 1) Array.Sort(values, start, end - start);
            }
            _keys = [];
            _values = [];
            return new SortedMultiMap(keys, values);
        }
    }
}
