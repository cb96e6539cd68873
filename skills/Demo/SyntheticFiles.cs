using System.Globalization;
using System.Security;
using System.Text;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Demo;

/// <summary>
/// Writes a synthetic bank and its day of payments in the real formats OpsBot reads: the card system's account CSV,
/// camt.054 (bill payments, in batch entries), camt.053 (EFT), BAI2 (lockbox cheques and wires) and CSV (Interac).
/// </summary>
public static class SyntheticFiles
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public const string AccountsHeader =
        "account_id,card_number,card_status,holder_name,company_name,account_type,language,province,email,statement_balance,minimum_due,due_date";

    public static void WriteAccountsCsv(IEnumerable<CardAccount> accounts, TextWriter w)
    {
        w.WriteLine(AccountsHeader);
        foreach (var a in accounts)
            foreach (var card in a.Cards)
                w.WriteLine(string.Join(',',
                    a.Id, card.Number, card.Status.ToString().ToLowerInvariant(), Csv(a.HolderName), Csv(a.CompanyName),
                    a.Type.ToString().ToLowerInvariant(), a.Language, a.Province, a.Email,
                    a.StatementBalance.ToString("0.00", Inv), a.MinimumDue.ToString("0.00", Inv),
                    a.DueDate?.ToString("yyyy-MM-dd", Inv)));
    }

    /// <summary>Writes the day's files into <paramref name="folder"/> and returns their paths, in the order to ingest.</summary>
    public static IReadOnlyList<string> WritePaymentFiles(IReadOnlyList<SyntheticPayment> payments, string folder, DateOnly day)
    {
        Directory.CreateDirectory(folder);
        var stamp = day.ToString("yyyyMMdd", Inv);
        var files = new List<string>();
        void Write(string name, string content)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content, new UTF8Encoding(false));
            files.Add(path);
        }

        var billPayments = payments.Where(p => p.Channel == Channels.BillPayment).ToList();
        var eft = payments.Where(p => p.Channel == Channels.Eft).ToList();
        var lockbox = payments.Where(p => p.Channel is Channels.Cheque or Channels.Wire).ToList();
        var interac = payments.Where(p => p.Channel is Channels.Interac or Channels.Other).ToList();
        if (billPayments.Count > 0) Write($"camt054-billpay-{stamp}.xml", Camt054V08(billPayments, day));
        if (eft.Count > 0) Write($"camt053-eft-{stamp}.xml", Camt053V02(eft, day));
        if (lockbox.Count > 0) Write($"bai2-lockbox-{stamp}.bai", Bai2(lockbox, day));
        if (interac.Count > 0) Write($"interac-{stamp}.csv", PaymentsCsv(interac));
        return files;
    }

    public static void WriteTruthCsv(IEnumerable<SyntheticPayment> payments, TextWriter w)
    {
        w.WriteLine("bank_reference,kind,account_id");
        foreach (var p in payments) w.WriteLine($"{p.BankReference},{p.Kind},{p.TrueAccountId}");
    }

    public static string PaymentsCsv(IEnumerable<SyntheticPayment> payments)
    {
        var sb = new StringBuilder("payment_id,received_date,amount,currency,channel,payer_name,reference,memo\n");
        foreach (var p in payments)
            sb.Append(string.Join(',', p.BankReference, p.ReceivedOn.ToString("yyyy-MM-dd", Inv), p.Amount.ToString("0.00", Inv),
                "CAD", p.Channel, Csv(p.PayerName), Csv(p.Reference), Csv(p.Memo))).Append('\n');
        return sb.ToString();
    }

    /// <summary>camt.054.001.08: bill payments arrive as batch entries, one transaction detail per payment.</summary>
    public static string Camt054V08(IReadOnlyList<SyntheticPayment> payments, DateOnly day)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .Append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\">\n<BkToCstmrDbtCdtNtfctn>\n")
          .Append($"<GrpHdr><MsgId>N{day:yyyyMMdd}BILLPAY</MsgId><CreDtTm>{day:yyyy-MM-dd}T06:00:00-05:00</CreDtTm></GrpHdr>\n")
          .Append($"<Ntfctn><Id>N{day:yyyyMMdd}01</Id><CreDtTm>{day:yyyy-MM-dd}T06:00:00-05:00</CreDtTm>")
          .Append("<Acct><Id><Othr><Id>000123456789</Id></Othr></Id><Ccy>CAD</Ccy></Acct>\n");
        var batchNo = 0;
        foreach (var batch in payments.Chunk(40))
        {
            batchNo++;
            var total = batch.Sum(p => p.Amount);
            sb.Append("<Ntry>")
              .Append($"<NtryRef>BP{day:yyMMdd}{batchNo:D3}</NtryRef>")
              .Append($"<Amt Ccy=\"CAD\">{total.ToString("0.00", Inv)}</Amt><CdtDbtInd>CRDT</CdtDbtInd>")
              .Append("<Sts><Cd>BOOK</Cd></Sts>")
              .Append($"<BookgDt><Dt>{day:yyyy-MM-dd}</Dt></BookgDt><ValDt><Dt>{day:yyyy-MM-dd}</Dt></ValDt>")
              .Append($"<AcctSvcrRef>BPB{day:yyMMdd}{batchNo:D4}</AcctSvcrRef>")
              .Append("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>")
              .Append($"<NtryDtls><Btch><NbOfTxs>{batch.Length}</NbOfTxs></Btch>\n");
            foreach (var p in batch)
            {
                sb.Append("<TxDtls>")
                  .Append($"<Refs><AcctSvcrRef>{p.BankReference}</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>")
                  .Append($"<Amt Ccy=\"CAD\">{p.Amount.ToString("0.00", Inv)}</Amt><CdtDbtInd>CRDT</CdtDbtInd>")
                  .Append($"<RltdPties><Dbtr><Pty><Nm>{Xml(p.PayerName)}</Nm></Pty></Dbtr></RltdPties>");
                if (p.Reference is not null) sb.Append($"<RmtInf><Ustrd>{Xml(p.Reference)}</Ustrd></RmtInf>");
                sb.Append("</TxDtls>\n");
            }
            sb.Append("</NtryDtls></Ntry>\n");
        }
        sb.Append("</Ntfctn>\n</BkToCstmrDbtCdtNtfctn>\n</Document>\n");
        return sb.ToString();
    }

    /// <summary>camt.053.001.02: the EFT account's statement, one entry per credit, and the bank's monthly fee.</summary>
    public static string Camt053V02(IReadOnlyList<SyntheticPayment> payments, DateOnly day)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .Append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n<BkToCstmrStmt>\n")
          .Append($"<GrpHdr><MsgId>S{day:yyyyMMdd}EFT</MsgId><CreDtTm>{day:yyyy-MM-dd}T23:30:00-05:00</CreDtTm></GrpHdr>\n")
          .Append($"<Stmt><Id>S{day:yyyyMMdd}01</Id><CreDtTm>{day:yyyy-MM-dd}T23:30:00-05:00</CreDtTm>")
          .Append("<Acct><Id><Othr><Id>000987654321</Id></Othr></Id><Ccy>CAD</Ccy></Acct>\n");
        foreach (var p in payments)
        {
            sb.Append("<Ntry>")
              .Append($"<Amt Ccy=\"CAD\">{p.Amount.ToString("0.00", Inv)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>")
              .Append($"<BookgDt><Dt>{day:yyyy-MM-dd}</Dt></BookgDt><ValDt><Dt>{day:yyyy-MM-dd}</Dt></ValDt>")
              .Append($"<AcctSvcrRef>E{p.BankReference}</AcctSvcrRef>")
              .Append("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>")
              .Append("<NtryDtls><TxDtls>")
              .Append($"<Refs><AcctSvcrRef>{p.BankReference}</AcctSvcrRef><EndToEndId>E2E{p.BankReference[2..]}</EndToEndId></Refs>")
              .Append($"<AmtDtls><TxAmt><Amt Ccy=\"CAD\">{p.Amount.ToString("0.00", Inv)}</Amt></TxAmt></AmtDtls>")
              .Append($"<RltdPties><Dbtr><Nm>{Xml(p.PayerName)}</Nm></Dbtr></RltdPties>");
            if (p.Reference is not null)
                sb.Append($"<RmtInf><Strd><CdtrRefInf><Ref>{Xml(p.Reference)}</Ref></CdtrRefInf></Strd></RmtInf>");
            sb.Append("</TxDtls></NtryDtls></Ntry>\n");
        }
        sb.Append("<Ntry><Amt Ccy=\"CAD\">25.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>")
          .Append($"<BookgDt><Dt>{day:yyyy-MM-dd}</Dt></BookgDt><AcctSvcrRef>FEE{day:yyMMdd}</AcctSvcrRef>")
          .Append("<BkTxCd><Domn><Cd>ACMT</Cd><Fmly><Cd>MDOP</Cd><SubFmlyCd>CHRG</SubFmlyCd></Fmly></Domn></BkTxCd></Ntry>\n");
        sb.Append("</Stmt>\n</BkToCstmrStmt>\n</Document>\n");
        return sb.ToString();
    }

    /// <summary>
    /// BAI2 from the lockbox account: 16 records carry type code, amount in cents, funds type, the bank's reference,
    /// the remitter's reference and the payer's name as text, continued on 88 records when long. Trailers carry
    /// the control totals and record counts the reader checks.
    /// </summary>
    public static string Bai2(IReadOnlyList<SyntheticPayment> payments, DateOnly day)
    {
        var d = day.ToString("yyMMdd", Inv);
        var accountRecords = new List<string>();
        long accountTotal = 0;
        var creditCents = payments.Sum(p => Cents(p.Amount));
        accountRecords.Add($"03,000555666777,CAD,010,0,,,015,{creditCents},,,100,{creditCents},{payments.Count},/");
        accountTotal += 0 + creditCents + creditCents;
        var i = 0;
        foreach (var p in payments)
        {
            i++;
            var type = p.Channel == Channels.Wire ? "195" : "115";
            var cents = Cents(p.Amount);
            accountTotal += cents;
            var funds = (i % 3) switch { 0 => "Z", 1 => $"V,{d},1200", _ => "S,0,0," + cents };
            // Lockbox text names the remitter after ORG=, as banks' BAI2 detail text does.
            var text = "ORG=" + p.PayerName + (p.Memo is null ? "" : " OBI=" + p.Memo);
            var record = $"16,{type},{cents},{funds},{p.BankReference},{p.Reference},{text}";
            var cut = text.LastIndexOf(' ', Math.Min(text.Length - 1, 40));
            if (record.Length > 70 && cut > 4)
            {
                // Long text goes on a continuation record, as banks do, broken between words.
                accountRecords.Add($"16,{type},{cents},{funds},{p.BankReference},{p.Reference},{text[..cut]}");
                accountRecords.Add($"88,{text[(cut + 1)..]}");
            }
            else accountRecords.Add(record);
        }
        accountRecords.Add("16,475,2500,Z,FEE" + d + ",,SERVICE CHARGE/");
        accountTotal += 2500;
        var accountCount = accountRecords.Count + 1;
        accountRecords.Add($"49,{accountTotal},{accountCount}/");

        var lines = new List<string>
        {
            $"01,BANKCA,OPSBOT,{d},0600,1,80,,2/",
            $"02,OPSBOT,BANKCA,1,{d},0600,CAD,2/",
        };
        lines.AddRange(accountRecords);
        lines.Add($"98,{accountTotal},1,{accountRecords.Count + 2}/");
        lines.Add($"99,{accountTotal},1,{lines.Count + 1}/");
        return string.Join("\n", lines) + "\n";
    }

    private static long Cents(decimal amount) => (long)decimal.Round(amount * 100m);

    private static string Xml(string text) => SecurityElement.Escape(text);

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
