using OpsBot.Skills.Accounts;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Research.Sources;

/// <summary>A payer's money credited to an account before: what history evidence is made of.</summary>
public sealed record CreditedPayment(string PayerName, string AccountId, decimal Amount, DateOnly ReceivedOn);

/// <summary>Every card account, with all its card numbers, for the research index.</summary>
public interface ICardAccountSource
{
    IEnumerable<CardAccount> All();
}

/// <summary>Payments that were applied to accounts, with the payer's name, for history evidence.</summary>
public interface ICreditedPaymentSource
{
    IEnumerable<CreditedPayment> All();
}

/// <summary>The payments waiting for research.</summary>
public interface IUnappliedPaymentSource
{
    /// <summary>Every payment not fully applied and not returned, oldest first.</summary>
    IEnumerable<Payment> Unapplied();

    /// <summary>One payment by its id or its bank reference, whatever its status; null when unknown.</summary>
    Payment? Find(string idOrBankReference);
}
