using Microsoft.Extensions.Time.Testing;
using OpsBot.Skills.Proactive;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Leaders;

public class NoticeLedgerTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"opsbot-ledger-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 13, 12, 30, 0, TimeSpan.Zero));

    public void Dispose()
    {
        foreach (var file in new[] { _db, _db.Replace(".db", "-log.db") })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public void A_mark_survives_a_restart_of_the_bot()
    {
        using (var store = new OpsStore(_db))
            Assert.True(new NoticeLedger(store, _time).TryClaim("2026-10-13/digest"));

        using var reopened = new OpsStore(_db);
        var ledger = new NoticeLedger(reopened, _time);

        Assert.False(ledger.TryClaim("2026-10-13/digest"));
        Assert.True(ledger.TryClaim("2026-10-14/digest"));
    }

    [Fact]
    public void A_claim_of_several_keys_returns_only_those_not_claimed_before()
    {
        using var store = OpsStore.InMemory();
        var ledger = new NoticeLedger(store, _time);
        ledger.TryClaim("d/sla/payment:1");

        var claimed = ledger.Claim(["d/sla/payment:1", "d/sla/payment:2", "d/sla/payment:2"]);

        Assert.Equal(["d/sla/payment:2"], claimed);
    }

    [Fact]
    public void A_released_key_can_be_claimed_again()
    {
        using var store = OpsStore.InMemory();
        var ledger = new NoticeLedger(store, _time);
        ledger.TryClaim("d/digest");

        ledger.Release(["d/digest"]);

        Assert.True(ledger.TryClaim("d/digest"));
    }

    [Fact]
    public void Marks_older_than_the_cut_off_are_forgotten()
    {
        using var store = OpsStore.InMemory();
        var ledger = new NoticeLedger(store, _time);
        ledger.TryClaim("old");
        _time.Advance(TimeSpan.FromDays(8));
        ledger.TryClaim("new");

        var forgotten = ledger.Forget(_time.GetUtcNow().AddDays(-7));

        Assert.Equal(1, forgotten);
        Assert.False(ledger.IsClaimed("old"));
        Assert.True(ledger.IsClaimed("new"));
    }
}
