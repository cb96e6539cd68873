using OpsBot.Skills.Accounts;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Storage;

public class OpsStoreTests
{
    [Fact]
    public void An_account_comes_back_with_its_cards_and_is_found_by_any_card_number()
    {
        using var store = OpsStore.InMemory();
        store.Accounts.Insert(new CardAccount
        {
            Id = "A0000001",
            HolderName = "Marie Tremblay",
            StatementBalance = 1234.56m,
            DueDate = new DateOnly(2026, 12, 15),
            Cards =
            [
                new AccountCard { Number = "371449635398431", Status = CardStatus.Replaced },
                new AccountCard { Number = "378282246310005", Status = CardStatus.Active },
            ],
        });

        var found = store.Accounts.FindOne("$.Cards[*].Number ANY = @0", "371449635398431");

        Assert.NotNull(found);
        Assert.Equal("A0000001", found.Id);
        Assert.Equal(1234.56m, found.StatementBalance);
        Assert.Equal(new DateOnly(2026, 12, 15), found.DueDate);
        Assert.Equal("0005", found.CurrentCard!.LastFour);
    }

    [Fact]
    public void A_failed_transaction_leaves_nothing_behind()
    {
        using var store = OpsStore.InMemory();
        Assert.Throws<InvalidOperationException>(() => store.InTransaction(() =>
        {
            store.Payments.Insert(new Payment
            {
                BankReference = "BR1", ReceivedOn = new DateOnly(2026, 11, 30), Amount = 10m,
                SourceFile = "f", Format = "csv",
            });
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal(0, store.Payments.Count());
    }
}
