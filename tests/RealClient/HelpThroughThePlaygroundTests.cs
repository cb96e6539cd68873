namespace OpsBot.RealClient.Tests;

/// <summary>Help and welcome, through Microsoft's Teams-like client, in both languages.</summary>
[Collection(RealClientCollection.Name)]
public sealed class HelpThroughThePlaygroundTests(RealClientFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task Installing_the_app_gets_a_welcome()
    {
        var mark = Client.Mark;
        await Client.InstallAsync();

        var welcome = await Client.WaitForAsync(mark, m => PlaygroundClient.Text(m).Contains("OpsBot"));

        Assert.Contains("payments-operations assistant", PlaygroundClient.Text(welcome));
    }

    [Fact]
    public async Task Help_in_english_lists_what_the_bot_can_do_in_english()
    {
        var mark = Client.Mark;
        await Client.SayAsync("help");

        var reply = await Client.WaitForAsync(mark, m => PlaygroundClient.Text(m).Contains("Here is what I can do"));

        Assert.Contains("cancel", PlaygroundClient.Text(reply));
    }

    [Fact]
    public async Task Aide_in_french_lists_what_the_bot_can_do_in_french()
    {
        var mark = Client.Mark;
        await Client.SayAsync("aide");

        var reply = await Client.WaitForAsync(mark, m => PlaygroundClient.Text(m).Contains("Voici ce que je peux faire"));

        Assert.Contains("annuler", PlaygroundClient.Text(reply));
        Assert.DoesNotContain("Here is what I can do", PlaygroundClient.Text(reply));
        // Back to English for the tests that follow in this conversation.
        var back = Client.Mark;
        await Client.SayAsync("English");
        await Client.WaitForAsync(back, _ => true);
    }
}
