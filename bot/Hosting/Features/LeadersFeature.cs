using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsBot.Bot.Leaders;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Leaders;
using OpsBot.Dialogs.Status;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Access;
using OpsBot.Skills.Calendar;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Proactive;
using OpsBot.Skills.Reconciliation;
using OpsBot.Skills.Status;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.Hosting.Features;

/// <summary>
/// The leaders' view (issue 7): the queue status card, the daily controls checklist, escalations, and the proactive
/// digest and alerts posted to the leaders (see <see cref="LeadersAudience"/> for where). Settings: Sla:*, Status:*,
/// Leaders:*, Alerts:*, Controls:Items (skills/Status/README.md), Roles:* (who may do what).
/// </summary>
public static class LeadersFeature
{
    public static IServiceCollection AddLeadersFeature(this IServiceCollection services)
    {
        // Shared with other features: whoever registers first wins, the instance is the same either way.
        services.TryAddSingleton(sp => Roles.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => new AccessPolicy(sp.GetRequiredService<Roles>()));
        services.TryAddSingleton(sp => new Reconciler(sp.GetRequiredService<OpsStore>()));

        // Settings, read once at start: a bad value stops the host with a message naming the key.
        services.TryAddSingleton(sp => StatusSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => LeadersSettings.From(sp.GetRequiredService<IConfiguration>()));

        // The skills.
        services.TryAddSingleton(sp => new QueueStatusService(sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<OpsClock>(),
            sp.GetRequiredService<StatusSettings>()));
        services.TryAddSingleton(sp => new DailyControls(sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<OpsClock>(),
            ControlChecklist.From(sp.GetRequiredService<IConfiguration>()), new BusinessCalendar(sp.GetRequiredService<StatusSettings>().Holidays)));
        services.TryAddSingleton(sp => new EscalationService(sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<OpsClock>()));
        services.TryAddSingleton(sp => new NoticeLedger(sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ConversationStops(sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ReconciledDays>();
        services.AddSingleton(sp => new LeadersWatch(sp.GetRequiredService<OpsClock>(), sp.GetRequiredService<LeadersSettings>(),
            sp.GetRequiredService<QueueStatusService>(), sp.GetRequiredService<DailyControls>(), sp.GetRequiredService<NoticeLedger>(),
            new DigestComposer(sp.GetRequiredService<QueueStatusService>(), sp.GetRequiredService<ReconciledDays>().Flow)));

        // Reaching the leaders: the audience, the sender over the Bot Framework, and two channels: the dialogs' (a
        // user waits: few, short retries) and the proactive round's (nobody waits: Teams' full backoff).
        services.AddSingleton<LeadersAccess>();
        services.AddSingleton<ITeamRoster, DirectoryRoster>();
        services.AddSingleton<LeadersAudience>();
        services.TryAddSingleton<IProactiveSender, MessengerSender>();
        services.AddSingleton<ILeadersChannel>(sp => Channel(sp, LeadersChannel.InTurn()));
        services.AddSingleton<NoticeMessages>();
        services.AddHostedService(sp => new LeadersPostingService(sp.GetRequiredService<LeadersWatch>(), Channel(sp, new RetryPolicy()),
            sp.GetRequiredService<NoticeMessages>(), sp.GetRequiredService<LeadersSettings>(), sp.GetRequiredService<OpsClock>(),
            sp.GetRequiredService<ILogger<LeadersPostingService>>()));

        // The conversation: dialogs, what starts them, the Tick button, the help lines.
        services.AddSingleton<Dialog, StatusDialog>();
        services.AddSingleton<Dialog, ControlsDialog>();
        services.AddSingleton<Dialog, EscalationDialog>();
        services.AddSingleton(LeadersIntents.ControlsPattern);
        services.AddSingleton(new IntentRoute(Intents.Status, StatusDialog.DialogId));
        services.AddSingleton(new IntentRoute(Intents.Escalate, EscalationDialog.DialogId));
        services.AddSingleton(new IntentRoute(LeadersIntents.Controls, ControlsDialog.DialogId));
        services.AddSingleton<ICardActionHandler, ControlsCardActions>();
        services.AddSingleton(new HelpTopic(
            new Bilingual("Queue status", "État de la file"),
            new Bilingual("“status”, “how are we doing today”", $"{Texts.QuoteFr("état de la file")}, {Texts.QuoteFr("où en est-on")}")));
        services.AddSingleton(new HelpTopic(
            new Bilingual("Daily controls", "Contrôles quotidiens"),
            new Bilingual("“controls”: see and tick today's checklist", $"{Texts.QuoteFr("contrôles")}{Texts.Nbsp}: voir et cocher la liste du jour")));
        services.AddSingleton(new HelpTopic(
            new Bilingual("Escalate to the leaders", "Signaler aux chefs d'équipe"),
            new Bilingual("“escalate: BR2611300000017 customer disputes the credit”",
                Texts.QuoteFr($"escalade{Texts.Nbsp}: BR2611300000017 le client conteste le crédit"))));
        return services;
    }

    private static LeadersChannel Channel(IServiceProvider sp, RetryPolicy policy) => new(
        sp.GetRequiredService<LeadersAudience>(), sp.GetRequiredService<IProactiveSender>(), sp.GetRequiredService<ConversationStops>(),
        policy, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LeadersChannel>>());
}
