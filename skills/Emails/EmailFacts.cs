using OpsBot.Skills.Accounts;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Emails;

/// <summary>
/// Everything a template is filled from: the payment, the account when known, what was credited, and the analyst's
/// choices. Built by <see cref="CustomerEmails"/> from the store; tests build it directly.
/// </summary>
public sealed record EmailFacts
{
    public required Payment Payment { get; init; }
    public CardAccount? Account { get; init; }
    public EmailChoices Choices { get; init; } = new();
    public EmailSettings Settings { get; init; } = new();
    /// <summary>Last four digits of the account's current card.</summary>
    public string? CurrentCardEnding { get; init; }
    /// <summary>Last four digits of the card number the customer paid to, when known (an old card, a typo).</summary>
    public string? PaidToEnding { get; init; }
    /// <summary>What this payment credited to this account (applied allocations); 0 when nothing yet.</summary>
    public decimal AppliedAmount { get; init; }
    /// <summary>The day (in Canada) the credit was made.</summary>
    public DateOnly? AppliedOn { get; init; }

    public bool IsApplied => AppliedAmount > 0;

    /// <summary>
    /// The credit balance an overpayment leaves: the analyst's figure, else what the payment exceeded the
    /// statement balance by; null when neither is known or the payment did not exceed it.
    /// </summary>
    public decimal? CreditBalance
    {
        get
        {
            if (Choices.CreditBalance is { } given) return given > 0 ? given : null;
            if (Account is null) return null;
            var over = Payment.Amount - Account.StatementBalance;
            return over > 0 ? over : null;
        }
    }

    /// <summary>
    /// Every amount, date, card ending and reference these facts can put in an email, formatted for
    /// <paramref name="language"/>. The rewrite guard keeps the ones a template actually used.
    /// </summary>
    public IReadOnlyList<CheckedFact> Checkable(string language)
    {
        var facts = new List<CheckedFact>
        {
            new(FactKind.Amount, CanadianFormat.Money(Payment.Amount, language, Payment.Currency)),
            new(FactKind.Date, CanadianFormat.Date(Payment.ReceivedOn, language)),
            new(FactKind.BankReference, Payment.BankReference),
        };
        if (IsApplied) facts.Add(new(FactKind.Amount, CanadianFormat.Money(AppliedAmount, language, Payment.Currency)));
        if (AppliedOn is { } on) facts.Add(new(FactKind.Date, CanadianFormat.Date(on, language)));
        if (CreditBalance is { } credit) facts.Add(new(FactKind.Amount, CanadianFormat.Money(credit, language, Payment.Currency)));
        if (Account is { StatementBalance: > 0 } account)
            facts.Add(new(FactKind.Amount, CanadianFormat.Money(account.StatementBalance, language, Payment.Currency)));
        if (CurrentCardEnding is { } current) facts.Add(new(FactKind.CardEnding, current));
        if (PaidToEnding is { } paidTo) facts.Add(new(FactKind.CardEnding, paidTo));
        if (Choices.CaseReference is { } caseReference) facts.Add(new(FactKind.CaseReference, caseReference));
        return facts.DistinctBy(f => f.Text).ToList();
    }
}

public enum FactKind { Amount, Date, CardEnding, BankReference, CaseReference }

/// <summary>A fact a rewrite must keep exactly as the template wrote it.</summary>
public sealed record CheckedFact(FactKind Kind, string Text);
