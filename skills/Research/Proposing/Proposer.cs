using OpsBot.Skills.Accounts;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research.Indexing;
using OpsBot.Skills.Research.Names;
using OpsBot.Skills.Research.References;

namespace OpsBot.Skills.Research.Proposing;

/// <summary>
/// Gathers candidates for one payment from every source (card repair, last digits, names, amounts, history),
/// weighs each as the odds that the payment is its owner's, and shares the probability out between them and
/// "none of these". See <see cref="ResearchModel"/> for the reasoning behind each factor.
/// </summary>
internal sealed class Proposer(ResearchIndex index, ResearchModel model)
{
    // Amount matches name candidates only when few accounts share that balance or minimum: "$10.00 minimum due"
    // is everybody's.
    private const int AmountCandidateLimit = 25;

    /// <summary>Every candidate any source found, weighed (log-weights; "none of these" is <see cref="ResearchModel.NoneBias"/>).</summary>
    internal sealed record Weighing(
        IReadOnlyList<CandidateFacts> Facts, IReadOnlyList<PayerName> Payer, NameMatches Names, int CardsEndingSo,
        IReadOnlyList<(double LogWeight, int Count)> Crowds);

    public Weighing Weigh(Payment payment, ReferenceReading reading)
    {
        var payer = PayerName.Parse(payment.PayerName);
        var facts = new Dictionary<int, CandidateFacts>();
        CandidateFacts Facts(int account)
        {
            if (!facts.TryGetValue(account, out var f)) facts[account] = f = new CandidateFacts(account);
            return f;
        }

        FromCards(reading, Facts);
        var cardsEndingSo = FromEnding(reading, Facts);
        var names = payer.Count > 0 ? index.Names.Match(payer) : NameMatches.None;
        foreach (var (account, level) in names.Accounts) Facts(account).Name = level;
        var cents = AccountTable.Cents(payment.Amount);
        FromAmounts(cents, Facts);
        var historyAccounts = FromHistory(payer, cents, Facts);

        var accounts = Math.Max(index.Accounts.Count, 1);
        var logOdds = Math.Log(model.CustomerOdds(reading.Shape));
        var amount = new AmountOdds(model, cents, index.Balances[cents].Length, index.MinimumDues[cents].Length, accounts);
        foreach (var f in facts.Values)
        {
            f.Name ??= payer.Count > 0 ? index.Names.Grade(f.Account, payer) : NameLevel.Absent;
            f.LogWeight = model.Temperature * (logOdds
                + Math.Log(ReferenceTerm(f, reading, accounts))
                + Math.Log(NameAndHistoryRatio(f, names, historyAccounts, accounts))
                + Math.Log(amount.Ratio(index.Accounts.BalanceCents(f.Account) == cents, index.Accounts.MinimumDueCents(f.Account) == cents)));
        }
        // Accounts matching the name too loosely and too many to list still take their share of the probability:
        // each weighs as a candidate with nothing but that name would.
        var crowds = new List<(double, int)>();
        foreach (var (level, count) in names.Crowds)
        {
            var member = new CandidateFacts(-1) { Name = level };
            crowds.Add((model.Temperature * (logOdds
                + Math.Log(ReferenceTerm(member, reading, accounts))
                + Math.Log(model.NameChance(level, corporate: false) * accounts / (names.CountAt(level) + 0.5))
                + Math.Log(historyAccounts > 0 ? 1 - model.HistoryChance : 1)
                + Math.Log(amount.Ratio(false, false))), count));
        }
        return new Weighing(facts.Values.ToList(), payer, names, cardsEndingSo, crowds);
    }

    public Proposal Propose(Payment payment, ReferenceReading reading, int top)
    {
        var (facts, payer, names, cardsEndingSo, crowds) = Weigh(payment, reading);

        // Shares of probability, computed with the largest log-weight taken out so that nothing overflows.
        var max = model.NoneBias;
        foreach (var f in facts) if (f.LogWeight > max) max = f.LogWeight;
        foreach (var (w, _) in crowds) if (w > max) max = w;
        var total = Math.Exp(model.NoneBias - max);
        foreach (var f in facts) total += Math.Exp(f.LogWeight - max);
        foreach (var (w, count) in crowds) total += count * Math.Exp(w - max);

        var ranked = facts
            .OrderByDescending(f => f.LogWeight)
            .ThenBy(f => index.Accounts.Id(f.Account), StringComparer.Ordinal)
            .Take(top)
            .ToList();
        // A candidate under one chance in a thousand is noise on an analyst's screen: left out.
        var candidates = ranked
            .Where(f => Floor(Share(f.LogWeight)) > 0)
            .Select(f => Describe(f, Share(f.LogWeight), payment, payer, names, reading, cardsEndingSo))
            .ToList();
        var none = Share(model.NoneBias);

        var findings = new List<Evidence> { Say.Reference(reading) };
        if (reading.SealUnreadable) findings.Add(Say.SealUnreadable());
        if (payer.Count > 0 && names.Accounts.Count == 0 && names.Crowds.Count == 0 && !facts.Any(f => f.Name > NameLevel.NoMatch))
            findings.Add(Say.NobodyNamed(payment.PayerName!.Trim()));
        if (facts.Count == 0 && crowds.Count == 0) findings.Add(Say.NothingFound());
        else if (candidates.Count == 0 || !candidates[0].IsConfident) findings.Add(Say.NoConfidentCandidate(none >= 0.5));

        return new Proposal
        {
            PaymentId = payment.Id,
            BankReference = payment.BankReference,
            Candidates = candidates,
            NoneOfThese = Floor(none),
            Findings = findings,
        };

        double Share(double logWeight) => Math.Exp(logWeight - max) / total;
    }

    // Rounded down, so that 0.8996 never shows as 0.9: a confidence may be understated, never overstated.
    private static double Floor(double p) => Math.Floor(p * 1000) / 1000;

    private void FromCards(ReferenceReading reading, Func<int, CandidateFacts> facts)
    {
        if (reading.Digits is not { Length: >= 14 and <= 16 } digits) return;
        var found = new List<CardOnFile>(4);
        if (digits.Length == 15)
        {
            var number = CardIndex.Key(digits);
            index.Cards.Find(number, found);
            foreach (var card in found)
                facts(card.Account).AddCardPath(
                    model.TypedRight * StatusUse(card.Status) * 10 / index.Cards.Density(number),
                    exact: true, default, card.LastFour, card.Status);
        }
        foreach (var repair in KeyingErrors.From(digits, includeTwoSubstitutions: digits.Length == 15))
        {
            found.Clear();
            index.Cards.Find(repair.Number, found);
            if (found.Count == 0) continue;
            var slip = repair.Kind == KeyingError.TwoSubstitutions ? model.TwoSlips : model.OneSlip;
            var path = slip * KeyingErrors.PathProbability(repair.Kind, repair.Number);
            foreach (var card in found)
                facts(card.Account).AddCardPath(
                    path * StatusUse(card.Status) * 10 / index.Cards.Density(repair.Number),
                    exact: false, repair, card.LastFour, card.Status);
        }
    }

    private double StatusUse(CardStatus status) => status switch
    {
        CardStatus.Active => 1,
        CardStatus.Replaced => model.OldCardUse,
        _ => model.CancelledCardUse,
    };

    private int FromEnding(ReferenceReading reading, Func<int, CandidateFacts> facts)
    {
        if (reading.Ending is not { } ending) return 0;
        var found = new List<CardOnFile>();
        index.Cards.Ending(ending, found);
        foreach (var card in found) facts(card.Account).AddEnding(card.LastFour, card.Status);
        return found.Count;
    }

    private void FromAmounts(long cents, Func<int, CandidateFacts> facts)
    {
        var balances = index.Balances[cents];
        if (balances.Length <= AmountCandidateLimit) foreach (var a in balances) facts(a);
        var minimums = index.MinimumDues[cents];
        if (minimums.Length <= AmountCandidateLimit) foreach (var a in minimums) facts(a);
    }

    private int FromHistory(IReadOnlyList<PayerName> payer, long cents, Func<int, CandidateFacts> facts)
    {
        var accounts = new HashSet<int>();
        foreach (var name in payer)
            foreach (var credit in index.History.For(name))
            {
                facts(credit.Account).AddHistory(credit.ReceivedOn, credit.AmountCents == cents);
                accounts.Add(credit.Account);
            }
        return accounts.Count;
    }

    private double ReferenceTerm(CandidateFacts f, ReferenceReading reading, int accounts)
    {
        if (f.CardWeight > 0) return f.CardWeight;
        if (reading.Digits is { Length: >= 12 }) return model.UnrelatedNumber / accounts;
        if (reading.Ending is { } ending)
            return f.EndingMatch
                ? model.EndingRight * Math.Pow(10, ending.Length) / accounts
                : (1 - model.EndingRight) / accounts;
        return 1.0 / accounts;
    }

    private double NameRatio(CandidateFacts f, NameMatches names, int accounts)
    {
        var level = f.Name ?? NameLevel.Absent;
        if (level == NameLevel.Absent) return 1;
        var chance = model.NameChance(level, index.Accounts.IsCorporate(f.Account));
        if (level == NameLevel.NoMatch) return chance;
        // How often a name that is not the owner's would match this well: as often as accounts match it so.
        var alike = Math.Max(names.CountAt(level), 1);
        return chance * accounts / (alike + 0.5);
    }

    /// <summary>
    /// The name and the payer's history, weighed together because they overlap: a payer who paid this account
    /// before under the holder's own name says little more than the name does (×<see cref="ResearchModel.HistoryWhenNamed"/>),
    /// while a third party who paid it before (a parent, an employer) is strong evidence however little their
    /// name matches, spread over every account they have paid.
    /// </summary>
    private double NameAndHistoryRatio(CandidateFacts f, NameMatches names, int historyAccounts, int accounts)
    {
        var name = NameRatio(f, names, accounts);
        if (historyAccounts == 0) return name;
        if (f.HistoryCount == 0) return name * (1 - model.HistoryChance);
        var again = f.SameAmountBefore ? model.SameAmountAgain : 1;
        if (f.Name is NameLevel.Full or NameLevel.Initials or NameLevel.Partial or NameLevel.Company or NameLevel.CompanyPartial)
            return name * model.HistoryWhenNamed * again;
        return model.HistoryChance * accounts / historyAccounts * again;
    }

    private Candidate Describe(CandidateFacts f, double share, Payment payment, IReadOnlyList<PayerName> payer,
        NameMatches names, ReferenceReading reading, int cardsEndingSo)
    {
        var table = index.Accounts;
        var evidence = new List<Evidence>();
        if (f.CardWeight > 0)
            evidence.Add(f.BestIsExact
                ? Say.ExactCard(f.BestCardLastFour!, f.BestCardStatus)
                : Say.Repair(f.BestRepair.Kind, f.BestRepair.First, f.BestRepair.Second, f.BestCardLastFour!, f.BestCardStatus));
        else if (reading.Digits is { Length: >= 12 })
            evidence.Add(Say.NumberUnrelated());
        if (reading.Ending is { } ending && f.CardWeight == 0)
            evidence.Add(f.EndingMatch ? Say.EndingMatches(f.EndingLastFour!, f.EndingStatus, cardsEndingSo) : Say.EndingDiffers(ending[^4..]));

        var level = f.Name ?? NameLevel.Absent;
        if (level != NameLevel.Absent)
        {
            var shown = BestShownName(f.Account, payer);
            evidence.Add(Say.Name(level, shown, table.Holder(f.Account), table.Company(f.Account),
                level > NameLevel.NoMatch ? names.CountAt(level) : 0));
        }

        var cents = AccountTable.Cents(payment.Amount);
        if (table.BalanceCents(f.Account) == cents) evidence.Add(Say.PaysBalance(payment.Amount));
        else if (table.MinimumDueCents(f.Account) == cents) evidence.Add(Say.PaysMinimum(payment.Amount));

        if (f.HistoryCount > 0)
        {
            var payerText = payment.PayerName!.Trim();
            evidence.Add(Say.History(payerText, f.HistoryCount, f.LastPaid));
            if (f.SameAmountBefore) evidence.Add(Say.SameAmountBefore(payerText, payment.Amount));
        }
        if (table.NeedsApprover(f.Account)) evidence.Add(Say.NeedsApprover());

        return new Candidate
        {
            AccountId = table.Id(f.Account),
            Confidence = Floor(share),
            Basis = f.Basis,
            HolderName = table.Holder(f.Account),
            CompanyName = table.Company(f.Account),
            CardLastFour = f.CardWeight > 0 ? f.BestCardLastFour : f.EndingMatch ? f.EndingLastFour : table.CurrentLastFour(f.Account),
            NeedsApprover = table.NeedsApprover(f.Account),
            Evidence = evidence,
        };
    }

    // With "JEAN TREMBLAY OU MARIE GAGNON", show the alternative that matched this account.
    private string BestShownName(int account, IReadOnlyList<PayerName> payer)
    {
        if (payer.Count == 1) return payer[0].Original;
        return payer.MaxBy(p => index.Names.Grade(account, [p]))!.Original;
    }

    /// <summary>
    /// The amount's likelihood ratio: how likely the owner is to pay exactly this (balance, minimum due, or any
    /// amount as often as such amounts occur), against how likely anyone is to (every account with that balance
    /// or minimum due, plus the amount's own frequency). Counted once per payment.
    /// </summary>
    private readonly struct AmountOdds(ResearchModel model, long cents, int balances, int minimums, int accounts)
    {
        private readonly double _density = ResearchModel.AmountDensity(cents);

        private double Anyone => (model.PaysBalance * balances + model.PaysMinimum * minimums) / accounts + model.PaysOther * _density;

        public double Ratio(bool isBalance, bool isMinimum)
        {
            var owner = model.PaysOther * _density;
            if (isBalance) owner += model.PaysBalance;
            if (isMinimum) owner += model.PaysMinimum;
            return owner / Anyone;
        }
    }
}
