using System.Globalization;

namespace OpsBot.Skills.Ingest.Csv;

/// <summary>
/// Our CSV remittance format: payment_id, received_date (yyyy-mm-dd), amount, currency, channel, payer_name,
/// reference, memo, in any order. A negative or zero amount is not a credit and is skipped. Any bad row rejects
/// the whole file, so that a corrected file can be ingested whole.
/// </summary>
public static class PaymentCsvReader
{
    private static readonly string[] Required = ["payment_id", "received_date", "amount", "currency"];

    public static RemittanceFile Read(string text)
    {
        CsvTable table;
        try { table = CsvTable.Parse(text); }
        catch (CsvFormatException e) { throw new RemittanceFileException(RemittanceFormats.Csv, $"line {e.Line}", e.Reason); }

        var missing = Required.Where(c => table.ColumnOf(c) is null).ToList();
        if (missing.Count > 0)
            throw new RemittanceFileException(RemittanceFormats.Csv, "line 1",
                $"the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}");

        int? Col(string name) => table.ColumnOf(name);
        var (id, date, amount, currency) = (Col("payment_id"), Col("received_date"), Col("amount"), Col("currency"));
        var (channel, payer, reference, memo) = (Col("channel"), Col("payer_name"), Col("reference"), Col("memo"));

        var credits = new List<ReceivedPayment>();
        var problems = new List<FileProblem>();
        var skipped = 0;
        foreach (var row in table.Rows)
        {
            var record = $"line {row.Line}";
            if (row.Fields.Count != table.Header.Count)
            {
                problems.Add(new(record, $"the row has {row.Fields.Count} fields, the header {table.Header.Count}"));
                continue;
            }
            string V(int? column) => CsvTable.Value(row, column);
            string? Optional(int? column) => V(column) is { Length: > 0 } s ? s : null;

            var rowProblems = new List<string>();
            if (V(id).Length == 0) rowProblems.Add("payment_id is blank");
            if (!DateOnly.TryParseExact(V(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var receivedOn))
                rowProblems.Add($"received_date {Quote.Of(V(date))} is not a date as yyyy-mm-dd");
            if (!decimal.TryParse(V(amount), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
                    CultureInfo.InvariantCulture, out var value))
                rowProblems.Add($"amount {Quote.Of(V(amount))} is not a number such as 1234.56");
            else if (decimal.Round(value, 2) != value)
                rowProblems.Add($"amount {Quote.Of(V(amount))} has more than two decimals");
            var ccy = V(currency).ToUpperInvariant();
            if (ccy.Length != 3 || !ccy.All(char.IsAsciiLetterUpper))
                rowProblems.Add($"currency {Quote.Of(V(currency))} is not a three-letter code such as CAD");
            if (rowProblems.Count > 0)
            {
                problems.Add(new(record, string.Join("; ", rowProblems)));
                continue;
            }
            if (value <= 0) { skipped++; continue; }
            credits.Add(new ReceivedPayment
            {
                BankReference = V(id),
                ReceivedOn = receivedOn,
                Amount = value,
                Currency = ccy,
                Channel = ChannelWords.FromCsv(V(channel)),
                PayerName = Optional(payer),
                Reference = Optional(reference),
                Memo = Optional(memo),
                Source = record,
            });
        }
        if (problems.Count > 0) throw new RemittanceFileException(RemittanceFormats.Csv, problems);
        return new RemittanceFile(RemittanceFormats.Csv, credits, skipped);
    }
}
