using LiteDB;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Storage;

/// <summary>
/// The one LiteDB file that holds everything. Opened in shared mode, because files are ingested from the command
/// line while the bot serves the same store.
/// </summary>
public sealed class OpsStore : IDisposable
{
    public const string DefaultPath = "./data/opsbot.db";

    private readonly LiteDatabase _db;

    public OpsStore(string path, bool shared = true)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var connection = new ConnectionString
        {
            Filename = Path,
            Connection = shared ? ConnectionType.Shared : ConnectionType.Direct,
        };
        _db = new LiteDatabase(connection, StoreMapper.Create());
        Accounts = _db.GetCollection<CardAccount>("accounts");
        Payments = _db.GetCollection<Payment>("payments");
        Allocations = _db.GetCollection<Allocation>("allocations");
        AuditEvents = _db.GetCollection<AuditEvent>("audit");
        EnsureIndexes();
    }

    /// <summary>An in-memory store, for tests and benchmarks.</summary>
    public static OpsStore InMemory() => new(new MemoryStream());

    private OpsStore(Stream stream)
    {
        Path = ":memory:";
        _db = new LiteDatabase(stream, StoreMapper.Create());
        Accounts = _db.GetCollection<CardAccount>("accounts");
        Payments = _db.GetCollection<Payment>("payments");
        Allocations = _db.GetCollection<Allocation>("allocations");
        AuditEvents = _db.GetCollection<AuditEvent>("audit");
        EnsureIndexes();
    }

    public string Path { get; }

    public ILiteCollection<CardAccount> Accounts { get; }
    public ILiteCollection<Payment> Payments { get; }
    public ILiteCollection<Allocation> Allocations { get; }
    public ILiteCollection<AuditEvent> AuditEvents { get; }

    /// <summary>Other features keep their own collections in the same file (dialog state, approvals, …).</summary>
    public ILiteCollection<T> Collection<T>(string name) => _db.GetCollection<T>(name);

    /// <summary>Raw document access, for state that is not a domain record (the bot's dialog state).</summary>
    public ILiteCollection<BsonDocument> Documents(string name) => _db.GetCollection(name);

    /// <summary>
    /// Runs <paramref name="change"/> as one transaction: every document it writes lands, or none does.
    /// </summary>
    public T InTransaction<T>(Func<T> change)
    {
        if (!_db.BeginTrans())
            throw new InvalidOperationException("A transaction is already open on this thread.");
        try
        {
            var result = change();
            _db.Commit();
            return result;
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    public void InTransaction(Action change) => InTransaction(() => { change(); return 0; });

    private void EnsureIndexes()
    {
        // Every field a lookup uses has an index.
        Accounts.EnsureIndex("cardNumbers", "$.Cards[*].Number");
        Accounts.EnsureIndex(a => a.HolderName);
        Accounts.EnsureIndex(a => a.CompanyName);
        Payments.EnsureIndex(p => p.BankReference, unique: true);
        Payments.EnsureIndex(p => p.Status);
        Payments.EnsureIndex(p => p.ReceivedOn);
        Payments.EnsureIndex(p => p.PayerName);
        Payments.EnsureIndex(p => p.Amount);
        Payments.EnsureIndex(p => p.ReferenceEnding);
        Allocations.EnsureIndex(a => a.PaymentId);
        Allocations.EnsureIndex(a => a.AccountId);
        Allocations.EnsureIndex(a => a.ActionId);
        Allocations.EnsureIndex(a => a.State);
        AuditEvents.EnsureIndex(e => e.Subject);
        AuditEvents.EnsureIndex(e => e.Kind);
    }

    public void Dispose() => _db.Dispose();
}
