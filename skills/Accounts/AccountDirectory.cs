using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Accounts;

/// <summary>Reading card accounts: what other features use instead of the store's collection.</summary>
public sealed class AccountDirectory(OpsStore store)
{
    public CardAccount? FindById(string accountId) =>
        string.IsNullOrWhiteSpace(accountId) ? null : store.Accounts.FindById(accountId.Trim());

    /// <summary>
    /// The account that has this card number (current, replaced, cancelled or closed), or null when none has it.
    /// A number on several accounts is bad data: null too, see <see cref="AccountsWithCard"/>.
    /// </summary>
    public CardAccount? FindByCardNumber(string digits)
    {
        var holders = AccountsWithCard(digits);
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>Every account that lists this card number (through the card-number index).</summary>
    public IReadOnlyList<CardAccount> AccountsWithCard(string digits) =>
        string.IsNullOrEmpty(digits) ? [] : store.Accounts.Query().Where("$.Cards[*].Number ANY = @0", digits).ToList();

    public int Count() => store.Accounts.Count();

    /// <summary>Every account, in id order (research scans card numbers for near misses).</summary>
    public IEnumerable<CardAccount> All() => store.Accounts.FindAll().OrderBy(a => a.Id, StringComparer.Ordinal);
}
