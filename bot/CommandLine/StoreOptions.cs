using Microsoft.Extensions.Configuration;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.CommandLine;

/// <summary>Configuration for the command line: appsettings.json, the environment, then --db.</summary>
public static class StoreOptions
{
    public static IConfiguration Configuration(CliArgs args) =>
        new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(args.Option("db") is { } db ? [new("Storage:Path", db)] : [])
            .Build();

    public static string StorePath(IConfiguration configuration) =>
        configuration["Storage:Path"] is { Length: > 0 } path ? path : OpsStore.DefaultPath;

    public static OpsStore Open(CliArgs args) => new(StorePath(Configuration(args)));

    /// <summary>Canada's clock in the configured time zone (OpsBot:TimeZone, America/Toronto by default).</summary>
    public static OpsClock Clock(IConfiguration configuration) =>
        new(TimeProvider.System, OpsClock.FindZone(configuration["OpsBot:TimeZone"]));
}
