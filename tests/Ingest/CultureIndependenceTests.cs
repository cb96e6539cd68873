using System.Globalization;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Storage;
using OpsBot.Tests.CommandLine;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.Ingest;

/// <summary>Bank files and account files mean the same thing whatever the machine's culture is.</summary>
public class CultureIndependenceTests
{
    private static T Under<T>(string culture, Func<T> run)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try { return run(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi); }
    }

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("en-CA")]
    [InlineData("de-DE")]
    public void Amounts_and_dates_read_the_same_under_any_culture(string culture)
    {
        var (csv, camt, bai, balance) = Under(culture, () =>
        {
            using var store = OpsStore.InMemory();
            new AccountImport(store, Clock()).ImportFile(FixturePath("Accounts", "accounts.csv"));
            var service = Service(store);
            service.IngestFile(IngestFile("payments.csv"));
            service.IngestFile(IngestFile("camt054-v08.xml"));
            service.IngestFile(IngestFile("bai2-continuation.bai"));
            return (Payment(store, "CSV-0002").Amount, Payment(store, "TX-V08-0001").Amount, Payment(store, "BR0003").Amount,
                store.Accounts.FindById("A1001").StatementBalance);
        });

        Assert.Equal((1250.00m, 125.50m, 75.50m, 1234.56m), (csv, camt, bai, balance));
    }

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("de-DE")]
    public async Task The_payments_list_writes_amounts_with_a_decimal_point_under_any_culture(string culture)
    {
        using var cli = new CliRun();
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await cli.Run("ingest", IngestFile("payments.csv"));

            var (_, output, _) = await cli.Run("payments");
            var json = await cli.Json("payments");

            Assert.Contains("1250.00 CAD", output);
            Assert.Contains("2026-11-30", output);
            Assert.Equal(1250.00m, json[1].GetProperty("amount").GetDecimal());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
