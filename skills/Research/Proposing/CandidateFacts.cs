using OpsBot.Skills.Accounts;
using OpsBot.Skills.Research.Names;
using OpsBot.Skills.Research.References;

namespace OpsBot.Skills.Research.Proposing;

/// <summary>What the sources found about one account for one payment, before it is weighed.</summary>
internal sealed class CandidateFacts(int account)
{
    public int Account { get; } = account;

    /// <summary>Sum over the card paths that lead from this account's cards to the reference.</summary>
    public double CardWeight { get; private set; }
    public double BestPathWeight { get; private set; }
    public bool BestIsExact { get; private set; }
    public Repair BestRepair { get; private set; }
    public string? BestCardLastFour { get; private set; }
    public CardStatus BestCardStatus { get; private set; }

    public bool EndingMatch { get; private set; }
    public string? EndingLastFour { get; private set; }
    public CardStatus EndingStatus { get; private set; }

    /// <summary>Null until graded: the name source grades the accounts it finds, the rest are graded on demand.</summary>
    public NameLevel? Name { get; set; }

    public int HistoryCount { get; private set; }
    public DateOnly LastPaid { get; private set; }
    public bool SameAmountBefore { get; private set; }

    public double LogWeight { get; set; }

    public void AddCardPath(double weight, bool exact, Repair repair, string lastFour, CardStatus status)
    {
        CardWeight += weight;
        if (weight <= BestPathWeight) return;
        BestPathWeight = weight;
        BestIsExact = exact;
        BestRepair = repair;
        BestCardLastFour = lastFour;
        BestCardStatus = status;
    }

    public void AddEnding(string lastFour, CardStatus status)
    {
        // Prefer the current card when several of the account's cards end alike.
        if (EndingMatch && EndingStatus == CardStatus.Active) return;
        EndingMatch = true;
        EndingLastFour = lastFour;
        EndingStatus = status;
    }

    public void AddHistory(DateOnly receivedOn, bool sameAmount)
    {
        HistoryCount++;
        if (receivedOn > LastPaid) LastPaid = receivedOn;
        SameAmountBefore |= sameAmount;
    }

    public CandidateBasis Basis =>
        CardWeight > 0
            ? BestIsExact ? CandidateBasis.ExactCard
            : BestRepair.Kind == KeyingError.TwoSubstitutions ? CandidateBasis.TwoDigitsOff
            : CandidateBasis.RepairedReference
        : EndingMatch ? CandidateBasis.LastDigits
        : CandidateBasis.NameOrHistory;
}
