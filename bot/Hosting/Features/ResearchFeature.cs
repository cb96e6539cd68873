using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Research;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Access;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Lookup;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;
using OpsBot.Skills.Storage;

namespace OpsBot.Bot.Hosting.Features;

/// <summary>
/// Research in Teams: the host's one research index (built on the first research, rebuilt when accounts are imported,
/// see <see cref="ResearchIndexCache"/>), the research dialog, its intent ("research BR…", "qui a payé BR…"), its
/// buttons (<c>payment.research</c>, <c>research.more</c>, <c>research.none</c>), its help line.
/// </summary>
public static class ResearchFeature
{
    public static IServiceCollection AddResearchFeature(this IServiceCollection services)
    {
        // Lazy: nothing is read until someone asks, so the host starts at once whatever the size of the book.
        services.AddSingleton(sp => new ResearchIndexCache(
            sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<ReferenceSeal>(), sp.GetRequiredService<TimeProvider>()));
        // Shared with other features (TryAdd): who may read, the payments, the accounts.
        services.TryAddSingleton(sp => Roles.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => new AccessPolicy(sp.GetRequiredService<Roles>()));
        services.TryAddSingleton<PaymentLookup>();
        services.TryAddSingleton(sp => new AccountDirectory(sp.GetRequiredService<OpsStore>()));
        services.AddHostedService<ResearchIndexWarmUp>();
        // Ingest's second opinion: credits nothing unless Research:AutoApply:Repairs is on (registered before the
        // payments core, whose default is no auto-apply).
        services.AddSingleton<IAutoApplyPolicy>(sp => new ResearchAutoApply(
            sp.GetRequiredService<ResearchIndexCache>().Current, AutoApplySettings.From(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton<ResearchCards>();
        services.AddSingleton<ResearchPresenter>();
        services.AddSingleton<Dialog, ResearchDialog>();
        services.AddSingleton(new IntentRoute(Intents.Research, ResearchDialog.DialogId));
        services.AddSingleton<ICardActionHandler, ResearchCardActions>();
        services.AddSingleton(new HelpTopic(
            new Bilingual("Research who a payment belongs to", "Trouver à qui appartient un paiement"),
            new Bilingual(
                "“research BR2611300000017”, “who paid BR2611300000017”, or the Research button of a payment",
                $"{Texts.QuoteFr("qui a payé BR2611300000017\u00A0?")}, {Texts.QuoteFr("enquête BR2611300000017")}, ou le bouton Rechercher le titulaire d'un paiement")));
        return services;
    }
}

/// <summary>
/// Builds the research index in the background as the host starts, so that the first "research BR…" of the day
/// answers within Teams' time limit instead of waiting for the whole book of accounts to be read.
/// </summary>
internal sealed class ResearchIndexWarmUp(ResearchIndexCache cache, ILogger<ResearchIndexWarmUp> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            cache.Current();
            log.LogInformation("Research index ready in {Seconds:0.0} s.", started.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The first research will try again; the host keeps serving everything else.
            log.LogWarning("The research index could not be built at start: {Problem}", e.Message);
        }
    }, stoppingToken);
}
