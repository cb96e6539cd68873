using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Bot.Ingest;

/// <summary>How the host gets the payments core: call these where services are registered. They need an OpsStore singleton.</summary>
public static class IngestRegistration
{
    /// <summary>
    /// IngestService, AccountImport, AccountDirectory, PaymentQueries, and the default IAutoApplyPolicy (none).
    /// Register a different IAutoApplyPolicy before calling this to replace the default.
    /// </summary>
    public static IServiceCollection AddPaymentsCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAutoApplyPolicy>(NoAutoApply.Instance);
        // The host's ReferenceSeal when it registers one; otherwise the key file beside the store (the same key).
        services.TryAddSingleton(sp => new IngestService(
            sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IAutoApplyPolicy>(),
            sp.GetService<ReferenceSeal>()));
        services.TryAddSingleton(sp => new AccountImport(sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new AccountDirectory(sp.GetRequiredService<OpsStore>()));
        services.TryAddSingleton(sp => new PaymentQueries(sp.GetRequiredService<OpsStore>()));
        return services;
    }

    /// <summary>The payments core and the hosted service that ingests files dropped in Ingest:Inbox.</summary>
    public static IServiceCollection AddInboxWatcher(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPaymentsCore();
        services.TryAddSingleton(InboxWatcherOptions.From(configuration));
        services.AddHostedService<InboxWatcher>();
        return services;
    }
}
