namespace OpsBot.Skills.Demo;

/// <summary>Applies one human keying error of a given kind to a card number, the way customers mistype them.</summary>
internal static class KeyingErrors
{
    public static string Apply(string digits, PaymentKind kind, Random rng)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var result = TryApply(digits.ToCharArray(), kind, rng);
            if (result is not null && result != digits) return result;
        }
        // A number with no place for this kind of error (rare): fall back to a substitution.
        return Substitute(digits.ToCharArray(), rng);
    }

    private static string? TryApply(char[] d, PaymentKind kind, Random rng)
    {
        var n = d.Length;
        switch (kind)
        {
            case PaymentKind.Substitution:
                return Substitute(d, rng);
            case PaymentKind.AdjacentTransposition:
            {
                var i = rng.Next(n - 1);
                if (d[i] == d[i + 1]) return null;
                (d[i], d[i + 1]) = (d[i + 1], d[i]);
                return new string(d);
            }
            case PaymentKind.JumpTransposition:
            {
                var i = rng.Next(n - 2);
                if (d[i] == d[i + 2]) return null;
                (d[i], d[i + 2]) = (d[i + 2], d[i]);
                return new string(d);
            }
            case PaymentKind.OmittedDigit:
            {
                var i = rng.Next(n);
                return new string(d, 0, i) + new string(d, i + 1, n - i - 1);
            }
            case PaymentKind.AddedDigit:
            {
                var i = rng.Next(n + 1);
                var extra = (char)('0' + rng.Next(10));
                return new string(d, 0, i) + extra + new string(d, i, n - i);
            }
            case PaymentKind.Twin:
            {
                // aa → bb
                var places = Enumerable.Range(0, n - 1).Where(i => d[i] == d[i + 1]).ToArray();
                if (places.Length == 0) return null;
                var p = places[rng.Next(places.Length)];
                var b = OtherDigit(d[p], rng);
                d[p] = d[p + 1] = b;
                return new string(d);
            }
            case PaymentKind.JumpTwin:
            {
                // aca → bcb
                var places = Enumerable.Range(0, n - 2).Where(i => d[i] == d[i + 2]).ToArray();
                if (places.Length == 0) return null;
                var p = places[rng.Next(places.Length)];
                var b = OtherDigit(d[p], rng);
                d[p] = d[p + 2] = b;
                return new string(d);
            }
            case PaymentKind.Phonetic:
            {
                // "thirteen" heard as "thirty": 1a ↔ a0, for a in 2..9
                var places = Enumerable.Range(0, n - 1)
                    .Where(i => (d[i] == '1' && d[i + 1] >= '2') || (d[i] >= '2' && d[i + 1] == '0')).ToArray();
                if (places.Length == 0) return null;
                var p = places[rng.Next(places.Length)];
                if (d[p] == '1') { d[p] = d[p + 1]; d[p + 1] = '0'; }
                else { d[p + 1] = d[p]; d[p] = '1'; }
                return new string(d);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a keying error");
        }
    }

    private static string Substitute(char[] d, Random rng)
    {
        var i = rng.Next(d.Length);
        d[i] = OtherDigit(d[i], rng);
        return new string(d);
    }

    private static char OtherDigit(char c, Random rng)
    {
        var other = (char)('0' + rng.Next(9));
        return other >= c ? (char)(other + 1) : other;
    }
}
