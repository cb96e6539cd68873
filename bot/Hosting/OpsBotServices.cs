using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsBot.Bot.CommandLine;
using OpsBot.Bot.Hosting.Features;
using OpsBot.Bot.Ingest;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Access;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.Hosting;

/// <summary>
/// The one composition root: the Teams host (serve) and the console chat (chat) both build their services here.
/// A feature adds ONE line to <see cref="AddOpsBot"/> calling its own <c>Add…Feature</c> (see Features/), which
/// registers its services, dialogs, intent routes, card-action handlers and help topics.
/// </summary>
public static class OpsBotServices
{
    public static IServiceCollection AddOpsBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(configuration);
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        // The domain: one store, Canada's clock, the key that seals references.
        services.AddSingleton(_ => new OpsStore(StoreOptions.StorePath(configuration)));
        services.AddSingleton(sp => new OpsClock(sp.GetRequiredService<TimeProvider>(), OpsClock.FindZone(configuration["OpsBot:TimeZone"])));
        services.AddSingleton(sp => ReferenceSeal.ForStore(sp.GetRequiredService<OpsStore>().Path));
        // Who may do what (Roles:Analysts/Approvers/Leaders/Agents, keyed on AAD object ids), for every feature.
        services.AddSingleton(_ => Roles.FromConfiguration(configuration));
        services.AddSingleton<AccessPolicy>();
        services.AddSingleton<IStartupSeeder, RolesNotice>();

        // The dialog layer: state in the store, the recognizer, the root of every conversation, the prompts.
        services.AddSingleton<IStorage, LiteDbStorage>();
        services.AddSingleton(sp => new OpsRecognizer(sp.GetRequiredService<OpsClock>(), sp.GetServices<IntentPattern>()));
        services.AddSingleton(sp => new DialogSet(sp.GetServices<Dialog>()));
        services.AddSingleton<UserPreferences>();
        services.AddSingleton<HelpCatalog>();
        services.AddSingleton<ConversationRouter>();
        services.AddSingleton<ITurnRunner>(sp => sp.GetRequiredService<ConversationRouter>());
        services.AddSingleton<DialogHost>();
        services.AddSingleton<AccessGate>();
        services.AddSingleton<CardNumberMasking>();
        services.AddSingleton<Dialog, TextPrompt>();
        services.AddSingleton<Dialog, ChoicePrompt>();
        services.AddSingleton<Dialog, ConfirmPrompt>();
        services.AddSingleton<Dialog, AmountPrompt>();
        services.AddSingleton<Dialog, DatePrompt>();

        // Features, one line each. Help lists their topics in this order.
        services.AddLookupFeature();
        services.AddResearchFeature();
        services.AddAllocationFeature(configuration);
        services.AddEmailFeature();
        services.AddLeadersFeature();
        services.AddInboxWatcher(configuration);
        services.AddDemoFeature(configuration);

        // The Bot Framework host: authentication from MicrosoftAppType/Id/Password/TenantId, the adapter, the bot.
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            configuration, logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.AddSingleton<OpsBotAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<OpsBotAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<OpsBotAdapter>());
        services.AddSingleton<ConversationDirectory>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<IBot, OpsTeamsBot>();
        return services;
    }

    /// <summary>True when no MicrosoftAppId is set: the bot then accepts unauthenticated requests (local use).</summary>
    public static bool IsOpen(IConfiguration configuration) => string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    /// <summary>What every entry point does before it takes requests: seeds an empty store (see <see cref="IStartupSeeder"/>).</summary>
    public static async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var seeder in services.GetServices<IStartupSeeder>())
            await seeder.SeedAsync(cancellationToken);
    }
}

/// <summary>
/// Runs before the bot takes its first message (serve and chat). The demo-data seeder registers itself as one
/// (<c>services.AddSingleton&lt;IStartupSeeder, DemoSeeder&gt;()</c> in its feature) and does nothing on a store
/// that already holds data.
/// </summary>
public interface IStartupSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
