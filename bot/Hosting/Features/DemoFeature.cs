using OpsBot.Skills.Demo;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.Hosting.Features;

/// <summary>On an empty store, serve and chat start with the demo day, so a first run has something to show.</summary>
public static class DemoFeature
{
    public static IServiceCollection AddDemoFeature(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.Equals(configuration["Demo:SeedEmptyStore"], "false", StringComparison.OrdinalIgnoreCase))
            services.AddSingleton<IStartupSeeder, DemoSeeder>();
        return services;
    }
}

internal sealed class DemoSeeder(OpsStore store, OpsClock clock, ILogger<DemoSeeder> log) : IStartupSeeder
{
    public Task SeedAsync(CancellationToken cancellationToken)
    {
        var demo = new DemoData(store, clock);
        if (!demo.StoreIsEmpty) return Task.CompletedTask;
        var result = demo.Seed(actor: "demo");
        log.LogInformation("The store was empty: seeded the demo day ({Payments} payments, {AutoApplied} credited straight through, {Queued} to research) from {Folder}. Set Demo:SeedEmptyStore=false to start empty.",
            result.Payments, result.AutoApplied, result.Queued, result.Folder);
        return Task.CompletedTask;
    }
}
