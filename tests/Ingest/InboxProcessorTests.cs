using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBot.Bot.Ingest;
using OpsBot.Skills.Ingest;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.Ingest;

public sealed class InboxProcessorTests : IDisposable
{
    private readonly string _inbox = Path.Combine(Path.GetTempPath(), "opsbot-inbox-" + Guid.NewGuid().ToString("N"));

    public InboxProcessorTests() => Directory.CreateDirectory(_inbox);

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    private void Drop(string fixture, string? name = null)
    {
        var path = Path.Combine(_inbox, name ?? fixture);
        File.Copy(IngestFile(fixture), path);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow); // dropped now, whatever the copy kept
    }

    private InboxProcessor Processor(Skills.Storage.OpsStore store) =>
        new(Service(store), new InboxSettings(_inbox, TimeSpan.Zero), Clock());

    [Fact]
    public void Good_files_go_to_processed_and_a_rejected_one_to_rejected_with_its_reason_beside_it()
    {
        using var store = StoreWithAccounts();
        Drop("camt054-v02.xml");
        Drop("bai2-bad-49.bai");

        var outcomes = Processor(store).ProcessOnce();

        Assert.Equal(["bai2-bad-49.bai", "camt054-v02.xml"], outcomes.Select(o => o.File));
        Assert.Empty(Directory.GetFiles(_inbox));
        Assert.True(File.Exists(Path.Combine(_inbox, "processed", "camt054-v02.xml")));
        Assert.True(File.Exists(Path.Combine(_inbox, "rejected", "bai2-bad-49.bai")));
        var reason = File.ReadAllText(Path.Combine(_inbox, "rejected", "bai2-bad-49.bai.reason.txt"));
        Assert.Contains("nothing from it was stored", reason);
        Assert.Contains("line 14 (49): account 1234567: the control total is 3337650", reason);
        Assert.Equal(5, store.Payments.Count());
    }

    [Fact]
    public void A_file_dropped_again_under_the_same_name_is_kept_beside_the_first_and_stores_nothing_twice()
    {
        using var store = StoreWithAccounts();
        var processor = Processor(store);
        Drop("payments.csv");
        processor.ProcessOnce();
        Drop("payments.csv");

        var second = Assert.Single(processor.ProcessOnce());

        Assert.Equal((0, 4), (second.Result.Payments, second.Result.Duplicates));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_inbox, "processed")).Length);
        Assert.Equal(4, store.Payments.Count());
    }

    [Fact]
    public void Files_still_being_written_and_hidden_files_are_left_for_later()
    {
        using var store = StoreWithAccounts();
        Drop("payments.csv", "payments.csv.part");
        Drop("payments.csv", ".payments.csv");
        Drop("camt054-v02.xml");
        var settling = new InboxProcessor(Service(store), new InboxSettings(_inbox, TimeSpan.FromHours(1)), TimeProvider.System);

        Assert.Empty(settling.ProcessOnce()); // everything is younger than the settle time
        var outcomes = Processor(store).ProcessOnce();

        Assert.Equal(["camt054-v02.xml"], outcomes.Select(o => o.File));
        Assert.True(File.Exists(Path.Combine(_inbox, "payments.csv.part")));
        Assert.True(File.Exists(Path.Combine(_inbox, ".payments.csv")));
    }

    [Fact]
    public async Task The_hosted_watcher_ingests_what_is_dropped_in_the_configured_inbox()
    {
        using var store = StoreWithAccounts();
        Drop("camt054-v08.xml");
        var options = new InboxWatcherOptions { Inbox = _inbox, PollSeconds = 1, SettleSeconds = 0 };
        using var watcher = new InboxWatcher(Service(store), options, TimeProvider.System, NullLogger<InboxWatcher>.Instance);

        await watcher.StartAsync(CancellationToken.None);
        var moved = SpinWait.SpinUntil(() => File.Exists(Path.Combine(_inbox, "processed", "camt054-v08.xml")), TimeSpan.FromSeconds(30));
        await watcher.StopAsync(CancellationToken.None);

        Assert.True(moved, "the watcher did not move the file to processed/");
        Assert.Equal(9, store.Payments.Count());
    }

    [Fact]
    public void The_watcher_reads_its_settings_from_the_Ingest_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Ingest:Inbox", "/srv/inbox"), new("Ingest:PollSeconds", "30")])
            .Build();

        var options = InboxWatcherOptions.From(configuration);

        Assert.Equal(("/srv/inbox", 30, 5), (options.Inbox, options.PollSeconds, options.SettleSeconds));
        Assert.Null(InboxWatcherOptions.From(new ConfigurationBuilder().Build()).Inbox);
    }
}

public class IngestRegistrationTests
{
    [Fact]
    public void The_host_gets_the_payments_core_and_the_inbox_watcher_from_its_composition_root()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Storage:Path", ":memory:"), new("Ingest:Inbox", "")])
            .Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        OpsBot.Bot.Hosting.OpsBotServices.AddOpsBot(services, configuration);

        Assert.Contains(services, d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService) && d.ImplementationType == typeof(InboxWatcher));
        Assert.Contains(services, d => d.ServiceType == typeof(IngestService));
        Assert.Contains(services, d => d.ServiceType == typeof(IAutoApplyPolicy));
        Assert.Contains(services, d => d.ServiceType == typeof(OpsBot.Skills.Accounts.AccountImport));
        Assert.Contains(services, d => d.ServiceType == typeof(OpsBot.Skills.Payments.PaymentQueries));
    }
}
