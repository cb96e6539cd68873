using System.Text.RegularExpressions;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;

namespace OpsBot.Bench.Synthetic;

/// <summary>
/// What ingest (issue 2) does to a bank line, until its service is on main: mask the reference and the memo, seal
/// a reference holding a card-length number, keep last digits given, and credit straight through a reference that
/// normalizes to a card on file (current or replaced) of an open account. The lead swaps in the real ingest.
/// </summary>
internal sealed partial class IngestEmulation(ResearchIndex index, ReferenceSeal seal)
{
    public sealed record Ingested(Payment Payment, SyntheticPayment Truth, string? CreditedTo);

    public Ingested Ingest(SyntheticPayment line, long id)
    {
        var digits = CardReference.NormalizeToDigits(line.Reference);
        string? creditedTo = null;
        string? reason;
        if (line.Reference is null && line.Memo is null) reason = UnappliedReasons.NoReference;
        else if (digits is null) reason = EndingOf(line.Reference ?? line.Memo) is not null ? UnappliedReasons.PartialNumber : UnappliedReasons.NotACardNumber;
        else if (digits.Length != 15) reason = digits.Length is 4 or 5 ? UnappliedReasons.PartialNumber : UnappliedReasons.WrongLength;
        else if (!Luhn.IsValid(digits)) reason = UnappliedReasons.FailsLuhn;
        else
        {
            creditedTo = index.StraightThroughAccount(digits);
            reason = creditedTo is null ? UnappliedReasons.UnknownCard : null;
        }

        var payment = new Payment
        {
            Id = id,
            BankReference = line.PaymentId,
            ReceivedOn = line.ReceivedOn,
            Amount = line.Amount,
            Channel = line.Channel,
            PayerName = line.PayerName,
            Reference = CardMask.MaskText(line.Reference),
            Memo = CardMask.MaskText(line.Memo),
            SealedReference = CardMask.ContainsPanLike(line.Reference) ? seal.Seal(line.Reference!) : null,
            ReferenceEnding = EndingOf(line.Reference) ?? EndingOf(line.Memo),
            Status = creditedTo is null ? PaymentStatus.Unapplied : PaymentStatus.Applied,
            AllocatedAmount = creditedTo is null ? 0 : line.Amount,
            Reason = reason,
            SourceFile = line.PaymentId.StartsWith("BS", StringComparison.Ordinal) ? "stratified.csv" : "day.csv",
            Format = "csv",
            IngestedAt = new DateTimeOffset(line.ReceivedOn.ToDateTime(new TimeOnly(6, 0)), TimeSpan.FromHours(-5)),
        };
        return new Ingested(payment, line, creditedTo);
    }

    [GeneratedRegex(@"^(?:.*?(?:ending|se terminant par|x{2,}|\*{2,}|X-X)\s*)?(?<d>\d{4,5})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ending();

    private static string? EndingOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Ending().Match(text.Trim());
        return m.Success ? m.Groups["d"].Value : null;
    }
}
