using Microsoft.Bot.Builder;
using OpsBot.Bot.Hosting;
using OpsBot.Dialogs.Understanding;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>
/// A conversation with the bot in the terminal, through the same dialogs and the same store as Teams. Reads stdin
/// until it ends, so it can be scripted: `printf 'help\naide\n' | dotnet run --project bot -- chat`.
/// </summary>
internal sealed class ChatVerb : IVerb
{
    public string Name => "chat";
    public string Usage => "chat [--db PATH] [--conversation ID] [--user NAME] [--locale fr-CA]";
    public string Summary => "Chat with the bot in the terminal (cards as text, buttons as numbers).";

    public async Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        var configuration = StoreOptions.Configuration(args);
        await using var services = new ServiceCollection().AddOpsBot(configuration).BuildServiceProvider();
        await OpsBotServices.StartAsync(services, CancellationToken.None);

        var adapter = new ConsoleChatAdapter(output.Out, services.GetRequiredService<CardNumberMasking>(), new ConsoleChatAdapter.Who(
            Conversation: args.Option("conversation") ?? "console",
            User: args.Option("user") ?? Environment.UserName,
            Locale: args.Option("locale") ?? "en-CA"));
        var bot = services.GetRequiredService<IBot>();
        // Input typed at a terminal is already on the screen; scripted input is echoed so the transcript reads well.
        var echo = !ReferenceEquals(output.In, Console.In) || Console.IsInputRedirected;

        await adapter.StartAsync(bot, CancellationToken.None);
        while (await output.In.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            await adapter.SayAsync(line.Trim(), bot, echo, CancellationToken.None);
        }
        return 0;
    }
}
