using System.Text.RegularExpressions;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Research.References;

/// <summary>What kind of reference a payer gave, as far as finding a card goes.</summary>
public enum ReferenceShape
{
    /// <summary>No reference at all (a cheque without its stub, many EFTs).</summary>
    None,
    /// <summary>15 digits: a card number, right or mistyped.</summary>
    CardLength,
    /// <summary>14 or 16 digits: a card number with a digit left out or added.</summary>
    OneDigitOff,
    /// <summary>16 Luhn-valid digits starting 4 or 5: another network's card (Visa, Mastercard).</summary>
    OtherNetworkCard,
    /// <summary>Some other run of 12 to 19 digits.</summary>
    OtherLongNumber,
    /// <summary>Only the last four or five digits ("ending 91005", "xxxx 1005").</summary>
    LastDigits,
    /// <summary>Something else: an invoice number, a short account number, words.</summary>
    Other,
}

/// <summary>
/// The reference of a payment, read for research: the digits the payer typed (from the sealed original, never
/// from the masked text), their shape, whether they pass Luhn, and any last digits given.
/// </summary>
public sealed partial record ReferenceReading
{
    public required ReferenceShape Shape { get; init; }
    /// <summary>The full digit run. Never print it: it may be somebody's card number.</summary>
    internal string? Digits { get; init; }
    public bool PassesLuhn { get; init; }
    /// <summary>Last four or five digits the payer gave.</summary>
    public string? Ending { get; init; }
    /// <summary>"Visa", "Mastercard" or "Discover" when the digits look like another network's card.</summary>
    public string? Network { get; init; }
    /// <summary>True when the reference held a card-length number that could not be unsealed.</summary>
    public bool SealUnreadable { get; init; }
    public int Length => Digits?.Length ?? 0;

    /// <param name="rawReference">The remitter's reference in the clear when the caller has it in memory (ingest
    /// does, before sealing); otherwise it is unsealed from the payment.</param>
    public static ReferenceReading Of(Payment payment, ReferenceSeal? seal, string? rawReference = null)
    {
        var raw = rawReference;
        var unreadable = false;
        if (raw is null && payment.SealedReference is not null)
        {
            try { raw = seal?.Open(payment.SealedReference); }
            catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException) { raw = null; }
            unreadable = raw is null;
        }
        // Without a sealed original, the stored reference never held a card-length run and is safe to read.
        raw ??= payment.SealedReference is null ? payment.Reference : null;

        var digits = CardReference.NormalizeToDigits(raw);
        if (digits is null && raw is not null)
        {
            var run = LongDigitRun().Matches(raw).Select(m => CardReference.DigitsOnly(m.Value)).MaxBy(d => d.Length);
            if (run is not null) digits = run;
        }

        var ending = payment.ReferenceEnding is { Length: 4 or 5 } given && given.All(char.IsAsciiDigit) ? given : null;
        ending ??= FindEnding(raw) ?? FindEnding(payment.Memo);
        // A masked reference whose original could not be opened still shows its last four digits.
        if (unreadable) ending ??= FindEnding(payment.Reference);

        if (digits is { Length: >= 12 and <= 19 })
        {
            var valid = Luhn.IsValid(digits);
            var network = NetworkOf(digits, valid);
            var shape = digits.Length switch
            {
                15 => ReferenceShape.CardLength,
                16 when network is not null => ReferenceShape.OtherNetworkCard,
                14 or 16 => ReferenceShape.OneDigitOff,
                _ => ReferenceShape.OtherLongNumber,
            };
            return new ReferenceReading { Shape = shape, Digits = digits, PassesLuhn = valid, Network = network, Ending = ending };
        }
        if (digits is { Length: 4 or 5 }) ending ??= digits;
        if (ending is not null) return new ReferenceReading { Shape = ReferenceShape.LastDigits, Ending = ending, SealUnreadable = unreadable };
        var shapeOfRest = string.IsNullOrWhiteSpace(raw) && !unreadable ? ReferenceShape.None : ReferenceShape.Other;
        return new ReferenceReading { Shape = shapeOfRest, SealUnreadable = unreadable };
    }

    private static string? NetworkOf(string digits, bool luhnValid)
    {
        if (digits.Length != 16 || !luhnValid) return null;
        if (digits[0] == '4') return "Visa";
        var two = int.Parse(digits.AsSpan(0, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        var four = int.Parse(digits.AsSpan(0, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
        if (two is >= 51 and <= 55 || four is >= 2221 and <= 2720) return "Mastercard";
        if (digits.StartsWith("6011", StringComparison.Ordinal) || two == 65) return "Discover";
        return null;
    }

    private static string? FindEnding(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = EndingWords().Match(text);
        if (m.Success) return m.Groups["d"].Value;
        m = MaskedEnding().Match(text);
        return m.Success ? m.Groups["d"].Value : null;
    }

    [GeneratedRegex(@"\d(?:[ \-]?\d){11,18}", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigitRun();

    [GeneratedRegex(@"(?:ending(?:\s+in)?|ends?\s+(?:in|with)|last\s*(?:4|5|four|five)?(?:\s*digits)?|se\s+terminant\s+par|termin[ée]e?\s+par|finissant\s+par|derniers\s+chiffres|fin)\s*[:#]?\s*(?<d>\d{4,5})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndingWords();

    [GeneratedRegex(@"(?:[xX*•·][\s\-]*){2,}(?<d>\d{4,5})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MaskedEnding();
}
