using System.Text;
using Microsoft.Extensions.Time.Testing;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Research;

public class ResearchAutoApplyTests
{
    private static readonly string Card = ResearchFixture.Card("37123456789012");
    private static readonly string OtherCard = ResearchFixture.Card("34987612345678");

    private static OpsStore Store()
    {
        var store = OpsStore.InMemory();
        store.Accounts.Insert(new CardAccount { Id = "A-1", HolderName = "Jean Tremblay", Cards = [new AccountCard { Number = Card, Status = CardStatus.Active }] });
        store.Accounts.Insert(new CardAccount { Id = "A-2", HolderName = "Geneviève Côté", Cards = [new AccountCard { Number = OtherCard, Status = CardStatus.Active }] });
        return store;
    }

    private static byte[] Csv(params (string Id, string Reference, string Payer)[] rows)
    {
        var sb = new StringBuilder("payment_id,received_date,amount,currency,channel,payer_name,reference,memo\n");
        foreach (var (id, reference, payer) in rows) sb.Append($"{id},2026-11-30,150.00,CAD,bill-payment,{payer},{reference},\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static (IngestResult Result, OpsStore Store) Ingest(AutoApplySettings settings)
    {
        var store = Store();
        var seal = new ReferenceSeal(new byte[32]);
        var cache = new ResearchIndexCache(store, seal, new FakeTimeProvider());
        var ingest = new IngestService(store, new FakeTimeProvider(), new ResearchAutoApply(cache.Current, settings), seal);
        var result = ingest.Ingest("day.csv", Csv(
            ("BR1", ResearchFixture.Mistype(Card, 6), "JEAN TREMBLAY"),
            ("BR2", "ending " + OtherCard[^4..], "GENEVIEVE COTE"),
            ("BR3", "", "JEAN TREMBLAY")));
        return (result, store);
    }

    [Fact]
    public void With_repairs_on_ingest_credits_a_confidently_repaired_card_number_and_nothing_else()
    {
        var (result, store) = Ingest(new AutoApplySettings { Repairs = true });
        using var _ = store;

        Assert.Equal((1, 2), (result.AutoApplied, result.Queued));
        var repaired = store.Payments.FindOne(p => p.BankReference == "BR1");
        Assert.Equal(PaymentStatus.Applied, repaired.Status);
        var allocation = store.Allocations.FindOne(a => a.PaymentId == repaired.Id);
        Assert.Equal("A-1", allocation.AccountId);
        Assert.Contains("research, confidence", allocation.Note);
        Assert.Contains("card ending " + Card[^4..], allocation.Note);
        Assert.Equal(PaymentStatus.Unapplied, store.Payments.FindOne(p => p.BankReference == "BR2").Status);
    }

    [Fact]
    public void With_the_default_settings_research_credits_nothing_at_ingest()
    {
        var (result, store) = Ingest(AutoApplySettings.Default);
        using var _ = store;
        Assert.Equal((0, 3), (result.AutoApplied, result.Queued));
    }

    [Fact]
    public void The_cache_rebuilds_after_an_account_import_and_not_before()
    {
        using var store = Store();
        var time = new FakeTimeProvider();
        var cache = new ResearchIndexCache(store, null, time);
        var first = cache.Current();
        Assert.Same(first, cache.Current());

        store.Accounts.Insert(new CardAccount { Id = "A-3", HolderName = "Luc Roy", Cards = [new AccountCard { Number = ResearchFixture.Card("37661234509876"), Status = CardStatus.Active }] });
        new AuditLog(store, time).Append(AuditKinds.AccountsImported, "import", "file:accounts.csv", after: "1 account");
        var second = cache.Current();
        Assert.NotSame(first, second);
        Assert.Equal(3, second.Index.AccountCount);

        time.Advance(TimeSpan.FromHours(2));
        Assert.NotSame(second, cache.Current());
    }
}
