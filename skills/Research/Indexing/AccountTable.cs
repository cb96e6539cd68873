using OpsBot.Skills.Accounts;

namespace OpsBot.Skills.Research.Indexing;

/// <summary>
/// What research needs to know about each account, in arrays indexed by an ordinal (0..N-1) rather than one
/// object per account: ids, names, the amounts a payment may equal, and the current card's last digits.
/// </summary>
internal sealed class AccountTable
{
    private readonly string[] _ids;
    private readonly string[] _holders;
    private readonly string?[] _companies;
    private readonly long[] _balanceCents;
    private readonly long[] _minimumDueCents;
    private readonly short[] _currentLastFour;
    private readonly byte[] _flags;
    private readonly Dictionary<string, int> _ordinals;

    private const byte CorporateFlag = 1, ApproverFlag = 2, FrenchFlag = 4;

    private AccountTable(Builder b)
    {
        _ids = b.Ids.ToArray();
        _holders = b.Holders.ToArray();
        _companies = b.Companies.ToArray();
        _balanceCents = b.Balances.ToArray();
        _minimumDueCents = b.MinimumDues.ToArray();
        _currentLastFour = b.LastFours.ToArray();
        _flags = b.Flags.ToArray();
        _ordinals = b.Ordinals;
    }

    public int Count => _ids.Length;
    public string Id(int account) => _ids[account];
    public string Holder(int account) => _holders[account];
    public string? Company(int account) => _companies[account];
    public long BalanceCents(int account) => _balanceCents[account];
    public long MinimumDueCents(int account) => _minimumDueCents[account];
    public bool IsCorporate(int account) => (_flags[account] & CorporateFlag) != 0;
    public bool IsFrench(int account) => (_flags[account] & FrenchFlag) != 0;

    /// <summary>Every card cancelled or closed: a credit to it needs an approver.</summary>
    public bool NeedsApprover(int account) => (_flags[account] & ApproverFlag) != 0;

    /// <summary>Last four digits of the current card, or null when the account has no card.</summary>
    public string? CurrentLastFour(int account) =>
        _currentLastFour[account] < 0 ? null : _currentLastFour[account].ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public bool TryOrdinal(string accountId, out int account) => _ordinals.TryGetValue(accountId, out account);

    public static long Cents(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    public sealed class Builder
    {
        internal readonly List<string> Ids = [];
        internal readonly List<string> Holders = [];
        internal readonly List<string?> Companies = [];
        internal readonly List<long> Balances = [];
        internal readonly List<long> MinimumDues = [];
        internal readonly List<short> LastFours = [];
        internal readonly List<byte> Flags = [];
        internal readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal);

        /// <summary>Adds an account and returns its ordinal; null when the id was already added.</summary>
        public int? Add(CardAccount account)
        {
            if (!Ordinals.TryAdd(account.Id, Ids.Count)) return null;
            var ordinal = Ids.Count;
            Ids.Add(account.Id);
            Holders.Add(account.HolderName);
            Companies.Add(string.IsNullOrWhiteSpace(account.CompanyName) ? null : account.CompanyName);
            Balances.Add(Cents(account.StatementBalance));
            MinimumDues.Add(Cents(account.MinimumDue));
            var current = account.CurrentCard;
            LastFours.Add(current is { Number.Length: >= 4 } ? short.Parse(current.LastFour, System.Globalization.CultureInfo.InvariantCulture) : (short)-1);
            byte flags = 0;
            if (account.Type == AccountType.Corporate) flags |= CorporateFlag;
            if (account.IsCancelledOrClosed) flags |= ApproverFlag;
            if (account.Language.StartsWith("fr", StringComparison.OrdinalIgnoreCase)) flags |= FrenchFlag;
            Flags.Add(flags);
            return ordinal;
        }

        public AccountTable Build() => new(this);
    }
}
