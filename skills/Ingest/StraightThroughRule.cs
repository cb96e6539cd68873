using OpsBot.Skills.Accounts;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Ingest;

/// <summary>What to do with one received credit: apply it in full to an account's card, or queue it and why.</summary>
public sealed record CreditDecision
{
    public CardAccount? Account { get; private init; }
    public AccountCard? Card { get; private init; }
    public string? Reason { get; private init; }
    /// <summary>Last digits the remitter gave instead of a full number.</summary>
    public string? Ending { get; init; }

    public bool Applies => Account is not null;

    public static CreditDecision ApplyTo(CardAccount account, AccountCard card) => new() { Account = account, Card = card };
    public static CreditDecision Queue(string reason, string? ending = null) => new() { Reason = reason, Ending = ending };
}

/// <summary>
/// Straight-through credit: a CAD payment whose reference, once spaces, dashes and a leading word such as "AMEX"
/// are taken away, is exactly a valid card number that one account has (current or replaced card) is applied to
/// that account. Anything short of that is queued with the reason: a wrong credit costs far more than a queued one.
/// </summary>
public sealed class StraightThroughRule(AccountDirectory accounts)
{
    public const string Cad = "CAD";

    public CreditDecision Decide(ReceivedPayment payment)
    {
        var reference = payment.Reference;
        var ending = ReferenceEndings.Find(reference) ?? (string.IsNullOrWhiteSpace(reference) ? ReferenceEndings.Find(payment.Memo) : null);
        if (!string.Equals(payment.Currency, Cad, StringComparison.Ordinal)) return CreditDecision.Queue(UnappliedReasons.NotCad, ending);
        if (ending is not null) return CreditDecision.Queue(UnappliedReasons.PartialNumber, ending);
        if (string.IsNullOrWhiteSpace(reference)) return CreditDecision.Queue(UnappliedReasons.NoReference);

        var digits = CardReference.NormalizeToDigits(reference);
        if (digits is null) return CreditDecision.Queue(UnappliedReasons.NotACardNumber);
        if (digits.Length != CardNumber.Length) return CreditDecision.Queue(UnappliedReasons.WrongLength);
        if (!Luhn.IsValid(digits)) return CreditDecision.Queue(UnappliedReasons.FailsLuhn);
        if (!CardNumber.TryParse(digits, out var card, out _)) return CreditDecision.Queue(UnappliedReasons.NotACardNumber);

        var holders = accounts.AccountsWithCard(card.Digits);
        if (holders.Count == 0) return CreditDecision.Queue(UnappliedReasons.UnknownCard);
        if (holders.Count > 1) return CreditDecision.Queue(UnappliedReasons.CardOnSeveralAccounts);
        var account = holders[0];
        var onFile = account.CardWithNumber(card.Digits)!;
        if (onFile.Status is not (CardStatus.Active or CardStatus.Replaced) || account.IsCancelledOrClosed)
            return CreditDecision.Queue(UnappliedReasons.CardCancelledOrClosed);
        return CreditDecision.ApplyTo(account, onFile);
    }
}
