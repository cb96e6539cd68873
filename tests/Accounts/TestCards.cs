using OpsBot.Skills.Cards;

namespace OpsBot.Tests.Accounts;

/// <summary>Luhn-valid Amex numbers made up for a test. Never print one: compare them, don't show them.</summary>
internal static class TestCards
{
    /// <summary>A 15-digit number starting with <paramref name="prefix"/> (34 or 37), the same for the same seed.</summary>
    public static string Generate(int seed, string prefix = "37")
    {
        var random = new Random(seed);
        var body = prefix + string.Concat(Enumerable.Range(0, 12).Select(_ => (char)('0' + random.Next(10))));
        return body + Luhn.CheckDigit(body);
    }

    /// <summary>The number printed the way a remitter might type it: "AMEX 3714-496353-98431".</summary>
    public static string Grouped(string digits, string separator = " ") =>
        $"{digits[..4]}{separator}{digits[4..10]}{separator}{digits[10..]}";

    /// <summary>The same number with its last digit changed: no longer Luhn-valid.</summary>
    public static string WithLastDigitChanged(string digits) => digits[..^1] + (char)('0' + (digits[^1] - '0' + 1) % 10);
}
