using OpsBot.Skills.Accounts;
using OpsBot.Skills.Research.Indexing;
using OpsBot.Skills.Research.Names;
using OpsBot.Skills.Research.Sources;

namespace OpsBot.Skills.Research;

/// <summary>
/// Everything research looks things up in, built once from the store and then only read (safe to share between
/// threads): card numbers, last digits, name words, statement balances and minimum dues, and past credits by
/// payer name. Building is kept apart from proposing so that one index serves many proposals; rebuild it when
/// accounts are imported.
/// </summary>
public sealed class ResearchIndex
{
    internal AccountTable Accounts { get; }
    internal CardIndex Cards { get; }
    internal NameIndex Names { get; }
    internal SortedMultiMap Balances { get; }
    internal SortedMultiMap MinimumDues { get; }
    internal PayerHistory History { get; }

    private ResearchIndex(AccountTable accounts, CardIndex cards, NameIndex names, SortedMultiMap balances,
        SortedMultiMap minimumDues, PayerHistory history)
    {
        Accounts = accounts;
        Cards = cards;
        Names = names;
        Balances = balances;
        MinimumDues = minimumDues;
        History = history;
    }

    public int AccountCount => Accounts.Count;
    public int CardCount => Cards.Count;
    public int PastCreditCount => History.Count;

    /// <summary>
    /// The account a card number on file credits straight through (current or replaced card of an open account),
    /// or null: what ingest does, for the benchmark's stand-in ingest.
    /// </summary>
    internal string? StraightThroughAccount(string digits)
    {
        if (digits.Length != 15 || !digits.All(char.IsAsciiDigit)) return null;
        var found = new List<CardOnFile>();
        Cards.Find(CardIndex.Key(digits), found);
        if (found.Count != 1) return null;
        var card = found[0];
        if (card.Status is not (CardStatus.Active or CardStatus.Replaced) || Accounts.NeedsApprover(card.Account)) return null;
        return Accounts.Id(card.Account);
    }

    /// <summary>Whether a card number is on file at all, whatever its status.</summary>
    internal bool HasCard(string digits) =>
        digits.Length == 15 && digits.All(char.IsAsciiDigit) && Cards.Contains(CardIndex.Key(digits));

    public static ResearchIndex Build(ICardAccountSource accounts, ICreditedPaymentSource credits) =>
        Build(accounts.All(), credits.All());

    /// <summary>
    /// Reads <paramref name="accounts"/> once, as a stream: a million accounts need not be in memory together.
    /// An account id seen twice keeps its first record.
    /// </summary>
    public static ResearchIndex Build(IEnumerable<CardAccount> accounts, IEnumerable<CreditedPayment> credits)
    {
        var table = new AccountTable.Builder();
        var cards = new CardIndex.Builder();
        var names = new NameIndex.Builder();
        var balances = new SortedMultiMap.Builder();
        var minimumDues = new SortedMultiMap.Builder();
        foreach (var account in accounts)
        {
            if (table.Add(account) is not { } ordinal) continue;
            foreach (var card in account.Cards) cards.Add(ordinal, card);
            names.Add(account.HolderName, account.CompanyName);
            if (account.StatementBalance > 0) balances.Add(AccountTable.Cents(account.StatementBalance), ordinal);
            if (account.MinimumDue > 0) minimumDues.Add(AccountTable.Cents(account.MinimumDue), ordinal);
        }
        var accountTable = table.Build();

        var history = new PayerHistory.Builder();
        foreach (var credit in credits)
            if (!string.IsNullOrWhiteSpace(credit.PayerName) && accountTable.TryOrdinal(credit.AccountId, out var ordinal))
                history.Add(credit.PayerName, ordinal, credit.Amount, credit.ReceivedOn);

        return new ResearchIndex(accountTable, cards.Build(), names.Build(), balances.Build(), minimumDues.Build(), history.Build());
    }
}
