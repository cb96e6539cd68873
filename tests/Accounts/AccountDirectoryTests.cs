using OpsBot.Skills.Accounts;
using OpsBot.Tests.Ingest;

namespace OpsBot.Tests.Accounts;

public class AccountDirectoryTests
{
    [Fact]
    public void An_account_is_found_by_its_id_or_by_any_of_its_card_numbers()
    {
        using var store = IngestTestKit.StoreWithAccounts();
        var directory = new AccountDirectory(store);
        var marie = directory.FindById("A1001")!;

        Assert.Equal("A1001", directory.FindByCardNumber(marie.Cards[0].Number)?.Id);
        Assert.Equal("A1001", directory.FindByCardNumber(marie.Cards[1].Number)?.Id); // the replaced card
        Assert.Equal("Marie Tremblay", marie.HolderName);
        Assert.Equal(5, directory.Count());
        Assert.Equal(["A1001", "A1002", "A1003", "A1004", "A1005"], directory.All().Select(a => a.Id));
    }

    [Fact]
    public void Unknown_ids_and_card_numbers_find_nothing()
    {
        using var store = IngestTestKit.StoreWithAccounts();
        var directory = new AccountDirectory(store);

        Assert.Null(directory.FindById("NOPE"));
        Assert.Null(directory.FindById(" "));
        Assert.Null(directory.FindByCardNumber(TestCards.Generate(7)));
        Assert.Empty(directory.AccountsWithCard(""));
    }
}
