using System.Globalization;
using System.Text;
using OpsBot.Skills.Accounts;

namespace OpsBot.Bench.Synthetic;

/// <summary>
/// Writes the synthetic data in the formats OpsBot reads: the card-account CSV of `import-accounts`, and the
/// day's payments as a bank CSV and a BAI2 file (with correct control totals and record counts). These files hold
/// full card numbers, as real ones do: they are written under the bench's output folder, never printed.
/// </summary>
internal static class BankFiles
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public const string AccountsHeader =
        "account_id,card_number,card_status,holder_name,company_name,account_type,language,province,email,statement_balance,minimum_due,due_date";

    /// <summary>Passes the accounts through unchanged while writing one CSV row per card.</summary>
    public static IEnumerable<CardAccount> WritingAccounts(IEnumerable<CardAccount> accounts, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(AccountsHeader);
        foreach (var a in accounts)
        {
            foreach (var card in a.Cards)
                writer.WriteLine(string.Join(',',
                    a.Id, card.Number, card.Status.ToString().ToLowerInvariant(), Csv(a.HolderName), Csv(a.CompanyName),
                    a.Type.ToString().ToLowerInvariant(), a.Language, a.Province, a.Email,
                    a.StatementBalance.ToString("0.00", Invariant), a.MinimumDue.ToString("0.00", Invariant),
                    a.DueDate?.ToString("yyyy-MM-dd", Invariant)));
            yield return a;
        }
    }

    public static void WriteCsv(IEnumerable<SyntheticPayment> payments, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("payment_id,received_date,amount,currency,channel,payer_name,reference,memo");
        foreach (var p in payments)
            writer.WriteLine(string.Join(',', p.PaymentId, p.ReceivedOn.ToString("yyyy-MM-dd", Invariant),
                p.Amount.ToString("0.00", Invariant), "CAD", p.Channel, Csv(p.PayerName), Csv(p.Reference), Csv(p.Memo)));
    }

    /// <summary>
    /// One BAI2 file, one group, one account: a 16 record per payment (type 165 for bill payments and EFTs, 195 for
    /// wires, 115 for lockbox cheques), the reference as the customer reference, the payer's name as the text.
    /// </summary>
    public static void WriteBai2(IReadOnlyList<SyntheticPayment> payments, string path, DateOnly day)
    {
        var lines = new List<string>();
        var date = day.ToString("yyMMdd", Invariant);
        lines.Add($"01,OPSBANK,OPSBOT,{date},0600,1,,,2/");
        lines.Add($"02,OPSBOT,OPSBANK,1,{date},0600,CAD,2/");
        var total = payments.Sum(p => Cents(p.Amount));
        var account = new List<string> { $"03,1234567890,CAD,010,{total},,/" };
        foreach (var p in payments)
        {
            var type = p.Channel switch { "wire" => "195", "cheque" => "115", _ => "165" };
            var text = (p.PayerName ?? "").Replace('/', ' ');
            var reference = (p.Reference ?? "").Replace(',', ' ').Replace('/', ' ');
            account.Add($"16,{type},{Cents(p.Amount)},Z,{p.PaymentId},{reference},{text}");
            if (!string.IsNullOrEmpty(p.Memo)) account.Add($"88,{p.Memo.Replace('/', ' ')}");
        }
        // Account control total: the 03 summary amount plus every 16 amount; record count includes 03 and 49.
        account.Add($"49,{total * 2},{account.Count + 1}/");
        lines.AddRange(account);
        lines.Add($"98,{total * 2},1,{account.Count + 2}/");
        lines.Add($"99,{total * 2},1,{lines.Count + 1}/");
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
    }

    private static long Cents(decimal amount) => (long)decimal.Round(amount * 100m);

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
