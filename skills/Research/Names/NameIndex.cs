using OpsBot.Skills.Research.Indexing;

namespace OpsBot.Skills.Research.Names;

/// <summary>
/// An inverted index of the words in holder and company names: word → accounts, so that a payer's name is matched
/// against the few thousand accounts sharing one of its words rather than against every account. Each account's
/// own words are kept too (as word ids in one flat array) to grade a match once it is found.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, int> _ids;
    private readonly string[] _words;
    private readonly SortedMultiMap _postings;
    private readonly int[] _holderStart;
    private readonly int[] _holderWords;
    private readonly byte[] _surnameFrom;
    private readonly byte[] _surnameTo;
    private readonly int[] _companyStart;
    private readonly int[] _companyWords;
    private readonly ThreadLocal<Marks> _marks;
    private readonly string[] _sortedWords;

    private NameIndex(Builder b)
    {
        _ids = b.Ids;
        _words = b.WordList.ToArray();
        _postings = b.Postings.Build();
        _holderStart = [.. b.HolderStart, b.HolderWords.Count];
        _holderWords = b.HolderWords.ToArray();
        _surnameFrom = b.SurnameFrom.ToArray();
        _surnameTo = b.SurnameTo.ToArray();
        _companyStart = [.. b.CompanyStart, b.CompanyWords.Count];
        _companyWords = b.CompanyWords.ToArray();
        _sortedWords = [.. _words.Order(StringComparer.Ordinal)];
        var accounts = b.HolderStart.Count;
        _marks = new ThreadLocal<Marks>(() => new Marks(accounts));
    }

    public int AccountCount => _holderStart.Length - 1;

    /// <summary>How many accounts have <paramref name="word"/> (folded) in a holder or company name.</summary>
    public int AccountsWith(string word) => _ids.TryGetValue(word, out var id) ? _postings[id].Length : 0;

    // Accounts sharing every word of the payer's name are graded one by one up to this many; beyond, they are a
    // crowd ("JEAN" alone: tens of thousands at a million accounts), each too weak to propose, counted not listed.
    private const int EnumerateLimit = 5_000;
    // Accounts sharing only one word (a surname: perhaps family) are graded when that word is this rare.
    private const int ScanLimit = 3_000;
    // Accounts sharing every word are graded up to this many (a few milliseconds), so their levels are counted.
    private const int GradeLimit = 60_000;

    /// <summary>
    /// The accounts whose holder or company name matches the payer's name at least at
    /// <see cref="NameLevel.Family"/>, with how many accounts matched at each level. Accounts having every word of
    /// the name are found by intersecting the words' account lists, rarest first; accounts sharing one word only
    /// are graded when that word is rare, and otherwise only counted, as a crowd.
    /// </summary>
    public NameMatches Match(IReadOnlyList<PayerName> payer)
    {
        var found = new Dictionary<int, NameLevel>();
        var crowds = new List<(NameLevel Level, int Count)>();
        foreach (var name in payer)
        {
            var marks = _marks.Value!;
            marks.Next();
            var ids = WordIds(name);
            var lists = new List<ReadOnlyMemory<int>>();
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] >= 0) lists.Add(_postings.Memory(ids[i]));
                else if (name.Words[i].Length >= 4) lists.Add(AccountsWithPrefix(name.Words[i]));
            }
            if (lists.Count == 0) continue;
            lists.Sort((a, b) => a.Length.CompareTo(b.Length));

            var everyWord = Intersect(lists);
            if (everyWord.Count <= GradeLimit)
            {
                // Grade them all, so that every level's count is exact (a candidate's name weighs as much as the
                // number of accounts matching as well allows); list them when few enough, count the rest.
                var graded = new List<(int Account, NameLevel Level)>(everyWord.Count);
                foreach (var account in everyWord)
                {
                    marks.MarkFirst(account);
                    var level = Grade(account, name, ids);
                    if (level > NameLevel.NoMatch) graded.Add((account, level));
                }
                var strong = graded.Count(g => g.Level >= NameLevel.Partial);
                var crowded = new Dictionary<NameLevel, int>();
                foreach (var (account, level) in graded)
                {
                    if (graded.Count <= EnumerateLimit || (level >= NameLevel.Partial && strong <= EnumerateLimit)) Keep(found, account, level);
                    else crowded[level] = crowded.GetValueOrDefault(level) + 1;
                }
                foreach (var (level, count) in crowded) crowds.Add((level, count));
            }
            else
            {
                // A word too common to grade ("JEAN" alone): counted at the best level it could reach, which only
                // makes any one of them weigh less.
                var level = name.Words.Count > 1 ? NameLevel.Full : name.Initials.Count > 0 ? NameLevel.Initials : NameLevel.SurnameOnly;
                crowds.Add((level, everyWord.Count));
            }

            if (lists.Count == 1 && name.Initials.Count == 0) continue;
            var crowd = 0;
            foreach (var list in lists)
            {
                if (list.Length > ScanLimit) { crowd = Math.Max(crowd, list.Length - everyWord.Count); continue; }
                foreach (var account in list.Span)
                    if (marks.MarkFirst(account)) Keep(found, account, Grade(account, name, ids));
            }
            if (crowd > 0) crowds.Add((NameLevel.Family, crowd));
        }
        var counts = new int[Enum.GetValues<NameLevel>().Length];
        foreach (var level in found.Values) counts[(int)level]++;
        foreach (var (level, count) in crowds) counts[(int)level] += count;
        return new NameMatches(found, counts, crowds);
    }

    private static void Keep(Dictionary<int, NameLevel> found, int account, NameLevel level)
    {
        if (level <= NameLevel.NoMatch) return;
        if (!found.TryGetValue(account, out var before) || level > before) found[account] = level;
    }

    // Sorted account lists, shortest first: keep the accounts of the first that every other list has too.
    private static List<int> Intersect(List<ReadOnlyMemory<int>> lists)
    {
        var result = new List<int>();
        foreach (var account in lists[0].Span)
        {
            var everywhere = true;
            for (var i = 1; i < lists.Count && everywhere; i++)
                everywhere = lists[i].Span.BinarySearch(account) >= 0;
            if (everywhere) result.Add(account);
        }
        return result;
    }

    // A word cut short by a bank's field length ("LEVESQ"): the accounts of every word it begins.
    private ReadOnlyMemory<int> AccountsWithPrefix(string prefix)
    {
        var first = Array.BinarySearch(_sortedWords, prefix, StringComparer.Ordinal);
        if (first < 0) first = ~first;
        var union = new SortedSet<int>();
        for (var i = first; i < _sortedWords.Length && _sortedWords[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            foreach (var account in _postings[_ids[_sortedWords[i]]]) union.Add(account);
            if (union.Count > EnumerateLimit) break;
        }
        return union.ToArray();
    }

    /// <summary>The level at which <paramref name="payer"/> matches one account, whatever brought it up.</summary>
    public NameLevel Grade(int account, IReadOnlyList<PayerName> payer)
    {
        if (payer.Count == 0) return NameLevel.Absent;
        var best = NameLevel.NoMatch;
        foreach (var name in payer)
        {
            var level = Grade(account, name, WordIds(name));
            if (level > best) best = level;
        }
        return best;
    }

    private int[] WordIds(PayerName name)
    {
        var ids = new int[name.Words.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = _ids.TryGetValue(name.Words[i], out var id) ? id : -1;
        return ids;
    }

    private NameLevel Grade(int account, PayerName name, int[] ids)
    {
        var holder = _holderWords.AsSpan(_holderStart[account], _holderStart[account + 1] - _holderStart[account]);
        var level = GradeHolder(holder, _surnameFrom[account], _surnameTo[account], name, ids);
        var companyLength = _companyStart[account + 1] - _companyStart[account];
        if (companyLength > 0)
        {
            var company = GradeCompany(_companyWords.AsSpan(_companyStart[account], companyLength), name, ids);
            if (company > level) level = company;
        }
        return level;
    }

    private NameLevel GradeHolder(ReadOnlySpan<int> words, int surnameFrom, int surnameTo, PayerName name, int[] ids)
    {
        var tally = Tally(words, name, ids, surnameFrom, surnameTo);
        if (tally.Words == 0) return NameLevel.NoMatch;
        if (tally.MissedWords == 0 && tally.MissedInitials == 0)
        {
            if (tally.AllCovered) return tally.Initials > 0 ? NameLevel.Initials : NameLevel.Full;
            if (tally.Words + tally.Initials >= 2 && (tally.SurnameHit || tally.Words >= 2)) return NameLevel.Partial;
            return tally.SurnameHit ? NameLevel.SurnameOnly : NameLevel.NoMatch;
        }
        return tally.SurnameHit ? NameLevel.Family : NameLevel.NoMatch;
    }

    private NameLevel GradeCompany(ReadOnlySpan<int> words, PayerName name, int[] ids)
    {
        var tally = Tally(words, name, ids, 0, 0);
        if (tally.Words == 0) return NameLevel.NoMatch;
        if (tally.AllCovered && tally.MissedWords == 0 && tally.MissedInitials == 0) return NameLevel.Company;
        if (tally.AllCovered || (tally.MissedWords == 0 && tally.Words >= 2)) return NameLevel.CompanyPartial;
        return NameLevel.NoMatch;
    }

    private readonly record struct Tallies(int Words, int MissedWords, int Initials, int MissedInitials, bool SurnameHit, bool AllCovered);

    private Tallies Tally(ReadOnlySpan<int> words, PayerName name, int[] ids, int surnameFrom, int surnameTo)
    {
        ulong used = 0;
        int matched = 0, missed = 0, initials = 0, missedInitials = 0;
        var surnameHit = false;
        var count = Math.Min(words.Length, 64);
        for (var i = 0; i < ids.Length; i++)
        {
            var j = -1;
            for (var k = 0; k < count; k++)
                if ((used & (1UL << k)) == 0 && words[k] == ids[i]) { j = k; break; }
            // A bank field cut short ("LEVESQUE-BOUCH"): a long unknown word may be the start of the holder's.
            if (j < 0 && ids[i] < 0 && name.Words[i].Length >= 4)
                for (var k = 0; k < count; k++)
                    if ((used & (1UL << k)) == 0 && _words[words[k]].StartsWith(name.Words[i], StringComparison.Ordinal)) { j = k; break; }
            if (j < 0) { missed++; continue; }
            used |= 1UL << j;
            matched++;
            if (j >= surnameFrom && j < surnameTo) surnameHit = true;
        }
        foreach (var initial in name.Initials)
        {
            var j = -1;
            for (var k = 0; k < count; k++)
                if ((used & (1UL << k)) == 0 && _words[words[k]][0] == initial) { j = k; break; }
            if (j < 0) { missedInitials++; continue; }
            used |= 1UL << j;
            initials++;
        }
        var all = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        return new Tallies(matched, missed, initials, missedInitials, surnameHit, used == all);
    }

    /// <summary>Which accounts one search has already graded: a stamp per account, so nothing is cleared.</summary>
    private sealed class Marks(int accounts)
    {
        private readonly int[] _stamp = new int[accounts];
        private int _current;

        public void Next()
        {
            if (++_current == int.MaxValue) { Array.Clear(_stamp); _current = 1; }
        }

        public bool MarkFirst(int account)
        {
            if (_stamp[account] == _current) return false;
            _stamp[account] = _current;
            return true;
        }
    }

    public sealed class Builder
    {
        internal readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
        internal readonly List<string> WordList = [];
        internal readonly SortedMultiMap.Builder Postings = new();
        internal readonly List<int> HolderStart = [];
        internal readonly List<int> HolderWords = [];
        internal readonly List<byte> SurnameFrom = [];
        internal readonly List<byte> SurnameTo = [];
        internal readonly List<int> CompanyStart = [];
        internal readonly List<int> CompanyWords = [];
        private readonly HashSet<int> _seen = [];

        /// <summary>Adds the next account (ordinals are given in order, from 0).</summary>
        public void Add(string holderName, string? companyName)
        {
            var account = HolderStart.Count;
            _seen.Clear();
            HolderStart.Add(HolderWords.Count);
            var words = NameText.Words(holderName);
            // The surname is the last word ("Jean-Pierre Tremblay"), or the first when written "Tremblay, Jean".
            var surnameWord = holderName.Contains(',') ? 0 : words.Count - 1;
            int from = 0, to = 0, position = 0;
            for (var w = 0; w < words.Count; w++)
            {
                if (w == surnameWord) from = position;
                foreach (var token in words[w]) { HolderWords.Add(Id(token, account)); position++; }
                if (w == surnameWord) to = position;
            }
            SurnameFrom.Add((byte)Math.Min(from, 255));
            SurnameTo.Add((byte)Math.Min(to, 255));
            CompanyStart.Add(CompanyWords.Count);
            foreach (var token in NameText.Tokens(companyName)) CompanyWords.Add(Id(token, account));
        }

        private int Id(string token, int account)
        {
            if (!Ids.TryGetValue(token, out var id))
            {
                id = WordList.Count;
                Ids[token] = id;
                WordList.Add(token);
            }
            if (_seen.Add(id)) Postings.Add(id, account);
            return id;
        }

        public NameIndex Build() => new(this);
    }
}

/// <summary>
/// The accounts a payer's name matched, how many matched at each level, and the crowds: groups of accounts that
/// match too loosely and too many to list (counted in <see cref="CountByLevel"/> as well).
/// </summary>
internal sealed record NameMatches(IReadOnlyDictionary<int, NameLevel> Accounts, int[] CountByLevel, IReadOnlyList<(NameLevel Level, int Count)> Crowds)
{
    public static readonly NameMatches None = new(new Dictionary<int, NameLevel>(), new int[Enum.GetValues<NameLevel>().Length], []);

    public int CountAt(NameLevel level) => CountByLevel[(int)level];
}
