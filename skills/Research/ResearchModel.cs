using OpsBot.Skills.Research.Names;
using OpsBot.Skills.Research.References;

namespace OpsBot.Skills.Research;

/// <summary>
/// The numbers research weighs evidence with. Each candidate account gets the odds that the payment is its
/// owner's rather than nobody's we know, as a product of independent likelihood ratios (naive Bayes):
/// the reference (exact card, a keying slip and how crowded that card's neighbourhood is, last digits), the
/// payer's name (how well it matches, divided by how many accounts match it as well), the amount (statement
/// balance or minimum due, against how common that amount is), and the payer's history. The confidences are then
/// the posterior shares of every candidate and of "none of these", through a temperature and a bias fitted on
/// the benchmark (bench/README.md says how). The defaults are the fitted values.
/// </summary>
public sealed record ResearchModel
{
    public static ResearchModel Default { get; } = new();

    /// <summary>Prior odds that a payment with this shape of reference is from one of our customers.</summary>
    public double CustomerOdds(ReferenceShape shape) => shape switch
    {
        ReferenceShape.CardLength => 30,
        ReferenceShape.OneDigitOff => 20,
        ReferenceShape.OtherNetworkCard => 0.05,
        ReferenceShape.OtherLongNumber => 0.5,
        ReferenceShape.LastDigits => 10,
        ReferenceShape.Other => 2,
        _ => 4,
    };

    /// <summary>Given a card-length reference from the account's owner: typed right.</summary>
    public double TypedRight { get; init; } = 0.95;
    /// <summary>… one keying error (spread over kinds by <see cref="KeyingErrors.Share"/>).</summary>
    public double OneSlip { get; init; } = 0.045;
    /// <summary>… two digits wrong.</summary>
    public double TwoSlips { get; init; } = 0.004;
    /// <summary>… a number unrelated to the account's cards (another card, an invoice number).</summary>
    public double UnrelatedNumber { get; init; } = 0.01;

    /// <summary>How often owners pay with an old card number, relative to the current one.</summary>
    public double OldCardUse { get; init; } = 0.1;
    public double CancelledCardUse { get; init; } = 0.05;

    /// <summary>Last digits given by the owner are those of one of the account's cards.</summary>
    public double EndingRight { get; init; } = 0.9;

    /// <summary>
    /// How the payer name reads when the payment is the account owner's (joint probabilities over levels when a
    /// name is given). A third party paying (a parent, an employer) is the <see cref="NameLevel.NoMatch"/> share.
    /// </summary>
    public double NameChance(NameLevel level, bool corporate) => (level, corporate) switch
    {
        (NameLevel.Full, false) => 0.55,
        (NameLevel.Initials, false) => 0.15,
        (NameLevel.Partial, false) => 0.08,
        (NameLevel.SurnameOnly, false) => 0.02,
        (NameLevel.Family, false) => 0.06,
        (NameLevel.Company, true) => 0.55,
        (NameLevel.CompanyPartial, true) => 0.10,
        (NameLevel.Full or NameLevel.Initials or NameLevel.Partial, true) => 0.10,
        (NameLevel.Company or NameLevel.CompanyPartial, false) => 0.01,
        (NameLevel.NoMatch, _) => 0.12,
        _ => 0.02,
    };

    /// <summary>Owners pay the statement balance this often, the minimum due this often, anything else the rest.</summary>
    public double PaysBalance { get; init; } = 0.25;
    public double PaysMinimum { get; init; } = 0.12;
    public double PaysOther => 1 - PaysBalance - PaysMinimum;

    /// <summary>
    /// How likely an arbitrary payment is to be exactly this amount: round amounts are common ($50 multiples
    /// above all), an odd number of cents is not (arbitrary amounts spread mostly between $50 and $1,000, about
    /// three chances in a million for any one cent value there). Used for "the amount equals the balance" to mean
    /// something only when the amount is unusual.
    /// </summary>
    public static double AmountDensity(long cents) =>
        cents % 5_000 == 0 ? 5e-3
        : cents % 1_000 == 0 ? 1e-3
        : cents % 100 == 0 ? 5e-5
        : 3e-6;

    /// <summary>A payer's money went to this account before, given the payment is for it.</summary>
    public double HistoryChance { get; init; } = 0.4;
    /// <summary>
    /// What history adds when the payer's name is the holder's own: little, since a name seen before is mostly
    /// the same name (a stranger named like a customer would have that customer's history too).
    /// </summary>
    public double HistoryWhenNamed { get; init; } = 3;
    /// <summary>The payer paid this same amount to the account before.</summary>
    public double SameAmountAgain { get; init; } = 3;

    /// <summary>Temperature applied to every log-odds before they are shared out (fitted).</summary>
    public double Temperature { get; init; } = 1.0;
    /// <summary>Log-weight of "none of these" (fitted).</summary>
    public double NoneBias { get; init; } = 0.0;
}
