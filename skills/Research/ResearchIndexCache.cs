using LiteDB;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Research;

/// <summary>
/// One research service for a running host, rebuilt when it would be out of date: accounts are only ever changed
/// by an import, which leaves an audit event, so a newer "accounts-imported" event means a rebuild (a repair must
/// never be judged against yesterday's cards). Past credits only add evidence; they are picked up at most
/// <see cref="HistoryMaxAge"/> late. Building takes about a minute at a million accounts: call
/// <see cref="Current"/> once at start-up to warm it.
/// </summary>
public sealed class ResearchIndexCache(OpsStore store, ReferenceSeal? seal, TimeProvider time, ResearchModel? model = null)
{
    public TimeSpan HistoryMaxAge { get; init; } = TimeSpan.FromHours(1);

    private readonly Lock _lock = new();
    private ResearchService? _current;
    private long _accountsVersion = -1;
    private DateTimeOffset _builtAt;

    public ResearchService Current()
    {
        lock (_lock)
        {
            var version = AccountsVersion();
            if (_current is null || version != _accountsVersion || time.GetUtcNow() - _builtAt > HistoryMaxAge)
            {
                _current = ResearchService.ForStore(store, seal, model);
                _accountsVersion = version;
                _builtAt = time.GetUtcNow();
            }
            return _current;
        }
    }

    // The id of the latest account import's audit event (0 when accounts were never imported that way).
    private long AccountsVersion() =>
        store.AuditEvents.Query()
            .Where(Query.EQ(nameof(AuditEvent.Kind), AuditKinds.AccountsImported))
            .OrderByDescending(e => e.Id)
            .Select(e => e.Id)
            .FirstOrDefault();
}
