using System.Globalization;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Ingest.Csv;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Accounts;

/// <summary>A row that was not imported, and why. The reason never holds a full card number.</summary>
public sealed record BadAccountRow(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}

/// <summary>What importing an account file did. Re-importing the same file gives Created = Updated = 0.</summary>
public sealed record AccountImportResult
{
    public required string File { get; init; }
    public int Rows { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int CardsAdded { get; init; }
    public IReadOnlyList<BadAccountRow> BadRows { get; init; } = [];
}

/// <summary>An account file that cannot be read at all (no header, a missing column, an unclosed quote): nothing is imported.</summary>
public sealed class AccountFileException(string file, int line, string reason) : Exception($"{file}: line {line}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}

/// <summary>
/// Imports card accounts from CSV: one row per card number, the account's fields repeated on each. Upserts by
/// account id and card number. A bad row is reported with its line number and skipped; the good rows land, in one
/// transaction. A card number already on another account is a bad row: one card, one account. Importing the
/// same file again changes nothing (not even the audit trail).
/// </summary>
public sealed class AccountImport(OpsStore store, TimeProvider time)
{
    public const string DefaultActor = "import";

    public AccountImportResult ImportFile(string path, string actor = DefaultActor)
    {
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = Ingest.RemittanceReader.Decode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AccountFileException(name, 0, e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : "the file cannot be read");
        }
        return Import(name, text, actor);
    }

    public AccountImportResult Import(string fileName, string csv, string actor = DefaultActor)
    {
        CsvTable table;
        try { table = CsvTable.Parse(csv); }
        catch (CsvFormatException e) { throw new AccountFileException(fileName, e.Line, e.Reason); }
        var missing = AccountRow.Columns.Where(c => table.ColumnOf(c) is null).ToList();
        if (missing.Count > 0)
            throw new AccountFileException(fileName, 1, $"the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}");

        return store.InTransaction(() => Apply(fileName, table, actor));
    }

    private AccountImportResult Apply(string fileName, CsvTable table, string actor)
    {
        var bad = new List<BadAccountRow>();
        var accepted = new List<AccountRow>();
        var firstRowOf = new Dictionary<string, AccountRow>(StringComparer.Ordinal);   // account id → its first good row
        var cardSeen = new Dictionary<string, AccountRow>(StringComparer.Ordinal);     // card digits → the row that listed it

        foreach (var csvRow in table.Rows)
        {
            var (row, problem) = AccountRow.Parse(table, csvRow);
            if (row is null) { bad.Add(new(csvRow.Line, problem!)); continue; }

            if (firstRowOf.TryGetValue(row.AccountId, out var first) && !SameAccountFields(first, row))
            {
                bad.Add(new(row.Line, $"account {row.AccountId}'s fields differ from line {first.Line}"));
                continue;
            }
            if (cardSeen.TryGetValue(row.Card.Digits, out var earlier))
            {
                if (earlier.AccountId != row.AccountId)
                    bad.Add(new(row.Line, $"card {row.Card.Masked} is already on account {earlier.AccountId} (line {earlier.Line})"));
                else if (earlier.CardStatus != row.CardStatus)
                    bad.Add(new(row.Line, $"card {row.Card.Masked} is listed twice with different statuses (line {earlier.Line})"));
                continue;
            }
            var owner = store.Accounts.Query().Where("$.Cards[*].Number ANY = @0", row.Card.Digits).ToList().FirstOrDefault(a => a.Id != row.AccountId);
            if (owner is not null)
            {
                bad.Add(new(row.Line, $"card {row.Card.Masked} is already on account {owner.Id}"));
                continue;
            }
            firstRowOf.TryAdd(row.AccountId, row);
            cardSeen[row.Card.Digits] = row;
            accepted.Add(row);
        }

        int created = 0, updated = 0, unchanged = 0, cardsAdded = 0;
        var audit = new AuditLog(store, time);
        var changes = new List<(CardAccount Before, CardAccount After)>();
        foreach (var group in accepted.GroupBy(r => r.AccountId, StringComparer.Ordinal))
        {
            var existing = store.Accounts.FindById(group.Key);
            var cards = existing?.Cards.ToList() ?? [];
            foreach (var row in group)
            {
                var at = cards.FindIndex(c => c.Number == row.Card.Digits);
                var card = new AccountCard { Number = row.Card.Digits, Status = row.CardStatus };
                if (at >= 0) cards[at] = card;
                else { cards.Add(card); cardsAdded++; }
            }
            var account = group.First().ToAccount(cards);
            if (existing is null)
            {
                store.Accounts.Insert(account);
                created++;
            }
            else if (Same(existing, account))
            {
                unchanged++;
            }
            else
            {
                store.Accounts.Update(account);
                changes.Add((existing, account));
                updated++;
            }
        }

        if (created + updated > 0)
        {
            audit.Append(AuditKinds.AccountsImported, actor, $"file:{fileName}",
                after: $"created {created}, updated {updated}, unchanged {unchanged}, cards added {cardsAdded}, bad rows {bad.Count}");
            foreach (var (before, after) in changes)
                audit.Append(AuditKinds.AccountsImported, actor, $"account:{after.Id}", Summary(before), Summary(after), $"file:{fileName}");
        }
        return new AccountImportResult
        {
            File = fileName,
            Rows = table.Rows.Count,
            Created = created,
            Updated = updated,
            Unchanged = unchanged,
            CardsAdded = cardsAdded,
            BadRows = bad,
        };
    }

    private static bool SameAccountFields(AccountRow a, AccountRow b) =>
        a.HolderName == b.HolderName && a.CompanyName == b.CompanyName && a.Type == b.Type && a.Language == b.Language
        && a.Province == b.Province && a.Email == b.Email && a.StatementBalance == b.StatementBalance
        && a.MinimumDue == b.MinimumDue && a.DueDate == b.DueDate;

    /// <summary>Field by field, cards in order: record equality would compare the card lists by reference.</summary>
    private static bool Same(CardAccount a, CardAccount b) =>
        a.Id == b.Id && a.HolderName == b.HolderName && a.CompanyName == b.CompanyName && a.Type == b.Type
        && a.Language == b.Language && a.Province == b.Province && a.Email == b.Email
        && a.StatementBalance == b.StatementBalance && a.MinimumDue == b.MinimumDue && a.DueDate == b.DueDate
        && a.Cards.SequenceEqual(b.Cards);

    /// <summary>An account for the audit trail: its fields and its cards masked.</summary>
    private static string Summary(CardAccount a) => string.Join("; ",
        $"holder {a.HolderName}", $"company {a.CompanyName}", $"type {a.Type}", $"language {a.Language}",
        $"province {a.Province}", $"email {a.Email}",
        $"balance {a.StatementBalance.ToString(CultureInfo.InvariantCulture)}",
        $"minimum {a.MinimumDue.ToString(CultureInfo.InvariantCulture)}", $"due {a.DueDate:yyyy-MM-dd}",
        "cards " + string.Join(", ", a.Cards.Select(c => $"{c.Masked} {c.Status.ToString().ToLowerInvariant()}")));
}
