using Microsoft.Extensions.Time.Testing;
using OpsBot.Skills.Demo;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Tests.Demo;

public class DemoDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opsbot-demo-test-").FullName;

    [Fact]
    public void The_demo_day_goes_in_through_import_and_ingest_with_a_fifth_left_for_research()
    {
        using var store = new OpsStore(Path.Combine(_folder, "opsbot.db"));
        var clock = new OpsClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero)), OpsClock.FindZone("America/Toronto"));

        var result = new DemoData(store, clock).Seed(new DemoData.Options { Accounts = 400, Payments = 200 });

        Assert.Equal(400, result.Accounts.Created);
        Assert.All(result.Files, f => Assert.False(f.IsRejected, f.File));
        var today = store.Payments.FindAll().Where(p => p.ReceivedOn == new DateOnly(2026, 11, 30)).ToList();
        Assert.Equal(200, today.Count);
        var unapplied = today.Count(p => p.Status == PaymentStatus.Unapplied);
        Assert.InRange(unapplied, 25, 60);
        // The backlog: older exceptions still waiting, so ageing has something to show.
        Assert.Contains(store.Payments.FindAll(), p => p.ReceivedOn < new DateOnly(2026, 11, 30) && p.Status == PaymentStatus.Unapplied);
    }

    [Fact]
    public void Seeding_twice_adds_nothing_the_second_time()
    {
        using var store = new OpsStore(Path.Combine(_folder, "opsbot.db"));
        var clock = new OpsClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero)), OpsClock.FindZone("America/Toronto"));
        var demo = new DemoData(store, clock);
        var options = new DemoData.Options { Accounts = 300, Payments = 100 };

        demo.Seed(options);
        var before = store.Payments.Count();
        var again = demo.Seed(options);

        Assert.False(demo.StoreIsEmpty);
        Assert.Equal(0, again.Payments);
        Assert.Equal(300, again.Accounts.Unchanged);
        Assert.Equal(before, store.Payments.Count());
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
