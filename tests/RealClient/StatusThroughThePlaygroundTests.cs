using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace OpsBot.RealClient.Tests;

/// <summary>
/// The leaders' status card through Microsoft's Teams-like client: as Teams' service receives it, and as its
/// Adaptive Card renderer draws it in a browser (the ageing chart, or its fallback where charts are not drawn).
/// The bot runs as a local trial (no roles configured), so the playground's user holds every role.
/// </summary>
[Collection(RealClientCollection.Name)]
public sealed class StatusThroughThePlaygroundTests(RealClientFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    private static IEnumerable<JsonObject> Elements(JsonObject container) =>
        (container["body"] ?? container["items"] ?? new JsonArray()).AsArray().OfType<JsonObject>()
            .SelectMany(e => Elements(e).Prepend(e));

    [Fact]
    public async Task Status_comes_back_as_a_card_with_its_charts_and_their_fallbacks()
    {
        var mark = Client.Mark;
        await Client.SayAsync("queue status");

        // The card that answers, not a digest the proactive service may post meanwhile (in a local trial everyone leads).
        var reply = await Client.WaitForAsync(mark, m =>
            PlaygroundClient.Card(m)?["fallbackText"]?.GetValue<string>().StartsWith("Queue status", StringComparison.Ordinal) == true);

        var card = PlaygroundClient.Card(reply)!;
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.StartsWith("Queue status — ", card["fallbackText"]!.GetValue<string>());
        var chart = Elements(card).Single(e => e["type"]!.GetValue<string>() == "Chart.VerticalBar");
        Assert.Equal(5, chart["data"]!.AsArray().Count);
        Assert.Equal("FactSet", chart["fallback"]!["type"]!.GetValue<string>());
    }
}

/// <summary>
/// The status card drawn by the playground's web page in Chromium. Its own bot and playground: opening the page
/// installs the app in the personal chat, which would take the welcome the API tests wait for.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StatusInTheBrowserTests(RealClientFixture fixture)
{
    [Fact]
    public async Task In_the_browser_the_status_card_draws_its_ageing_chart()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 2600 } });
        await page.GotoAsync(fixture.Playground.ToString());
        await page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat" }).First.ClickAsync(new() { Timeout = 30_000 });

        var compose = page.Locator("div[role=\"textbox\"][contenteditable=\"true\"]").First;
        await compose.ClickAsync();
        await compose.FillAsync("status");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send Message" }).ClickAsync();

        var card = page.Locator(".fai-OutputCard .ac-adaptiveCard").Filter(new() { HasText = "Queue status" }).Last;
        await card.WaitForAsync(new() { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(1500);   // let the chart finish drawing before the screenshot (the page is tall enough for the card)
        await card.ScreenshotAsync(new() { Path = Path.Combine(RealClientFixture.Artifacts, "status-card.png") });

        var text = await card.InnerTextAsync();
        var drawn = await card.Locator("svg").CountAsync();
        await File.WriteAllTextAsync(Path.Combine(RealClientFixture.Artifacts, "status-card.txt"), $"svg elements: {drawn}\n{text}");
        // Teams' renderer draws the chart (an SVG), with each band on its axis; a client without charts would have
        // shown the fallback's facts instead.
        Assert.True(drawn > 0, "The ageing chart was not drawn: " + text);
        Assert.Contains("Business days since receipt", text);
        foreach (var band in new[] { "Today", "1 day", "2 days", "3–5 days", "Over 5 days" })
            Assert.Contains(band, text);
        Assert.Contains("Unapplied", text);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<RealClientFixture>
{
    public const string Name = "real client in a browser";
}
