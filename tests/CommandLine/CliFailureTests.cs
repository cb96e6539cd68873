using OpsBot.Bot.CommandLine;

namespace OpsBot.Tests.CommandLine;

public class CliFailureTests
{
    [Fact]
    public async Task A_store_that_cannot_be_opened_is_one_line_on_stderr_and_a_non_zero_exit()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var blocker = Path.GetTempFileName(); // a file where the store's folder should be

        var exit = await Cli.RunAsync(["payments", "--db", Path.Combine(blocker, "opsbot.db")], stdout, stderr);

        Assert.Equal(1, exit);
        var lines = stderr.ToString().TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0]);
        Assert.DoesNotContain("   at ", stderr.ToString());
        File.Delete(blocker);
    }

    [Fact]
    public async Task An_unknown_command_names_itself_and_points_to_help()
    {
        var stderr = new StringWriter();

        var exit = await Cli.RunAsync(["frobnicate"], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("'frobnicate'", stderr.ToString());
        Assert.Contains("help", stderr.ToString());
    }
}
