using OpsBot.Skills.Accounts;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Ingest;

namespace OpsBot.Tests.Accounts;

public class AccountImportTests
{
    private static string AccountsFile(string name) => IngestTestKit.FixturePath("Accounts", name);

    private static AccountImport Import(OpsStore store) => new(store, IngestTestKit.Clock());

    [Fact]
    public void An_account_file_in_any_column_order_lands_with_every_card_of_each_account()
    {
        using var store = OpsStore.InMemory();

        var result = Import(store).ImportFile(AccountsFile("accounts.csv"));

        Assert.Equal((7, 5, 0, 0, 7), (result.Rows, result.Created, result.Updated, result.Unchanged, result.CardsAdded));
        Assert.Empty(result.BadRows);
        var marie = store.Accounts.FindById("A1001");
        Assert.Equal(("Marie Tremblay", "fr", "QC", 1234.56m, 45.00m, new DateOnly(2026, 12, 15)),
            (marie.HolderName, marie.Language, marie.Province, marie.StatementBalance, marie.MinimumDue, marie.DueDate));
        Assert.Equal([CardStatus.Active, CardStatus.Replaced], marie.Cards.Select(c => c.Status));
        Assert.Equal("6781", marie.Cards[1].LastFour); // spaces in the card number are ignored
        var sean = store.Accounts.FindById("A1002");
        Assert.Equal(("O'Brien, Sean", "Northwind Traders, Ltd.", AccountType.Corporate), (sean.HolderName, sean.CompanyName, sean.Type));
        Assert.Null(store.Accounts.FindById("A1003").DueDate);
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_line_numbers_and_the_good_rows_still_land()
    {
        using var store = OpsStore.InMemory();
        Import(store).ImportFile(AccountsFile("accounts.csv"));

        var result = Import(store).ImportFile(AccountsFile("accounts-bad.csv"));

        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 11, 14, 15], result.BadRows.Select(b => b.Line));
        string Reason(int line) => result.BadRows.Single(b => b.Line == line).Reason;
        Assert.Contains("ending 0005 fails the Luhn check", Reason(3));
        Assert.Contains("has 14 digits, not 15", Reason(4));
        Assert.Contains("does not start with 34 or 37", Reason(5));
        Assert.Contains("card_status 'lost'", Reason(6));
        Assert.Contains("language 'es'", Reason(7));
        Assert.Contains("due_date '15/12/2026'", Reason(8));
        Assert.Contains("already on account B2001 (line 2)", Reason(9));
        Assert.Contains("B2001's fields differ from line 2", Reason(11));
        Assert.Contains("account_id is blank", Reason(14));
        Assert.Contains("already on account A1002", Reason(15));
        Assert.Equal((2, 3), (result.Created, result.CardsAdded));
        Assert.Equal(2, store.Accounts.FindById("B2001").Cards.Count);
        Assert.Equal("Lee Holdings\nInc.", store.Accounts.FindById("B2009").CompanyName?.ReplaceLineEndings("\n"));
        Assert.Null(store.Accounts.FindById("B2002"));
        Assert.Single(store.Accounts.FindById("A1002").Cards); // the other account's card did not move
    }

    [Fact]
    public void No_reason_for_a_bad_row_shows_a_full_card_number()
    {
        using var store = OpsStore.InMemory();
        Import(store).ImportFile(AccountsFile("accounts.csv"));

        var result = Import(store).ImportFile(AccountsFile("accounts-bad.csv"));

        Assert.False(result.BadRows.Any(b => IngestTestKit.HoldsFullCardNumber(b.Reason)), "a bad-row reason shows a full card number");
    }

    [Fact]
    public void Importing_the_same_file_again_changes_nothing_not_even_the_audit_trail()
    {
        using var store = OpsStore.InMemory();
        Import(store).ImportFile(AccountsFile("accounts.csv"));
        var accounts = store.Accounts.FindAll().OrderBy(a => a.Id).Select(Describe).ToList();
        var events = store.AuditEvents.Count();

        var again = Import(store).ImportFile(AccountsFile("accounts.csv"));

        Assert.Equal((0, 0, 5, 0), (again.Created, again.Updated, again.Unchanged, again.CardsAdded));
        Assert.Equal(accounts, store.Accounts.FindAll().OrderBy(a => a.Id).Select(Describe));
        Assert.Equal(events, store.AuditEvents.Count());
    }

    [Fact]
    public void A_changed_row_updates_the_account_and_audits_before_and_after_with_cards_masked()
    {
        using var store = OpsStore.InMemory();
        Import(store).ImportFile(AccountsFile("accounts.csv"));
        var changed = File.ReadAllText(AccountsFile("accounts.csv")).Replace("1234.56,45.00", "1300.00,50.00");

        var result = Import(store).Import("accounts-2.csv", changed);

        Assert.Equal((1, 4), (result.Updated, result.Unchanged));
        Assert.Equal(1300.00m, store.Accounts.FindById("A1001").StatementBalance);
        var audit = store.AuditEvents.FindOne(e => e.Subject == "account:A1001");
        Assert.Equal(AuditKinds.AccountsImported, audit.Kind);
        Assert.Contains("balance 1234.56", audit.Before);
        Assert.Contains("balance 1300.00", audit.After);
        Assert.Contains("•••• •••••• •1006 active", audit.After);
        Assert.False(IngestTestKit.HoldsFullCardNumber(audit.Before + audit.After), "the audit event shows a full card number");
    }

    [Fact]
    public void A_new_card_for_an_existing_account_is_added_and_a_status_change_is_applied()
    {
        using var store = OpsStore.InMemory();
        Import(store).ImportFile(AccountsFile("accounts.csv"));
        var newCard = TestCards.Generate(42, "37");
        var csv = string.Join('\n',
            "account_id,card_number,card_status,holder_name,company_name,account_type,language,province,email,statement_balance,minimum_due,due_date",
            $"A1003,{newCard},active,Jean-François Côté,,personal,fr,QC,jf.cote@example.ca,0.00,0.00,",
            "A1003,370000998877668,replaced,Jean-François Côté,,personal,fr,QC,jf.cote@example.ca,0.00,0.00,");

        var result = Import(store).Import("replacement.csv", csv);

        Assert.Equal((1, 1), (result.Updated, result.CardsAdded));
        var account = store.Accounts.FindById("A1003");
        Assert.Equal([CardStatus.Replaced, CardStatus.Active], account.Cards.Select(c => c.Status));
        Assert.True(account.CurrentCard!.Number == newCard, "the new card is not the current one");
    }

    [Fact]
    public void A_file_missing_a_column_is_refused_whole()
    {
        using var store = OpsStore.InMemory();

        var error = Assert.Throws<AccountFileException>(() =>
            Import(store).Import("short.csv", $"account_id,card_number,card_status,holder_name\nA1,{TestCards.Generate(5)},active,X\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains("lacks the columns company_name, account_type", error.Reason);
        Assert.Equal(0, store.Accounts.Count());
    }

    [Fact]
    public void An_unclosed_quote_is_refused_with_the_line_it_opens_on()
    {
        using var store = OpsStore.InMemory();
        var csv = File.ReadAllText(AccountsFile("accounts.csv")).Replace("\"O'Brien, Sean\"", "\"O'Brien, Sean");

        var error = Assert.Throws<AccountFileException>(() => Import(store).Import("broken.csv", csv));

        Assert.Equal(4, error.Line);
        Assert.Equal(0, store.Accounts.Count());
    }

    private static string Describe(CardAccount a) =>
        $"{a.Id}|{a.HolderName}|{a.CompanyName}|{a.Type}|{a.Language}|{a.Province}|{a.Email}|{a.StatementBalance}|{a.MinimumDue}|{a.DueDate}|"
        + string.Join(",", a.Cards.Select(c => c.LastFour + ":" + c.Status));
}
