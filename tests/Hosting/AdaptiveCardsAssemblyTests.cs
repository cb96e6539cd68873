using OpsBot.Tests.Support;

namespace OpsBot.Tests.Hosting;

public class AdaptiveCardsAssemblyTests
{
    /// <summary>
    /// Microsoft.Bot.Schema refers to the AdaptiveCards package, which cannot be restored here; cards are built as
    /// JSON instead. Building, sending and serializing a card must never make the runtime load that assembly.
    /// </summary>
    [Fact]
    public async Task Building_and_sending_cards_never_loads_the_AdaptiveCards_assembly()
    {
        using var bot = new BotHarness();
        bot.AddPayment("BR2611300000017", BotHarness.Today, 250m, "Marie Tremblay");
        bot.AddPayment("BR2611300000018", BotHarness.Today, 250m, "Marie Tremblay");
        var cards = 0;

        await bot.Flow()
            .Send("payments from Tremblay").AssertReply(a => { cards += BotHarness.CardOf(a) is null ? 0 : 1; Newtonsoft.Json.JsonConvert.SerializeObject(a); })
            .Send("find BR2611300000017").AssertReply(a => { cards += BotHarness.CardOf(a) is null ? 0 : 1; Newtonsoft.Json.JsonConvert.SerializeObject(a); })
            .StartTestAsync();

        Assert.Equal(2, cards);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "AdaptiveCards");
    }
}
