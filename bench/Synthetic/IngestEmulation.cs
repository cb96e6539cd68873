using OpsBot.Skills.Cards;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;

namespace OpsBot.Bench.Synthetic;

/// <summary>
/// What ingest (issue 2) does to a bank line, until its service is on main: mask the reference and the memo, seal
/// a reference holding a card-length number, keep last digits given, and credit straight through a reference that
/// normalizes to a card on file (current or replaced) of an open account. The lead swaps in the real ingest.
/// </summary>
internal sealed class IngestEmulation(ResearchIndex index, ReferenceSeal seal)
{
    public sealed record Ingested(Payment Payment, SyntheticPayment Truth, string? CreditedTo);

    public Ingested Ingest(SyntheticPayment line, long id)
    {
        // The same order of checks as StraightThroughRule, so that the reasons agree.
        var reference = line.Reference;
        var ending = ReferenceEndings.Find(reference) ?? (string.IsNullOrWhiteSpace(reference) ? ReferenceEndings.Find(line.Memo) : null);
        var digits = CardReference.NormalizeToDigits(reference);
        string? creditedTo = null;
        string? reason;
        if (ending is not null) reason = UnappliedReasons.PartialNumber;
        else if (string.IsNullOrWhiteSpace(reference)) reason = UnappliedReasons.NoReference;
        else if (digits is null) reason = UnappliedReasons.NotACardNumber;
        else if (digits.Length != 15) reason = UnappliedReasons.WrongLength;
        else if (!Luhn.IsValid(digits)) reason = UnappliedReasons.FailsLuhn;
        else if (!CardNumber.TryParse(digits, out _, out _)) reason = UnappliedReasons.NotACardNumber;
        else
        {
            creditedTo = index.StraightThroughAccount(digits);
            reason = creditedTo is not null ? null
                : index.HasCard(digits) ? UnappliedReasons.CardCancelledOrClosed
                : UnappliedReasons.UnknownCard;
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
            ReferenceEnding = ending,
            Status = creditedTo is null ? PaymentStatus.Unapplied : PaymentStatus.Applied,
            AllocatedAmount = creditedTo is null ? 0 : line.Amount,
            Reason = reason,
            SourceFile = line.PaymentId.StartsWith("BS", StringComparison.Ordinal) ? "stratified.csv" : "day.csv",
            Format = "csv",
            IngestedAt = new DateTimeOffset(line.ReceivedOn.ToDateTime(new TimeOnly(6, 0)), TimeSpan.FromHours(-5)),
        };
        return new Ingested(payment, line, creditedTo);
    }
}
