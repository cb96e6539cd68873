using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpsBot.RealClient.Tests;

/// <summary>Looking payments up through the Teams-like client: the card renders data, and its buttons act.</summary>
[Collection(RealClientCollection.Name)]
public sealed partial class LookupThroughThePlaygroundTests(RealClientFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [GeneratedRegex(@"(?<!\d)3[47]\d{13}(?!\d)")]
    private static partial Regex FullAmexNumber();

    private async Task<JsonObject> AnUnappliedPaymentAsync()
    {
        // The bot seeded the demo day on its empty store; the command line reads the same store beside it.
        var json = JsonNode.Parse(await fixture.RunCliAsync("payments", "--status", "unapplied", "--json"))!.AsArray();
        return json.OfType<JsonObject>().First(p => p["payerName"] is not null && p["reference"] is not null);
    }

    [Fact]
    public async Task Finding_a_payment_by_its_bank_reference_shows_its_detail_card_with_the_reference_masked()
    {
        var payment = await AnUnappliedPaymentAsync();
        var bankReference = payment["bankReference"]!.GetValue<string>();

        var mark = Client.Mark;
        await Client.SayAsync("find " + bankReference);
        var reply = await Client.WaitForAsync(mark, m => PlaygroundClient.CardText(m).Contains(bankReference));

        var card = PlaygroundClient.Card(reply)!;
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var text = PlaygroundClient.CardText(reply);
        Assert.Contains(payment["payerName"]!.GetValue<string>(), text);
        Assert.DoesNotMatch(FullAmexNumber(), text);
        Assert.Contains(card["actions"]!.AsArray(), a => a!["title"]!.GetValue<string>() == "Research");
    }

    [Fact]
    public async Task Pressing_details_on_a_result_card_brings_the_payments_detail_card()
    {
        var mark = Client.Mark;
        await Client.SayAsync("unapplied over 100");
        var results = await Client.WaitForAsync(mark, m => PlaygroundClient.CardText(m).Contains("Details · "));
        var details = AllActions(PlaygroundClient.Card(results)!).First(a => a["title"]!.GetValue<string>().StartsWith("Details · ", StringComparison.Ordinal));
        var shownReference = details["title"]!.GetValue<string>()["Details · ".Length..];

        var pressed = Client.Mark;
        await Client.SubmitAsync(results["messageId"]!.GetValue<string>(), details["data"]!);
        var detail = await Client.WaitForAsync(pressed, m => PlaygroundClient.CardText(m).Contains(shownReference));

        Assert.DoesNotContain("Details · ", PlaygroundClient.CardText(detail));
        Assert.Contains(AllActions(PlaygroundClient.Card(detail)!), a => a["title"]!.GetValue<string>() == "Allocate");
    }

    private static IEnumerable<JsonObject> AllActions(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is "Action.Submit" or "Action.Execute" =>
            new[] { o }.Concat(o.Select(kv => kv.Value).Where(v => v is not null).SelectMany(v => AllActions(v!))),
        JsonObject o => o.Select(kv => kv.Value).Where(v => v is not null).SelectMany(v => AllActions(v!)),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => AllActions(v!)),
        _ => [],
    };
}
