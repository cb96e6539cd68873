using Microsoft.Playwright;

namespace OpsBot.RealClient.Tests;

/// <summary>
/// What a person sees: the playground's own page in headless Chromium renders the bot's Adaptive Cards with Teams'
/// renderer, and clicking a card's button acts. Screenshots of each step are kept under artifacts/screenshots.
/// </summary>
[Collection(RealClientCollection.Name)]
public sealed class BrowserTests(RealClientFixture fixture) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private static readonly string Screenshots = Path.Combine(RealClientFixture.RepoRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        _page.SetDefaultTimeout(30_000);
        await _page.GotoAsync(fixture.Playground.ToString());
        await _page.GetByRole(AriaRole.Treeitem, new PageGetByRoleOptions { Name = "Personal Chat" }).First.ClickAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private async Task SendAsync(string text)
    {
        var compose = _page.Locator("div[role=\"textbox\"][contenteditable=\"true\"]").First;
        await compose.ClickAsync();
        await compose.FillAsync(text);
        await compose.PressAsync("Enter");
    }

    private ILocator BotBubble(string containing) => _page.Locator(".fai-OutputCard").Filter(new LocatorFilterOptions { HasText = containing });

    private Task ShotAsync(string name) => _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task Help_typed_in_the_chat_is_answered_in_a_bot_bubble()
    {
        await SendAsync("help");

        var bubble = BotBubble("Here is what I can do");
        await bubble.Last.WaitForAsync();
        await ShotAsync("01-help");

        Assert.Contains("Look payments up", await bubble.Last.InnerTextAsync());
    }

    [Fact]
    public async Task A_result_card_renders_and_its_details_button_opens_the_payment()
    {
        await SendAsync("unapplied over 100");
        var results = _page.Locator(".fai-OutputCard .ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "payments found" }).Last;
        await results.WaitForAsync();
        await ShotAsync("02-results-card");

        var details = results.GetByRole(AriaRole.Button).Filter(new LocatorFilterOptions { HasText = "Details · " }).First;
        var title = await details.InnerTextAsync();
        var reference = title[(title.IndexOf("BR", StringComparison.Ordinal))..].Trim();
        await details.ClickAsync();

        var detail = _page.Locator(".fai-OutputCard .ac-adaptiveCard")
            .Filter(new LocatorFilterOptions { HasText = reference })
            .Filter(new LocatorFilterOptions { Has = _page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Allocate" }) }).Last;
        await detail.WaitForAsync();
        await ShotAsync("03-detail-card");

        var text = await detail.InnerTextAsync();
        Assert.Contains(reference, text);
        Assert.Contains("Research", text);
        Assert.DoesNotMatch(@"(?<!\d)3[47]\d{13}(?!\d)", await _page.ContentAsync());
    }
}
