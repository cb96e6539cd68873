using System.Globalization;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Ingest.Csv;

namespace OpsBot.Skills.Accounts;

/// <summary>One row of an account file: one card of one account, with the account's fields repeated.</summary>
internal sealed record AccountRow
{
    public required int Line { get; init; }
    public required string AccountId { get; init; }
    public required CardNumber Card { get; init; }
    public required CardStatus CardStatus { get; init; }
    public required string HolderName { get; init; }
    public string? CompanyName { get; init; }
    public required AccountType Type { get; init; }
    public required string Language { get; init; }
    public string? Province { get; init; }
    public string? Email { get; init; }
    public decimal StatementBalance { get; init; }
    public decimal MinimumDue { get; init; }
    public DateOnly? DueDate { get; init; }

    public static readonly string[] Columns =
    [
        "account_id", "card_number", "card_status", "holder_name", "company_name", "account_type", "language",
        "province", "email", "statement_balance", "minimum_due", "due_date",
    ];

    private static readonly HashSet<string> Provinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

    /// <summary>The account's own fields, which every row of the same account must repeat identically.</summary>
    public CardAccount ToAccount(IReadOnlyList<AccountCard> cards) => new()
    {
        Id = AccountId,
        HolderName = HolderName,
        CompanyName = CompanyName,
        Type = Type,
        Language = Language,
        Province = Province,
        Email = Email,
        StatementBalance = StatementBalance,
        MinimumDue = MinimumDue,
        DueDate = DueDate,
        Cards = cards,
    };

    /// <summary>The row, or the reasons it is bad (never quoting a card number).</summary>
    public static (AccountRow? Row, string? Problem) Parse(CsvTable table, CsvRow row)
    {
        if (row.Fields.Count != table.Header.Count)
            return (null, $"the row has {row.Fields.Count} fields, the header {table.Header.Count}");
        string V(string column) => CsvTable.Value(row, table.ColumnOf(column));
        string? Optional(string column) => V(column) is { Length: > 0 } s ? s : null;
        var problems = new List<string>();

        var id = V("account_id");
        if (id.Length == 0) problems.Add("account_id is blank");

        var card = ParseCard(V("card_number"), problems);

        CardStatus? status = V("card_status").ToLowerInvariant() switch
        {
            "active" => CardStatus.Active,
            "replaced" => CardStatus.Replaced,
            "cancelled" or "canceled" => CardStatus.Cancelled,
            "closed" => CardStatus.Closed,
            _ => null,
        };
        if (status is null) problems.Add($"card_status {Q(V("card_status"))} is not active, replaced, cancelled or closed");

        var holder = V("holder_name");
        if (holder.Length == 0) problems.Add("holder_name is blank");
        if (CardMask.ContainsPanLike(holder) || CardMask.ContainsPanLike(V("company_name")))
            problems.Add("a name holds a card-length number");

        AccountType? type = V("account_type").ToLowerInvariant() switch
        {
            "personal" => AccountType.Personal,
            "corporate" => AccountType.Corporate,
            _ => null,
        };
        if (type is null) problems.Add($"account_type {Q(V("account_type"))} is not personal or corporate");

        var language = V("language").ToLowerInvariant();
        if (language is not ("en" or "fr")) problems.Add($"language {Q(V("language"))} is not en or fr");

        var province = Optional("province")?.ToUpperInvariant();
        if (province is not null && !Provinces.Contains(province)) problems.Add($"province {Q(province)} is not a Canadian province or territory code");

        var email = Optional("email");
        if (email is not null && !LooksLikeEmail(email)) problems.Add($"email {Q(email)} is not an email address");

        var balance = Money(V("statement_balance"), "statement_balance", problems);
        var minimum = Money(V("minimum_due"), "minimum_due", problems);
        if (minimum < 0) problems.Add("minimum_due is negative");

        DateOnly? due = null;
        if (Optional("due_date") is { } dueText)
        {
            if (DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) due = d;
            else problems.Add($"due_date {Q(dueText)} is not a date as yyyy-mm-dd");
        }

        if (problems.Count > 0) return (null, string.Join("; ", problems));
        return (new AccountRow
        {
            Line = row.Line,
            AccountId = id,
            Card = card!.Value,
            CardStatus = status!.Value,
            HolderName = holder,
            CompanyName = Optional("company_name"),
            Type = type!.Value,
            Language = language,
            Province = province,
            Email = email,
            StatementBalance = balance,
            MinimumDue = minimum,
            DueDate = due,
        }, null);
    }

    /// <summary>A value from the file in a message: masked, in case a card number sits in the wrong column.</summary>
    private static string Q(string value) => "'" + CardMask.MaskText(value) + "'";

    private static CardNumber? ParseCard(string text, List<string> problems)
    {
        if (text.Length == 0) { problems.Add("card_number is blank"); return null; }
        if (text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-')))
        {
            problems.Add("card_number holds characters other than digits, spaces and dashes");
            return null;
        }
        if (CardNumber.TryParse(text, out var card, out var problem)) return card;
        var digits = CardReference.DigitsOnly(text);
        problems.Add(problem switch
        {
            CardNumberProblem.WrongLength => $"card_number has {digits.Length} digits, not {CardNumber.Length}",
            CardNumberProblem.NotAmex => $"card_number ending {digits[^4..]} does not start with 34 or 37",
            CardNumberProblem.FailsLuhn => $"card_number ending {digits[^4..]} fails the Luhn check",
            _ => "card_number is not a card number",
        });
        return null;
    }

    private static decimal Money(string text, string column, List<string> problems)
    {
        if (text.Length == 0) return 0m;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
                CultureInfo.InvariantCulture, out var value) && decimal.Round(value, 2) == value)
            return value;
        problems.Add($"{column} {Q(text)} is not an amount such as 1234.56");
        return 0m;
    }

    private static bool LooksLikeEmail(string text)
    {
        var at = text.IndexOf('@');
        return at > 0 && at == text.LastIndexOf('@') && at < text.Length - 3 && text.IndexOf('.', at) > at + 1
               && !text.Any(char.IsWhiteSpace);
    }
}
