using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsBot.Skills.Ingest.Bai2;

/// <summary>
/// BAI2 (Cash Management Balance Reporting, version 2): 01 file header, 02 group header, 03 account, 16 transaction
/// detail, 88 continuation, 49 account trailer, 98 group trailer, 99 file trailer. Every control total and record
/// count (49, 98, 99) is checked; a file that does not add up is rejected whole, naming the record. Credits are
/// detail type codes 100–399; everything else (debits 400–699, codes outside 100–699) is skipped.
/// Tolerates what real files do: blank amounts (zero), records without the final "/", blank lines.
/// </summary>
public static partial class Bai2Reader
{
    private const int MaxProblems = 20;

    [GeneratedRegex(@"(?:^|\s)(?:(?:ORG|ORIG|ORIGINATOR|PAYER|PAYEUR|NAME|NOM)\s*[=:]|B/O[:\s])\s*(?<name>.+?)(?=\s+[A-Z/]{2,12}\s*[=:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PayerInText();

    public static RemittanceFile Read(string text)
    {
        var records = Records(text);
        var state = new FileState();
        foreach (var record in records)
        {
            if (state.Problems.Count >= MaxProblems) break;
            state.Take(record);
        }
        state.End(records.Count == 0 ? 1 : records[^1].Line + records[^1].PhysicalCount);
        if (state.Problems.Count > 0) throw new RemittanceFileException(RemittanceFormats.Bai2, state.Problems);
        return new RemittanceFile(RemittanceFormats.Bai2, state.Credits, state.Skipped);
    }

    /// <summary>The logical records: each physical record with the 88 records that continue it.</summary>
    private static List<Bai2Record> Records(string text)
    {
        var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var records = new List<Bai2Record>();
        List<string>? parts = null;
        string? code = null;
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim().Length == 0) continue;
            var comma = line.IndexOf(',');
            var head = (comma < 0 ? line.TrimEnd('/') : line[..comma]).Trim();
            var content = comma < 0 ? "" : line[(comma + 1)..];
            if (content.EndsWith('/')) content = content[..^1];
            if (head == "88")
            {
                if (parts is null)
                    throw new RemittanceFileException(RemittanceFormats.Bai2, $"line {i + 1} (88)", "a continuation record with nothing before it to continue");
                parts.Add(content);
                continue;
            }
            if (code is not null) records.Add(new Bai2Record(code, start, parts!));
            if (head is not ("01" or "02" or "03" or "16" or "49" or "98" or "99"))
                throw new RemittanceFileException(RemittanceFormats.Bai2, $"line {i + 1}",
                    $"{Quote.Of(head)} is not a BAI2 record code (01, 02, 03, 16, 88, 49, 98, 99)");
            code = head;
            start = i + 1;
            parts = [content];
        }
        if (code is not null) records.Add(new Bai2Record(code, start, parts!));
        return records;
    }

    /// <summary>Where the reader is in the file, and the totals it has counted so far at each level.</summary>
    private sealed class FileState
    {
        public List<ReceivedPayment> Credits { get; } = [];
        public List<FileProblem> Problems { get; } = [];
        public int Skipped { get; private set; }

        private bool _headerSeen;
        private bool _ended;
        private string _fileKey = "";
        private int _fileRecords;
        private int _groups;
        private long _groupTotalsDeclared;

        private bool _inGroup;
        private DateOnly? _asOf;
        private string? _groupCurrency;
        private int _groupRecords;
        private int _accounts;
        private long _accountTotalsDeclared;

        private bool _inAccount;
        private string _account = "";
        private string _currency = "";
        private int _accountRecords;
        private long _accountTotal;
        private int _detailPosition;

        public void Take(Bai2Record record)
        {
            _fileRecords += record.PhysicalCount;
            if (_inGroup) _groupRecords += record.PhysicalCount;
            if (_inAccount) _accountRecords += record.PhysicalCount;

            if (_ended) { Problem(record, "a record after the 99 file trailer"); return; }
            if (!_headerSeen && record.Code != "01") { Problem(record, "the file must start with a 01 file header"); _headerSeen = true; }

            switch (record.Code)
            {
                case "01": FileHeader(record); break;
                case "02": GroupHeader(record); break;
                case "03": AccountHeader(record); break;
                case "16": Detail(record); break;
                case "49": AccountTrailer(record); break;
                case "98": GroupTrailer(record); break;
                case "99": FileTrailer(record); break;
            }
        }

        public void End(int line)
        {
            if (!_ended && Problems.Count == 0)
                Problems.Add(new($"end of file (line {line})", "the file ends without a 99 file trailer: it is truncated"));
        }

        private void FileHeader(Bai2Record record)
        {
            if (_headerSeen && _fileRecords > record.PhysicalCount) { Problem(record, "a second 01 file header"); return; }
            _headerSeen = true;
            var f = record.Fields();
            var sender = f.Next();
            f.Next(); // receiver
            var created = f.Next();
            var time = f.Next();
            var fileId = f.Next();
            f.Next(); // physical record length
            f.Next(); // block size
            var version = f.Next();
            if (version.Length > 0 && version != "2") Problem(record, $"version {Quote.Of(version)}: only BAI version 2 is read");
            _fileKey = $"{sender}:{created}{time}:{fileId}";
        }

        private void GroupHeader(Bai2Record record)
        {
            if (_inGroup) Problem(record, "a 02 group header before the previous group's 98 trailer");
            _inGroup = true;
            _groupRecords = record.PhysicalCount;
            _accounts = 0;
            _accountTotalsDeclared = 0;
            _groups++;
            var f = record.Fields();
            f.Next(); // ultimate receiver
            f.Next(); // originator
            var status = f.Next();
            var date = f.Next();
            f.Next(); // as-of time
            var currency = f.Next();
            // 2 = deletion, 4 = test only: neither is money to post.
            if (status is "2" or "4")
                Problem(record, $"group status {status} ({(status == "2" ? "deletion" : "test only")}) is not money to post");
            _asOf = Date(date);
            if (_asOf is null) Problem(record, $"the as-of date {Quote.Of(date)} is not a date as YYMMDD");
            _groupCurrency = currency.Length > 0 ? currency.ToUpperInvariant() : null;
        }

        private void AccountHeader(Bai2Record record)
        {
            if (!_inGroup) Problem(record, "an 03 account record outside a group (no 02 before it)");
            if (_inAccount) Problem(record, "an 03 account record before the previous account's 49 trailer");
            _inAccount = true;
            _accountRecords = record.PhysicalCount;
            _accountTotal = 0;
            _detailPosition = 0;
            _accounts++;
            var f = record.Fields();
            _account = f.Next();
            var currency = f.Next();
            // Unknown currency stays unknown (XXX): such payments are queued as not CAD, never guessed.
            _currency = currency.Length > 0 ? currency.ToUpperInvariant() : _groupCurrency ?? "XXX";
            while (f.HasMore)
            {
                var typeCode = f.Next();
                var amount = f.Next();
                f.Next(); // item count
                var funds = f.Next();
                if (Amount(record, amount, signed: true) is long cents) _accountTotal += cents;
                FundsTypeExtras(record, f, funds);
                if (typeCode.Length > 0 && !int.TryParse(typeCode, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    Problem(record, $"summary type code {Quote.Of(typeCode)} is not a number");
            }
        }

        private void Detail(Bai2Record record)
        {
            if (!_inAccount) { Problem(record, "a 16 transaction outside an account (no 03 before it)"); return; }
            _detailPosition++;
            var f = record.Fields();
            var typeText = f.Next();
            var amountText = f.Next();
            var funds = f.Next();
            FundsTypeExtras(record, f, funds);
            var bankReference = f.Next();
            var customerReference = f.Next();
            var text = f.RestAsText();

            var cents = Amount(record, amountText, signed: false);
            if (cents is long counted) _accountTotal += counted;
            if (!int.TryParse(typeText, NumberStyles.None, CultureInfo.InvariantCulture, out var typeCode))
            {
                Problem(record, $"type code {Quote.Of(typeText)} is not a number");
                return;
            }
            if (cents is not long c) return;
            if (!Bai2Channels.IsCredit(typeCode) || c == 0 || _asOf is null)
            {
                Skipped++;
                return;
            }
            Credits.Add(new ReceivedPayment
            {
                // No bank reference: the file's own coordinates, so the same file ingested twice is still one payment.
                BankReference = bankReference.Length > 0 ? bankReference : $"bai2:{_fileKey}:{_account}:{_detailPosition}",
                ReceivedOn = _asOf.Value,
                Amount = c / Scale(_currency),
                Currency = _currency,
                Channel = Bai2Channels.From(typeCode, text),
                PayerName = PayerInText().Match(text) is { Success: true } m ? m.Groups["name"].Value.Trim() : null,
                Reference = customerReference.Length > 0 ? customerReference : null,
                Memo = text.Length > 0 ? text : null,
                Source = record.Name,
            });
        }

        private void AccountTrailer(Bai2Record record)
        {
            if (!_inAccount) { Problem(record, "a 49 account trailer without an 03 account record"); return; }
            var f = record.Fields();
            var declared = Amount(record, f.Next(), signed: true);
            var count = Count(record, f.Next());
            if (declared is long d)
            {
                if (d != _accountTotal)
                    Problem(record, $"account {_account}: the control total is {d} but the account's amounts add up to {_accountTotal}");
                _accountTotalsDeclared += d;
            }
            if (count is int n && n != _accountRecords)
                Problem(record, $"account {_account}: the record count is {n} but the account has {_accountRecords} records (03 to 49)");
            _inAccount = false;
        }

        private void GroupTrailer(Bai2Record record)
        {
            if (_inAccount) { Problem(record, "a 98 group trailer before the account's 49 trailer"); _inAccount = false; }
            if (!_inGroup) { Problem(record, "a 98 group trailer without a 02 group header"); return; }
            var f = record.Fields();
            var declared = Amount(record, f.Next(), signed: true);
            var accounts = Count(record, f.Next());
            var count = Count(record, f.Next());
            if (declared is long d)
            {
                if (d != _accountTotalsDeclared)
                    Problem(record, $"the group control total is {d} but the group's account totals add up to {_accountTotalsDeclared}");
                _groupTotalsDeclared += d;
            }
            if (accounts is int a && a != _accounts)
                Problem(record, $"the group says it has {a} accounts but it has {_accounts}");
            if (count is int n && n != _groupRecords)
                Problem(record, $"the record count is {n} but the group has {_groupRecords} records (02 to 98)");
            _inGroup = false;
        }

        private void FileTrailer(Bai2Record record)
        {
            if (_inAccount || _inGroup) Problem(record, "a 99 file trailer before the last group was closed (49/98 missing)");
            var f = record.Fields();
            var declared = Amount(record, f.Next(), signed: true);
            var groups = Count(record, f.Next());
            var count = Count(record, f.Next());
            if (declared is long d && d != _groupTotalsDeclared)
                Problem(record, $"the file control total is {d} but the group totals add up to {_groupTotalsDeclared}");
            if (groups is int g && g != _groups)
                Problem(record, $"the file says it has {g} groups but it has {_groups}");
            if (count is int n && n != _fileRecords)
                Problem(record, $"the record count is {n} but the file has {_fileRecords} records (01 to 99)");
            _ended = true;
        }

        /// <summary>The fields a funds type brings with it: V a value date and time, S three amounts, D a list of distributions.</summary>
        private void FundsTypeExtras(Bai2Record record, FieldCursor f, string fundsType)
        {
            switch (fundsType.ToUpperInvariant())
            {
                case "" or "0" or "1" or "2" or "Z":
                    break;
                case "V":
                    var date = f.Next();
                    f.Next(); // value time
                    if (Date(date) is null) Problem(record, $"funds type V: the value date {Quote.Of(date)} is not a date as YYMMDD");
                    break;
                case "S":
                    for (var i = 0; i < 3; i++) Amount(record, f.Next(), signed: true);
                    break;
                case "D":
                    var countText = f.Next();
                    if (Count(record, countText) is not int n) break;
                    for (var i = 0; i < n; i++)
                    {
                        var days = f.Next();
                        if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                            Problem(record, $"funds type D: distribution {i + 1} has days {Quote.Of(days)}, not a number");
                        Amount(record, f.Next(), signed: true);
                    }
                    break;
                default:
                    Problem(record, $"funds type {Quote.Of(fundsType)} is not one of 0, 1, 2, V, S, D, Z");
                    break;
            }
        }

        /// <summary>An amount in the currency's smallest unit; blank is zero; null (and a problem) when not a number.</summary>
        private long? Amount(Bai2Record record, string text, bool signed)
        {
            if (text.Length == 0) return 0;
            var style = signed ? NumberStyles.AllowLeadingSign : NumberStyles.None;
            if (long.TryParse(text, style, CultureInfo.InvariantCulture, out var value)) return value;
            Problem(record, $"amount {Quote.Of(text)} is not a whole number of cents");
            return null;
        }

        /// <summary>A count; trailers must give theirs, so blank is a problem too.</summary>
        private int? Count(Bai2Record record, string text)
        {
            if (text.Length == 0)
            {
                Problem(record, "a required count is blank");
                return null;
            }
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
            Problem(record, $"count {Quote.Of(text)} is not a number");
            return null;
        }

        private void Problem(Bai2Record record, string reason)
        {
            if (Problems.Count < MaxProblems) Problems.Add(new(record.Name, reason));
        }
    }

    private static DateOnly? Date(string yymmdd) =>
        DateOnly.TryParseExact(yymmdd, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>BAI2 amounts carry no decimal point: the currency's minor unit implies it.</summary>
    private static decimal Scale(string currency) => currency switch
    {
        "JPY" or "KRW" or "CLP" or "ISK" or "VND" => 1m,
        "BHD" or "KWD" or "OMR" or "JOD" or "TND" => 1000m,
        _ => 100m,
    };
}
