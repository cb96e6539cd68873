using System.Text;
using OpsBot.Skills.Storage;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.Ingest;

public class ConcurrentIngestTests
{
    // Shared mode serializes the two transactions; direct mode lets them race to the unique index, where the
    // loser rolls back and tries again (IngestService), finding the winner's payments as duplicates.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_ingests_of_overlapping_files_at_once_store_each_payment_once(bool shared)
    {
        var dir = Path.Combine(Path.GetTempPath(), "opsbot-concurrent-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using var store = new OpsStore(Path.Combine(dir, "opsbot.db"), shared);
            var csv = new StringBuilder("payment_id,received_date,amount,currency,reference\n");
            for (var i = 0; i < 300; i++) csv.Append($"P{i:D4},2026-11-30,{i + 1}.00,CAD,INV {i}\n");
            var content = Encoding.UTF8.GetBytes(csv.ToString());
            var start = new ManualResetEventSlim();

            var runs = Enumerable.Range(0, 2).Select(n => Task.Run(() =>
            {
                start.Wait();
                return Service(store).Ingest($"copy-{n}.csv", content);
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(runs);

            Assert.All(results, r => Assert.False(r.IsRejected, string.Join("; ", r.Rejected)));
            Assert.Equal(300, results.Sum(r => r.Payments));
            Assert.Equal(300, results.Sum(r => r.Duplicates));
            Assert.Equal(300, store.Payments.Count());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
