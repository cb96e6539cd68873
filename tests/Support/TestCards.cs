using OpsBot.Skills.Cards;

namespace OpsBot.Tests.Support;

/// <summary>
/// Luhn-valid American Express numbers made up for tests. Never print one: the suite's output is scanned for them.
/// </summary>
public static class TestCards
{
    /// <summary>A 15-digit number starting 37 whose last four digits (before the check digit is fixed) end as asked.</summary>
    public static string Amex(string body14)
    {
        if (body14.Length != 14 || !body14.All(char.IsAsciiDigit)) throw new ArgumentException("14 digits, please.");
        return body14 + Luhn.CheckDigit(body14);
    }

    /// <summary>A number whose last four digits are <paramref name="lastFour"/>: the check digit is absorbed earlier.</summary>
    public static string AmexEndingIn(string lastFour)
    {
        // Try bodies until the Luhn check holds with the wanted ending (one in ten does).
        for (var i = 0; i < 100; i++)
        {
            var candidate = $"3782{i:D2}22463{lastFour}";
            if (candidate.Length == 15 && Luhn.IsValid(candidate)) return candidate;
        }
        throw new InvalidOperationException("No number found.");
    }
}
