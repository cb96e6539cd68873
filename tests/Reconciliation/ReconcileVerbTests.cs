using System.Text.Json;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Allocations;
using OpsBot.Tests.Audit;

namespace OpsBot.Tests.Reconciliation;

public class ReconcileVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opsbot-reconcile-").FullName;
    private string DbPath => Path.Combine(_folder, "ops.db");

    public ReconcileVerbTests()
    {
        using var books = new Books(new OpsStore(DbPath));
        SampleDay.Build(books);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Reconcile_json_has_exactly_the_agreed_shape_with_amounts_as_numbers()
    {
        var (exit, output, error) = await CliRun.Run("reconcile", "--date", "2026-11-30", "--json", "--db", DbPath);

        Assert.Equal((0, ""), (exit, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["date", "received", "straightThrough", "allocated", "unapplied", "returned", "balanced", "exceptions"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-30", root.GetProperty("date").GetString());
        var received = root.GetProperty("received");
        Assert.Equal(["count", "amount", "byChannel"], received.EnumerateObject().Select(p => p.Name));
        Assert.Equal((7, 16_499.08m), (received.GetProperty("count").GetInt32(), received.GetProperty("amount").GetDecimal()));
        Assert.Equal(JsonValueKind.Number, received.GetProperty("amount").ValueKind);
        var cheque = received.GetProperty("byChannel").GetProperty("cheque");
        Assert.Equal((1, 15_000m), (cheque.GetProperty("count").GetInt32(), cheque.GetProperty("amount").GetDecimal()));
        Assert.Equal(850.50m, root.GetProperty("allocated").GetProperty("amount").GetDecimal());
        Assert.Equal(15_473.33m, root.GetProperty("unapplied").GetProperty("amount").GetDecimal());
        Assert.Equal((1, 75.25m), (root.GetProperty("returned").GetProperty("count").GetInt32(), root.GetProperty("returned").GetProperty("amount").GetDecimal()));
        Assert.Equal(100m, root.GetProperty("straightThrough").GetProperty("amount").GetDecimal());
        Assert.True(root.GetProperty("balanced").GetBoolean());
        Assert.Equal(["partially-applied", "pending-approval"],
            root.GetProperty("exceptions").EnumerateArray().Select(e => e.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Reconcile_csv_gives_accounting_one_row_per_payment_that_adds_up()
    {
        var csv = Path.Combine(_folder, "day.csv");

        var (exit, output, _) = await CliRun.Run("reconcile", "--date", "2026-11-30", "--csv", csv, "--db", DbPath);

        Assert.Equal(0, exit);
        Assert.Contains("balanced: yes", output);
        var rows = File.ReadAllLines(csv);
        Assert.Equal(string.Join(',', OpsBot.Skills.Reconciliation.ReconciliationCsv.Columns), rows[0]);
        Assert.Equal(8, rows.Length);
        var part = rows.Single(r => r.StartsWith("BR-PART,", StringComparison.Ordinal));
        Assert.Equal("BR-PART,2026-11-30,eft,CAD,1000.00,0.00,600.00,0.00,400.00,0.00,PartiallyApplied,partially-applied", part);
        var total = rows.Skip(1).Sum(r => decimal.Parse(r.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(16_499.08m, total);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_refused_saying_which_option_and_how()
    {
        var (exit, _, error) = await CliRun.Run("reconcile", "--date", "30/11/2026", "--db", DbPath);

        Assert.Equal(2, exit);
        Assert.Equal("error: --date takes a date as yyyy-mm-dd, not '30/11/2026'.", error.Trim());
    }

    [Fact]
    public async Task Allocations_csv_lists_the_postings_for_the_card_system_with_masked_cards()
    {
        var csv = Path.Combine(_folder, "postings.csv");

        var (exit, output, _) = await CliRun.Run("allocations", "--date", "2026-11-30", "--csv", csv, "--db", DbPath);

        Assert.Equal(0, exit);
        Assert.Equal($"6 postings for 2026-11-30 (1450.50 net) written to {csv}", output.Trim());
        var text = File.ReadAllText(csv);
        Assert.Empty(PanScanner.Scan(text, csv));
        Assert.Equal(7, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(",reversal,", text);
    }

    [Fact]
    public async Task Allocations_for_a_folder_that_does_not_exist_fails_and_writes_nothing()
    {
        var csv = Path.Combine(_folder, "missing", "postings.csv");

        var (exit, _, error) = await CliRun.Run("allocations", "--date", "2026-11-30", "--csv", csv, "--db", DbPath);

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error);
        Assert.False(File.Exists(csv));
    }
}
