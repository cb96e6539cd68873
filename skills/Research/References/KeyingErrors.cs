namespace OpsBot.Skills.Research.References;

/// <summary>One card number a mistyped reference may have come from, and the slip that would explain it.</summary>
internal readonly record struct Repair(long Number, KeyingError Kind, int First, int Second);

/// <summary>
/// Every Luhn-valid 15-digit number one keying error away from a reference (and, optionally, two substituted
/// digits away). A card on file is always Luhn-valid, so an invalid candidate is never looked up. A Luhn-valid
/// reference is not spared: a jump transposition, 09↔90 and some twin and phonetic slips keep the check valid.
/// </summary>
internal static class KeyingErrors
{
    public const int CardLength = 15;

    /// <summary>
    /// Share of each kind among single keying errors: Verhoeff's proportions (substitution 79%, adjacent
    /// transposition 10%, jump transposition 0.8%, twin 0.5%, jump twin 0.3%, phonetic 0.5%) with omitted and
    /// added digits brought in at the lower end of the 10–20% later counts give, then normalized.
    /// </summary>
    public static double Share(KeyingError kind) => kind switch
    {
        KeyingError.Substitution => 0.760 / 0.991,
        KeyingError.AdjacentTransposition => 0.095 / 0.991,
        KeyingError.OmittedDigit => 0.060 / 0.991,
        KeyingError.AddedDigit => 0.055 / 0.991,
        KeyingError.JumpTransposition => 0.008 / 0.991,
        KeyingError.Twin => 0.005 / 0.991,
        KeyingError.JumpTwin => 0.003 / 0.991,
        KeyingError.Phonetic => 0.005 / 0.991,
        _ => 0,
    };

    // Luhn weight of digit d at position i (0 = leftmost) of a 15-digit number: odd positions are doubled.
    private static int W(int i, int d) => (i & 1) == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;

    // The digit whose Luhn weight at position i is w (doubling is a permutation of 0..9 modulo 10).
    private static readonly int[] UndoubleOf = [0, 5, 1, 6, 2, 7, 3, 8, 4, 9];
    private static int DigitWithWeight(int i, int w) => (i & 1) == 1 ? UndoubleOf[w] : w;

    public static bool IsLuhnValid(ReadOnlySpan<int> d)
    {
        var sum = 0;
        for (var i = 0; i < d.Length; i++) sum += W(i + (CardLength - d.Length), d[i]);
        return sum % 10 == 0;
    }

    /// <summary>The candidates for a reference of 14, 15 or 16 digits; none for any other length.</summary>
    public static List<Repair> From(string reference, bool includeTwoSubstitutions)
    {
        var result = new List<Repair>(512);
        var d = new int[reference.Length];
        for (var i = 0; i < d.Length; i++) d[i] = reference[i] - '0';
        switch (d.Length)
        {
            case 15: FromFullLength(d, result, includeTwoSubstitutions); break;
            case 14: FromShort(d, result); break;
            case 16: FromLong(d, result); break;
        }
        return result;
    }

    private static void FromFullLength(int[] d, List<Repair> into, bool twoSubstitutions)
    {
        var sum = 0;
        for (var i = 0; i < 15; i++) sum += W(i, d[i]);
        var number = ToNumber(d);

        for (var i = 0; i < 15; i++)
        {
            // Exactly one other digit at position i makes the sum a multiple of ten.
            var need = ((10 - (sum - W(i, d[i])) % 10) % 10 + 10) % 10;
            var x = DigitWithWeight(i, need);
            if (x != d[i]) into.Add(new Repair(Replace(number, i, d[i], x), KeyingError.Substitution, i, i));
        }
        for (var i = 0; i + 1 < 15; i++)
        {
            if (d[i] == d[i + 1]) continue;
            var s = sum - W(i, d[i]) - W(i + 1, d[i + 1]) + W(i, d[i + 1]) + W(i + 1, d[i]);
            if (s % 10 == 0) into.Add(new Repair(Swap(number, i, i + 1, d[i], d[i + 1]), KeyingError.AdjacentTransposition, i, i + 1));
        }
        if (sum % 10 == 0)
            for (var i = 0; i + 2 < 15; i++)
                if (d[i] != d[i + 2]) into.Add(new Repair(Swap(number, i, i + 2, d[i], d[i + 2]), KeyingError.JumpTransposition, i, i + 2));
        for (var i = 0; i + 1 < 15; i++)
        {
            if (d[i] != d[i + 1]) continue;
            for (var b = 0; b < 10; b++)
            {
                if (b == d[i]) continue;
                var s = sum - W(i, d[i]) - W(i + 1, d[i]) + W(i, b) + W(i + 1, b);
                if (s % 10 == 0) into.Add(new Repair(Replace(Replace(number, i, d[i], b), i + 1, d[i], b), KeyingError.Twin, i, i + 1));
            }
        }
        for (var i = 0; i + 2 < 15; i++)
        {
            if (d[i] != d[i + 2] || d[i] == d[i + 1]) continue;
            for (var b = 0; b < 10; b++)
            {
                if (b == d[i]) continue;
                var s = sum - W(i, d[i]) - W(i + 2, d[i]) + W(i, b) + W(i + 2, b);
                if (s % 10 == 0) into.Add(new Repair(Replace(Replace(number, i, d[i], b), i + 2, d[i], b), KeyingError.JumpTwin, i, i + 2));
            }
        }
        for (var i = 0; i + 1 < 15; i++)
        {
            // "thirteen" heard as "thirty" and back: 1d ↔ d0 for d from 3 to 9 (and 12/20 in the same way).
            int a = d[i], b = d[i + 1], x, y;
            if (a == 1 && b >= 2) { x = b; y = 0; }
            else if (a >= 2 && b == 0) { x = 1; y = a; }
            else continue;
            var s = sum - W(i, a) - W(i + 1, b) + W(i, x) + W(i + 1, y);
            if (s % 10 == 0) into.Add(new Repair(Replace(Replace(number, i, a, x), i + 1, b, y), KeyingError.Phonetic, i, i + 1));
        }
        if (!twoSubstitutions) return;
        for (var i = 0; i < 15; i++)
            for (var x = 0; x < 10; x++)
            {
                if (x == d[i]) continue;
                var partial = sum - W(i, d[i]) + W(i, x);
                for (var j = i + 1; j < 15; j++)
                {
                    var need = ((10 - (partial - W(j, d[j])) % 10) % 10 + 10) % 10;
                    var y = DigitWithWeight(j, need);
                    if (y == d[j]) continue;
                    into.Add(new Repair(Replace(Replace(number, i, d[i], x), j, d[j], y), KeyingError.TwoSubstitutions, i, j));
                }
            }
    }

    // 14 digits: a digit was left out somewhere; put every digit back in every place.
    private static void FromShort(int[] d, List<Repair> into)
    {
        Span<int> c = stackalloc int[15];
        for (var p = 0; p <= 14; p++)
            for (var x = 0; x < 10; x++)
            {
                for (int k = 0, s = 0; k < 15; k++) c[k] = k == p ? x : d[s++];
                if (IsLuhnValid(c)) into.Add(new Repair(ToNumber(c), KeyingError.OmittedDigit, p, p));
            }
    }

    // 16 digits: one digit too many; take each one out in turn.
    private static void FromLong(int[] d, List<Repair> into)
    {
        Span<int> c = stackalloc int[15];
        for (var p = 0; p < 16; p++)
        {
            for (int k = 0, s = 0; s < 16; s++) if (s != p) c[k++] = d[s];
            if (IsLuhnValid(c)) into.Add(new Repair(ToNumber(c), KeyingError.AddedDigit, p, p));
        }
    }

    /// <summary>
    /// The chance that someone typing <paramref name="card"/> makes exactly this slip, given that they make one
    /// slip of any kind: the kind's share spread evenly over the slips of that kind the card allows.
    /// </summary>
    public static double PathProbability(KeyingError kind, long card)
    {
        Span<int> c = stackalloc int[15];
        Digits(card, c);
        int Sites(Func<int, bool> at, int span)
        {
            var n = 0;
            for (var i = 0; i + span < 15; i++) if (at(i)) n++;
            return Math.Max(n, 1);
        }
        var digits = c.ToArray();
        return kind switch
        {
            KeyingError.Substitution => Share(kind) / (15 * 9),
            KeyingError.AdjacentTransposition => Share(kind) / Sites(i => digits[i] != digits[i + 1], 1),
            KeyingError.OmittedDigit => Share(kind) / 15,
            KeyingError.AddedDigit => Share(kind) / (16 * 10),
            KeyingError.JumpTransposition => Share(kind) / Sites(i => digits[i] != digits[i + 2], 2),
            KeyingError.Twin => Share(kind) / (9.0 * Sites(i => digits[i] == digits[i + 1], 1)),
            KeyingError.JumpTwin => Share(kind) / (9.0 * Sites(i => digits[i] == digits[i + 2] && digits[i] != digits[i + 1], 2)),
            KeyingError.Phonetic => Share(kind) / Sites(i => (digits[i] == 1 && digits[i + 1] >= 2) || (digits[i] >= 2 && digits[i + 1] == 0), 1),
            KeyingError.TwoSubstitutions => 1.0 / (105 * 81),
            _ => 0,
        };
    }

    private static long ToNumber(ReadOnlySpan<int> d)
    {
        long n = 0;
        foreach (var x in d) n = n * 10 + x;
        return n;
    }

    private static void Digits(long number, Span<int> into)
    {
        for (var i = into.Length - 1; i >= 0; i--) { into[i] = (int)(number % 10); number /= 10; }
    }

    private static readonly long[] Pow10 = Enumerable.Range(0, 16).Select(p => (long)Math.Pow(10, p)).ToArray();

    private static long Replace(long number, int position, int from, int to) =>
        number + (to - from) * Pow10[14 - position];

    private static long Swap(long number, int i, int j, int di, int dj) =>
        Replace(Replace(number, i, di, dj), j, dj, di);
}
