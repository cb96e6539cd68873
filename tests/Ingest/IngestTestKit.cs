using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Ingest;

/// <summary>Fixture files, a clock, and a store holding the accounts of tests/Files/Accounts/accounts.csv.</summary>
internal static partial class IngestTestKit
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    public static string FixturePath(string area, string name) => Path.Combine(AppContext.BaseDirectory, "Files", area, name);
    public static string IngestFile(string name) => FixturePath("Ingest", name);
    public static byte[] Bytes(string name) => System.IO.File.ReadAllBytes(IngestFile(name));

    public static FakeTimeProvider Clock() => new(Now);

    /// <summary>An in-memory store with the standard test accounts A1001–A1005 imported.</summary>
    public static OpsStore StoreWithAccounts(TimeProvider? time = null)
    {
        var store = OpsStore.InMemory();
        var result = new AccountImport(store, time ?? Clock()).ImportFile(FixturePath("Accounts", "accounts.csv"));
        if (result.BadRows.Count > 0) throw new InvalidOperationException("The test accounts file has bad rows: " + result.BadRows[0]);
        return store;
    }

    public static IngestService Service(OpsStore store, TimeProvider? time = null, IAutoApplyPolicy? policy = null) =>
        new(store, time ?? Clock(), policy, new ReferenceSeal(new byte[32]));

    public static Payment Payment(OpsStore store, string bankReference) =>
        store.Payments.FindOne(p => p.BankReference == bankReference)
        ?? throw new InvalidOperationException($"No payment {bankReference}.");

    [GeneratedRegex(@"(?<!\d)\d(?:[ \-]?\d){14}(?!\d)")]
    private static partial Regex FifteenDigits();

    /// <summary>True when the text holds a full Amex number (15 Luhn-valid digits starting 34/37), spaced or not.</summary>
    public static bool HoldsFullCardNumber(string? text) =>
        text is not null && FifteenDigits().Matches(text).Any(m =>
        {
            var digits = CardReference.DigitsOnly(m.Value);
            return (digits.StartsWith("34", StringComparison.Ordinal) || digits.StartsWith("37", StringComparison.Ordinal)) && Luhn.IsValid(digits);
        });
}
