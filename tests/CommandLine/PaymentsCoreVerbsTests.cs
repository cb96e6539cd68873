using System.Text.Json;
using OpsBot.Bot.CommandLine;
using OpsBot.Tests.Ingest;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.CommandLine;

public sealed class PaymentsCoreVerbsTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private Task<(int Exit, string Out, string Err)> ImportAccounts() => _cli.Run("import-accounts", FixturePath("Accounts", "accounts.csv"));

    [Fact]
    public void The_verbs_are_registered()
    {
        var names = Cli.Verbs.Select(v => v.Name).ToList();

        Assert.Contains("import-accounts", names);
        Assert.Contains("ingest", names);
        Assert.Contains("payments", names);
    }

    [Fact]
    public async Task Import_accounts_exits_0_and_says_what_it_did()
    {
        var (exit, output, error) = await ImportAccounts();

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("7 rows; 5 accounts created, 0 updated, 0 unchanged; 7 cards added; 0 bad rows", output);
    }

    [Fact]
    public async Task Import_accounts_with_bad_rows_lists_them_exits_non_zero_and_keeps_the_good_rows()
    {
        await ImportAccounts();

        var json = await _cli.Json("import-accounts", FixturePath("Accounts", "accounts-bad.csv"));
        var (exit, _, error) = await _cli.Run("import-accounts", FixturePath("Accounts", "accounts-bad.csv"));

        Assert.Equal(2, json.GetProperty("created").GetInt32());
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 11, 14, 15], json.GetProperty("badRows").EnumerateArray().Select(b => b.GetProperty("line").GetInt32()));
        Assert.Equal(1, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("error: ", error);
        Assert.Contains("10 bad rows skipped (first: line 3", error);
    }

    [Fact]
    public async Task Ingest_json_has_the_documented_shape_for_every_file()
    {
        await ImportAccounts();

        var json = await _cli.Json("ingest", IngestFile("camt054-v02.xml"), IngestFile("bai2-bad-49.bai"));

        var files = json.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(["file", "format", "payments", "duplicates", "autoApplied", "queued", "skipped", "rejected"],
            files[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("camt.054.001.02", 5, 0, 3, 2, 1, 0),
            (files[0].GetProperty("format").GetString(), files[0].GetProperty("payments").GetInt32(), files[0].GetProperty("duplicates").GetInt32(),
             files[0].GetProperty("autoApplied").GetInt32(), files[0].GetProperty("queued").GetInt32(), files[0].GetProperty("skipped").GetInt32(),
             files[0].GetProperty("rejected").GetArrayLength()));
        var rejected = Assert.Single(files[1].GetProperty("rejected").EnumerateArray());
        Assert.Equal("line 14 (49)", rejected.GetProperty("record").GetString());
        Assert.Contains("control total", rejected.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_rejected_file_makes_the_exit_non_zero_with_one_line_on_stderr_while_the_other_files_go_in()
    {
        await ImportAccounts();

        var (exit, output, error) = await _cli.Run("ingest", IngestFile("camt054-truncated.xml"), IngestFile("payments.csv"));

        Assert.Equal(1, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("camt054-truncated.xml was rejected", error);
        Assert.Contains("REJECTED", output);
        Assert.Contains("payments.csv: csv, 4 new payments (2 credited straight through, 2 queued), 0 already stored, 1 skipped", output);
        var payments = await _cli.Json("payments");
        Assert.Equal(4, payments.GetArrayLength());
    }

    [Fact]
    public async Task Ingesting_twice_exits_0_and_counts_duplicates()
    {
        await ImportAccounts();
        await _cli.Run("ingest", IngestFile("bai2-continuation.bai"));

        var json = await _cli.Json("ingest", IngestFile("bai2-continuation.bai"));

        var file = json.GetProperty("files")[0];
        Assert.Equal((0, 6), (file.GetProperty("payments").GetInt32(), file.GetProperty("duplicates").GetInt32()));
    }

    [Fact]
    public async Task Payments_json_shows_straight_through_credits_with_references_masked()
    {
        await ImportAccounts();
        await _cli.Run("ingest", IngestFile("camt054-v02.xml"));

        var (exit, output, _) = await _cli.Run("payments", "--json");
        var payments = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();

        Assert.Equal(0, exit);
        Assert.False(HoldsFullCardNumber(output), "payments --json shows a full card number");
        Assert.Equal(5, payments.Count);
        var first = payments[0];
        Assert.Equal(["id", "bankReference", "receivedOn", "amount", "currency", "channel", "payerName", "reference", "status", "reason", "allocations"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("TX-V02-0001", "2026-11-30", 250.00m, "CAD", "bill-payment", "Marie Tremblay", "AMEX •••• •••••• •1006", "applied"),
            (first.GetProperty("bankReference").GetString(), first.GetProperty("receivedOn").GetString(), first.GetProperty("amount").GetDecimal(),
             first.GetProperty("currency").GetString(), first.GetProperty("channel").GetString(), first.GetProperty("payerName").GetString(),
             first.GetProperty("reference").GetString(), first.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Number, first.GetProperty("amount").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("reason").ValueKind);
        var allocation = Assert.Single(first.GetProperty("allocations").EnumerateArray());
        Assert.Equal(("A1001", 250.00m, "auto"),
            (allocation.GetProperty("accountId").GetString(), allocation.GetProperty("amount").GetDecimal(), allocation.GetProperty("by").GetString()));
        Assert.Equal(JsonValueKind.Number, allocation.GetProperty("amount").ValueKind);
    }

    [Fact]
    public async Task Payments_filters_by_status()
    {
        await ImportAccounts();
        await _cli.Run("ingest", IngestFile("camt054-v08.xml"));

        var unapplied = await _cli.Json("payments", "--status", "unapplied");
        var applied = await _cli.Json("payments", "--status", "applied");

        Assert.Equal(7, unapplied.GetArrayLength());
        Assert.All(unapplied.EnumerateArray(), p => Assert.Equal("unapplied", p.GetProperty("status").GetString()));
        Assert.All(unapplied.EnumerateArray(), p => Assert.Equal(0, p.GetProperty("allocations").GetArrayLength()));
        Assert.Equal(2, applied.GetArrayLength());
        Assert.Contains(unapplied.EnumerateArray(), p => p.GetProperty("reason").GetString() == "fails-luhn");
    }

    [Fact]
    public async Task Payments_text_output_never_shows_a_full_card_number()
    {
        await ImportAccounts();
        await _cli.Run("ingest", IngestFile("camt054-v08.xml"), IngestFile("payments.csv"), IngestFile("bai2-continuation.bai"));

        var (exit, output, _) = await _cli.Run("payments");

        Assert.Equal(0, exit);
        Assert.Contains("19 payments", output);
        Assert.False(HoldsFullCardNumber(output), "payments shows a full card number");
    }

    [Theory]
    [InlineData(new[] { "ingest" }, "ingest needs at least one file")]
    [InlineData(new[] { "payments", "--status", "lost" }, "--status takes unapplied")]
    [InlineData(new[] { "import-accounts" }, "import-accounts takes one file")]
    public async Task Usage_mistakes_exit_2_with_one_line_on_stderr(string[] args, string message)
    {
        var (exit, _, error) = await _cli.Run(args);

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task A_missing_account_file_exits_non_zero_and_imports_nothing()
    {
        var (exit, _, error) = await _cli.Run("import-accounts", Path.Combine(Path.GetTempPath(), "no-such-accounts.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("the file does not exist", error);
    }

    [Fact]
    public async Task A_missing_bank_file_is_a_rejected_file()
    {
        var (exit, _, error) = await _cli.Run("ingest", Path.Combine(Path.GetTempPath(), "no-such-file.xml"));

        Assert.Equal(1, exit);
        Assert.Contains("the file does not exist", error);
    }
}

public sealed class SharedStoreTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Files_are_ingested_from_the_command_line_while_the_bot_holds_the_store_open()
    {
        await _cli.Run("import-accounts", IngestTestKit.FixturePath("Accounts", "accounts.csv"));
        using var serving = new OpsBot.Skills.Storage.OpsStore(_cli.Db); // what the host keeps open
        var seenBefore = serving.Payments.Count();

        var (exit, _, error) = await _cli.Run("ingest", IngestTestKit.IngestFile("camt054-v02.xml"));

        Assert.Equal((0, ""), (exit, error));
        Assert.Equal((0, 5), (seenBefore, serving.Payments.Count()));
    }
}
