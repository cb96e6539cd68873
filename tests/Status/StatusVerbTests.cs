using System.Text.Json;
using System.Text.Json.Nodes;
using OpsBot.Bot.CommandLine;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Status;

/// <summary>
/// The `status` command on a store file. The command reads the real clock, so the data is dated from today and only
/// what holds on any day is asserted: a payment received today is in the "today" band, one received 30 days ago is
/// over the SLA.
/// </summary>
public class StatusVerbTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"opsbot-status-{Guid.NewGuid():N}.db");

    public StatusVerbTests()
    {
        var today = OpsClock.System.Today;
        using var store = new OpsStore(_db);
        var data = new QueueData(store, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow));
        data.Payment(today, 75.25m, Channels.Cheque, UnappliedReasons.NoReference);
        data.Payment(today.AddDays(-30), 1000.00m, Channels.BillPayment, UnappliedReasons.FailsLuhn);
        data.StraightThrough(today, 400.00m);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _db, _db.Replace(".db", "-log.db") })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public async Task The_json_has_exactly_the_documented_shape_with_amounts_as_numbers()
    {
        var (code, stdout, stderr) = await Run("status", "--json", "--db", _db);

        Assert.True(code == 0, stderr);
        var json = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal(
            ["asOf", "unapplied", "ageing", "slaBreaches", "today", "straightThroughRate", "byChannel", "byAnalyst", "topReasons"],
            json.Select(p => p.Key));
        Assert.True(DateTimeOffset.TryParse(json["asOf"]!.GetValue<string>(), out _));
        AssertPair(json["unapplied"]!, 2, 1075.25m);
        Assert.Equal(["today", "1", "2", "3-5", "over-5"], json["ageing"]!.AsArray().Select(a => a!["bucket"]!.GetValue<string>()));
        Assert.Equal(["bucket", "count", "amount"], json["ageing"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal((1, 75.25m), (json["ageing"]![0]!["count"]!.GetValue<int>(), json["ageing"]![0]!["amount"]!.GetValue<decimal>()));
        Assert.Equal((1, 1000.00m), (json["ageing"]![4]!["count"]!.GetValue<int>(), json["ageing"]![4]!["amount"]!.GetValue<decimal>()));
        AssertPair(json["slaBreaches"]!, 1, 1000.00m);

        var today = json["today"]!.AsObject();
        Assert.Equal(["received", "straightThrough", "allocated", "remaining"], today.Select(p => p.Key));
        AssertPair(today["received"]!, 2, 475.25m);
        AssertPair(today["straightThrough"]!, 1, 400.00m);
        AssertPair(today["allocated"]!, 0, 0m);
        AssertPair(today["remaining"]!, 1, 75.25m);
        Assert.Equal(0.5m, json["straightThroughRate"]!.GetValue<decimal>());

        AssertPair(json["byChannel"]!["bill-payment"]!, 1, 1000.00m);
        AssertPair(json["byChannel"]!["cheque"]!, 1, 75.25m);
        Assert.Empty(json["byAnalyst"]!.AsObject());
        Assert.Equal(2, json["topReasons"]!.AsArray().Count);
        Assert.Equal(["reason", "count"], json["topReasons"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task The_text_reads_in_English_by_default_and_in_French_when_asked()
    {
        var (_, english, _) = await Run("status", "--db", _db);
        var (_, french, _) = await Run("status", "--lang", "fr", "--db", _db);

        Assert.Contains("Unapplied: 2 payments, $1,075.25", english);
        Assert.Contains("Non affectés\u00A0: 2 paiements, 1\u00A0075,25\u00A0$", french);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_on_one_line()
    {
        var (code, stdout, stderr) = await Run("status", "--lang", "de", "--db", _db);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal("error: --lang takes en or fr, not 'de'.", stderr.Trim());
    }

    [Fact]
    public void The_verb_is_listed_by_help()
    {
        Assert.Contains(Cli.Verbs, v => v.Name == "status");
    }

    private static void AssertPair(JsonNode node, int count, decimal amount)
    {
        Assert.Equal(["count", "amount"], node.AsObject().Select(p => p.Key));
        Assert.Equal(JsonValueKind.Number, node["amount"]!.GetValueKind());
        Assert.Equal(count, node["count"]!.GetValue<int>());
        Assert.Equal(amount, node["amount"]!.GetValue<decimal>());
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Cli.RunAsync(args, stdout, stderr);
        Transcript.Record("status-verb", stdout + stderr.ToString());
        return (code, stdout.ToString(), stderr.ToString());
    }
}
