using System.Text;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Research;

/// <summary>
/// What the research flow tests run against, made the way production makes it: accounts imported from a CSV file
/// (<see cref="AccountImport"/>) and payments ingested from a CSV remittance file (<see cref="IngestService"/>, which
/// masks references and seals the mistyped card number with the bot's seal). Card numbers exist only in these files
/// and the account data; tests compare account ids and masked endings, never numbers.
/// </summary>
internal static class ResearchFlowData
{
    public const string Marie = "A1001";
    public const string John = "A1002";
    /// <summary>A company whose only card is cancelled: a credit to it needs an approver.</summary>
    public const string Gestion = "A1003";
    public static readonly string[] OtherTremblays = ["A1004", "A1005", "A1006", "A1007"];

    /// <summary>Marie Tremblay's card number with one digit mistyped (the check digit then fails).</summary>
    public const string Mistyped = "BR2611300000017";
    /// <summary>A Visa number and a name nobody holds: not a customer.</summary>
    public const string Stranger = "BR2611300000018";
    /// <summary>John Smith's exact card number: credited straight through at ingest.</summary>
    public const string Applied = "BR2611300000019";
    /// <summary>A cheque signed "TREMBLAY" with no reference: five Tremblays hold accounts.</summary>
    public const string JustTremblay = "BR2611300000020";
    /// <summary>The company's cancelled card, one digit mistyped.</summary>
    public const string CancelledCard = "BR2611300000021";

    public static readonly string MarieCard = ResearchFixture.Card("37140012345610");
    public static readonly string MarieOldCard = ResearchFixture.Card("37140055511120");
    public static readonly string JohnCard = ResearchFixture.Card("37829900246810");
    public static readonly string GestionCard = ResearchFixture.Card("34123409876540");

    /// <summary>Every full card number of the seeded data, to prove none reaches a reply.</summary>
    public static IReadOnlyList<string> AllCardNumbers =>
        [MarieCard, MarieOldCard, JohnCard, GestionCard, .. OtherCards, VisaNumber,
         ResearchFixture.Mistype(MarieCard, 6), ResearchFixture.Mistype(GestionCard, 8)];

    private static readonly string[] OtherCards =
    [
        ResearchFixture.Card("37150000111110"), ResearchFixture.Card("37150000222220"),
        ResearchFixture.Card("37150000333330"), ResearchFixture.Card("37150000444440"),
    ];

    // A Visa test number: Luhn-valid, 16 digits, never one of ours.
    private const string VisaNumber = "4111111111111111";

    public static void Seed(BotHarness bot)
    {
        var accounts = new StringBuilder("holder_name,account_id,card_number,card_status,company_name,account_type,language,province,email,statement_balance,minimum_due,due_date\n");
        accounts.Append($"Marie Tremblay,{Marie},{MarieOldCard},replaced,,personal,fr,QC,marie.tremblay@example.ca,1234.56,45.00,2026-12-15\n");
        accounts.Append($"Marie Tremblay,{Marie},{MarieCard},active,,personal,fr,QC,marie.tremblay@example.ca,1234.56,45.00,2026-12-15\n");
        accounts.Append($"John Smith,{John},{JohnCard},active,,personal,en,ON,john.smith@example.com,500.00,25.00,2026-12-20\n");
        accounts.Append($"Jean-François Côté,{Gestion},{GestionCard},cancelled,Gestion Côté inc.,corporate,fr,QC,jf.cote@example.ca,0.00,0.00,\n");
        string[] firstNames = ["Luc", "Julie", "Sophie", "Marc"];
        for (var i = 0; i < OtherTremblays.Length; i++)
            accounts.Append($"{firstNames[i]} Tremblay,{OtherTremblays[i]},{OtherCards[i]},active,,personal,fr,QC,,100.00,10.00,2026-12-15\n");
        var imported = new AccountImport(bot.Store, bot.Time).Import("accounts.csv", accounts.ToString());
        if (imported.BadRows.Count > 0) throw new InvalidOperationException($"The accounts file has a bad row at line {imported.BadRows[0].Line}.");

        var payments = new StringBuilder("payment_id,received_date,amount,currency,channel,payer_name,reference,memo\n");
        payments.Append($"{Mistyped},2026-11-30,250.00,CAD,bill payment,TREMBLAY MARIE,{ResearchFixture.Mistype(MarieCard, 6)},\n");
        payments.Append($"{Stranger},2026-11-30,80.00,CAD,bill payment,ZBIGNIEW KOWALCZYK,{VisaNumber},\n");
        payments.Append($"{Applied},2026-11-30,500.00,CAD,bill payment,JOHN SMITH,{JohnCard},\n");
        payments.Append($"{JustTremblay},2026-11-30,42.00,CAD,cheque,TREMBLAY,,\n");
        payments.Append($"{CancelledCard},2026-11-30,900.00,CAD,eft,GESTION COTE INC,{ResearchFixture.Mistype(GestionCard, 8)},\n");

        var folder = Directory.CreateTempSubdirectory("research-flow-");
        try
        {
            var file = Path.Combine(folder.FullName, "payments-2026-11-30.csv");
            File.WriteAllText(file, payments.ToString());
            var ingested = new IngestService(bot.Store, bot.Time, seal: bot.Seal).IngestFile(file);
            if (ingested.IsRejected || ingested.Skipped > 0 || ingested.Payments != 5)
                throw new InvalidOperationException($"The payments file was not read whole: {ingested.Payments} payments, {ingested.Skipped} skipped.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static Payment Payment(BotHarness bot, string bankReference) =>
        bot.Store.Payments.FindOne(p => p.BankReference == bankReference)
        ?? throw new InvalidOperationException($"No payment {bankReference}.");
}
