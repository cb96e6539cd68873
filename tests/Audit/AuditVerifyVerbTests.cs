using LiteDB;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Allocations;
using OpsBot.Tests.Reconciliation;

namespace OpsBot.Tests.Audit;

public class AuditVerifyVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opsbot-audit-").FullName;
    private string DbPath => Path.Combine(_folder, "ops.db");

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private int BuildTrail()
    {
        using var books = new Books(new OpsStore(DbPath));
        SampleDay.Build(books);
        return books.Store.AuditEvents.Count();
    }

    [Fact]
    public async Task An_intact_trail_exits_zero_with_the_number_of_events()
    {
        var count = BuildTrail();

        var (exit, output, _) = await CliRun.Run("audit", "verify", "--db", DbPath);

        Assert.Equal(0, exit);
        Assert.Equal($"audit trail intact: {count} events checked.", output.Trim());
        // The sample day: three allocations, a return and its approval, a reversal and its approval.
        Assert.Equal(7, count);
    }

    [Fact]
    public async Task An_event_edited_in_place_is_found_and_named()
    {
        BuildTrail();
        using (var store = new OpsStore(DbPath))
        {
            var events = store.Documents("audit");
            var third = events.FindById(3);
            // The third event is Bob's 15,000 allocation waiting for approval; make it read as applied.
            var after = third["After"].AsString;
            Assert.Contains("\"state\":\"pending-approval\"", after);
            third["After"] = after.Replace("\"state\":\"pending-approval\"", "\"state\":\"applied\"");
            Assert.True(events.Update(third));
        }

        var (exit, _, error) = await CliRun.Run("audit", "verify", "--db", DbPath);

        Assert.NotEqual(0, exit);
        Assert.StartsWith("error: audit trail broken at event 3 (allocation by ", error);
        Assert.Contains("event 3 was changed after it was written", error);
        Assert.Contains("2 events before it are intact", error);
    }

    [Fact]
    public async Task A_deleted_event_is_found_and_named()
    {
        BuildTrail();
        using (var store = new OpsStore(DbPath)) Assert.True(store.Documents("audit").Delete(new BsonValue(4L)));

        var (exit, _, error) = await CliRun.Run("audit", "verify", "--db", DbPath);

        Assert.NotEqual(0, exit);
        Assert.Contains("event 4 is missing", error);
    }

    [Fact]
    public async Task Audit_without_verify_says_how_to_use_it()
    {
        var (exit, _, error) = await CliRun.Run("audit", "--db", DbPath);

        Assert.Equal(2, exit);
        Assert.Equal("error: Usage: audit verify", error.Trim());
    }
}
