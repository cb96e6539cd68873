using OpsBot.Bot.Hosting;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>The default verb: serves Teams on http://localhost:3978 (or --urls / ASPNETCORE_URLS).</summary>
internal sealed class ServeVerb : IVerb
{
    public string Name => "serve";
    public string Usage => "serve [--urls URL] [--db PATH]";
    public string Summary => "Serve Teams: POST /api/messages, GET /healthz (the default command).";

    public async Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        var hostArgs = args.Raw.Length > 0 && string.Equals(args.Raw[0], Name, StringComparison.OrdinalIgnoreCase) ? args.Raw[1..] : args.Raw;
        if (args.Option("db") is { } db) hostArgs = [.. hostArgs, $"--Storage:Path={db}"];
        var app = OpsBotWebApp.Create(hostArgs);
        await OpsBotServices.StartAsync(app.Services, CancellationToken.None);
        await app.RunAsync();
        return 0;
    }
}
