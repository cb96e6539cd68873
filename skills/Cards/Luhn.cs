namespace OpsBot.Skills.Cards;

/// <summary>The Luhn (mod 10) check that the last digit of a card number carries.</summary>
public static class Luhn
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2) return false;
        return Sum(digits, checkDigitIncluded: true) % 10 == 0;
    }

    /// <summary>The check digit that makes <paramref name="body"/> (all digits but the last) Luhn-valid.</summary>
    public static char CheckDigit(ReadOnlySpan<char> body)
    {
        var sum = Sum(body, checkDigitIncluded: false);
        return (char)('0' + (10 - sum % 10) % 10);
    }

    private static int Sum(ReadOnlySpan<char> digits, bool checkDigitIncluded)
    {
        var sum = 0;
        // Counting from the right, the check digit's position is never doubled.
        var doubleIt = !checkDigitIncluded;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var c = digits[i];
            if (c is < '0' or > '9') return -1;
            var d = c - '0';
            if (doubleIt) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum;
    }
}
