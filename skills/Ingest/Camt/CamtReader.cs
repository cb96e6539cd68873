using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace OpsBot.Skills.Ingest.Camt;

/// <summary>
/// ISO 20022 camt.054 (BkToCstmrDbtCdtNtfctn/Ntfctn/Ntry) and camt.053 (BkToCstmrStmt/Stmt/Ntry), versions 001.02
/// onward. One payment per NtryDtls/TxDtls (a batch entry holds many); an entry without details is one payment.
/// Only booked credits are payments: debits, reversals and pending or information-only entries are skipped.
/// </summary>
public static partial class CamtReader
{
    public const int OldestVersion = 2;
    public const int NewestVersion = 13;

    [GeneratedRegex(@"camt\.(05[34])\.001\.(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Namespace();

    /// <summary>EndToEndId's ISO placeholder for "the payer gave none": never an identity.</summary>
    private const string NotProvided = "NOTPROVIDED";

    public static RemittanceFile Read(Stream xml)
    {
        var document = Load(xml);
        var root = document.Root!;
        var body = root.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName is "BkToCstmrDbtCdtNtfctn" or "BkToCstmrStmt")
            ?? throw new RemittanceFileException(RemittanceFormats.Unknown, $"line {root.Line()}",
                $"XML, but not a camt.054 or camt.053 message (it holds <{(root.Elements().FirstOrDefault() ?? root).Name.LocalName}>)");
        var message = body.Name.LocalName == "BkToCstmrStmt" ? RemittanceFormats.Camt053 : RemittanceFormats.Camt054;
        var format = FormatOf(message, body);

        var context = new Context(format);
        var fileDate = DateOf(body.At("GrpHdr", "CreDtTm"));
        var entryNumber = 0;
        foreach (var container in body.Children(message == RemittanceFormats.Camt053 ? "Stmt" : "Ntfctn"))
        {
            var containerDate = DateOf(container.Child("CreDtTm")) ?? fileDate;
            var accountCurrency = container.At("Acct", "Ccy").Text();
            foreach (var entry in container.Children("Ntry"))
            {
                entryNumber++;
                new EntryReading(context, entry, entryNumber, containerDate, accountCurrency).Read();
            }
        }
        if (context.Problems.Count > 0) throw new RemittanceFileException(format, context.Problems);
        return new RemittanceFile(format, context.Credits, context.Skipped);
    }

    private static XDocument Load(Stream xml)
    {
        // No DTDs, no external entities: a bank file has no business fetching anything.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var where = e.LineNumber > 0 ? $"line {e.LineNumber}, position {e.LinePosition}" : "the XML";
            var what = e.Message.Contains("Unexpected end of file", StringComparison.OrdinalIgnoreCase)
                ? "the XML ends early: the file is truncated"
                : "the XML is malformed: " + CardMaskedMessage(e);
            throw new RemittanceFileException("xml", where, what);
        }
    }

    private static string CardMaskedMessage(XmlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return Cards.CardMask.MaskText(message) ?? "";
    }

    private static string FormatOf(string message, XElement body)
    {
        var ns = body.Name.NamespaceName;
        if (ns.Length == 0) return message;
        var match = Namespace().Match(ns);
        if (!match.Success)
            throw new RemittanceFileException(message, $"line {body.Line()}", $"the namespace '{ns}' is not a camt.053/camt.054 namespace");
        if (match.Groups[1].Value != message[^3..])
            throw new RemittanceFileException(message, $"line {body.Line()}",
                $"the namespace says camt.{match.Groups[1].Value} but the message is a {message}");
        var version = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (version is < OldestVersion or > NewestVersion)
            throw new RemittanceFileException(message, $"line {body.Line()}",
                $"{message} version 001.{version:00} is not supported (001.{OldestVersion:00} to 001.{NewestVersion:00} are)");
        return RemittanceFormats.CamtWithVersion(message, version);
    }

    /// <summary>A Dt or DtTm (or an element holding one): the calendar date as the bank wrote it.</summary>
    internal static DateOnly? DateOf(XElement? element)
    {
        if (element is null) return null;
        var text = element.HasElements ? (element.Child("Dt") ?? element.Child("DtTm")).Text() : element.Text();
        if (text is null || text.Length < 10) return null;
        return DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    internal static bool TryAmount(XElement? amount, out decimal value, out string? currency)
    {
        currency = amount?.Attribute("Ccy")?.Value.Trim().ToUpperInvariant();
        value = 0;
        return amount.Text() is { } text
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private sealed class Context(string format)
    {
        public string Format { get; } = format;
        public List<ReceivedPayment> Credits { get; } = [];
        public List<FileProblem> Problems { get; } = [];
        public int Skipped { get; set; }
    }

    /// <summary>One Ntry: its credits, or the reason it is skipped or wrong.</summary>
    private sealed class EntryReading(Context context, XElement entry, int number, DateOnly? containerDate, string? accountCurrency)
    {
        private string Record => $"entry {number} (line {entry.Line()})";

        public void Read()
        {
            var details = entry.Children("NtryDtls").SelectMany(d => d.Children("TxDtls")).ToList();
            var count = Math.Max(1, details.Count);

            if (!TryAmount(entry.Child("Amt"), out var amount, out var currency))
            {
                Problem("the entry has no amount (Amt) or it is not a number");
                return;
            }
            currency ??= accountCurrency;
            if (currency is null) { Problem("the entry's amount has no currency (Ccy)"); return; }

            var direction = entry.Child("CdtDbtInd").Text();
            if (direction is not ("CRDT" or "DBIT")) { Problem($"CdtDbtInd is {Quote.Of(direction)}, not CRDT or DBIT"); return; }

            // Sts is text in 001.02 and <Sts><Cd>…</Cd></Sts> (or Prtry) from 001.08.
            var statusElement = entry.Child("Sts");
            var status = statusElement is { HasElements: true }
                ? (statusElement.Child("Cd") ?? statusElement.Child("Prtry")).Text()
                : statusElement.Text();
            var reversal = string.Equals(entry.Child("RvslInd").Text(), "true", StringComparison.OrdinalIgnoreCase);
            if (direction == "DBIT" || reversal || (status is not null && status != "BOOK"))
            {
                context.Skipped += count;
                return;
            }

            var date = DateOf(entry.Child("BookgDt")) ?? DateOf(entry.Child("ValDt")) ?? containerDate;
            if (date is null) { Problem("the entry has no booking date, value date or creation date"); return; }
            var entryReference = entry.Child("AcctSvcrRef").Text() ?? entry.Child("NtryRef").Text();
            var entryWords = entry.Child("AddtlNtryInf").Text();

            if (details.Count == 0)
            {
                if (entryReference is null) { Problem("the entry has no AcctSvcrRef or NtryRef to identify it"); return; }
                Add(amount, currency, date.Value, entryReference, payer: null, reference: null, memo: entryWords,
                    CamtChannels.From(entry.Child("BkTxCd"), entryWords), Record);
                return;
            }

            CheckBatchCount(details.Count);
            var known = new List<(decimal Amount, string? Currency, bool Credit)>();
            var position = 0;
            foreach (var tx in details)
            {
                position++;
                var record = details.Count == 1 ? Record : $"entry {number}, transaction {position} (line {tx.Line()})";
                var txAmount = TransactionAmount(tx, currency);
                if (txAmount is null && details.Count > 1)
                {
                    context.Problems.Add(new(record, "a transaction of a batch entry has no amount"));
                    continue;
                }
                var (value, ccy) = txAmount ?? (amount, currency);
                ccy ??= currency;
                var txDirection = tx.Child("CdtDbtInd").Text() ?? direction;
                known.Add((value, ccy, txDirection == "CRDT"));
                if (txDirection != "CRDT") { context.Skipped++; continue; }

                var refs = tx.Child("Refs");
                var endToEnd = refs.Child("EndToEndId").Text();
                if (string.Equals(endToEnd, NotProvided, StringComparison.OrdinalIgnoreCase)) endToEnd = null;
                var identity = refs.Child("AcctSvcrRef").Text() ?? endToEnd
                    ?? (entryReference is null ? null : $"{entryReference}/{position}");
                if (identity is null)
                {
                    context.Problems.Add(new(record, "the transaction has no AcctSvcrRef or EndToEndId, and its entry no reference"));
                    continue;
                }

                var remittance = tx.Child("RmtInf");
                var structured = remittance.Children("Strd")
                    .Select(s => s.At("CdtrRefInf", "Ref").Text()).FirstOrDefault(r => r is not null);
                var unstructured = string.Join(" ", remittance.Children("Ustrd").Select(u => u.Text()).OfType<string>());
                var reference = structured ?? (unstructured.Length > 0 ? unstructured : null);
                var memoParts = new List<string?>
                {
                    structured is not null && unstructured.Length > 0 ? unstructured : null,
                    tx.Child("AddtlTxInf").Text(),
                    remittance.Children("Strd").Select(s => s.Child("AddtlRmtInf").Text()).FirstOrDefault(a => a is not null),
                    entryWords,
                };
                var memo = string.Join(" | ", memoParts.OfType<string>());
                var related = tx.Child("RltdPties");
                var payer = PartyName(related.Child("Dbtr")) ?? PartyName(related.Child("UltmtDbtr"));
                var channel = CamtChannels.From(tx.Child("BkTxCd") ?? entry.Child("BkTxCd"), memo);

                Add(value, ccy, date.Value, identity, payer, reference, memo.Length > 0 ? memo : null, channel, record);
            }
            CheckBatchTotal(amount, currency, known, details.Count);
        }

        /// <summary>Dbtr/Nm in 001.02 to 001.07; Dbtr/Pty/Nm from 001.08.</summary>
        private static string? PartyName(XElement? party) =>
            party.Child("Nm").Text() ?? party.At("Pty", "Nm").Text();

        /// <summary>
        /// TxDtls/Amt from 001.03; in 001.02 AmtDtls: the transaction amount, else the instructed amount when it is
        /// in the entry's currency (an instructed amount in another currency is not what reached the account).
        /// </summary>
        private static (decimal, string?)? TransactionAmount(XElement tx, string entryCurrency)
        {
            foreach (var candidate in new[] { tx.Child("Amt"), tx.At("AmtDtls", "TxAmt", "Amt") })
                if (candidate is not null && TryAmount(candidate, out var value, out var currency))
                    return (value, currency);
            if (TryAmount(tx.At("AmtDtls", "InstdAmt", "Amt"), out var instructed, out var instructedCurrency)
                && (instructedCurrency is null || instructedCurrency == entryCurrency))
                return (instructed, instructedCurrency);
            return null;
        }

        private void CheckBatchCount(int listed)
        {
            var stated = entry.Children("NtryDtls").Select(d => d.At("Btch", "NbOfTxs").Text()).FirstOrDefault(n => n is not null);
            if (stated is not null && int.TryParse(stated, out var n) && n != listed)
                Problem($"the batch says it holds {n} transactions but {listed} are listed");
        }

        /// <summary>A batch's transactions must add up to the entry: otherwise some money is unaccounted for.</summary>
        private void CheckBatchTotal(decimal amount, string currency, List<(decimal Amount, string? Currency, bool Credit)> known, int listed)
        {
            if (known.Count != listed || known.Any(k => k.Currency != currency)) return;
            var total = known.Sum(k => k.Credit ? k.Amount : -k.Amount);
            if (total != amount)
                Problem($"the transactions add up to {total.ToString(CultureInfo.InvariantCulture)} but the entry amount is {amount.ToString(CultureInfo.InvariantCulture)}");
        }

        private void Add(decimal amount, string currency, DateOnly date, string identity, string? payer, string? reference,
            string? memo, string channel, string record)
        {
            if (amount <= 0) { context.Skipped++; return; }
            context.Credits.Add(new ReceivedPayment
            {
                BankReference = identity,
                ReceivedOn = date,
                Amount = amount,
                Currency = currency,
                Channel = channel,
                PayerName = payer,
                Reference = reference,
                Memo = memo,
                Source = record,
            });
        }

        private void Problem(string reason) => context.Problems.Add(new(Record, reason));
    }
}
