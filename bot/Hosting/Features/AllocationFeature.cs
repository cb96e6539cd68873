using OpsBot.Dialogs.Allocations;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Reconciliation;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Access;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Reconciliation;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpsBot.Bot.Hosting.Features;

/// <summary>
/// Allocation in Teams: allocate (in full or split), approvals, reversal, return, "my requests", and the day's
/// reconciliation with its sign-off. Needs the composition root's Roles and AccessPolicy.
/// </summary>
public static class AllocationFeature
{
    public static IServiceCollection AddAllocationFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // The skills.
        services.AddSingleton(_ => AllocationSettings.FromConfiguration(configuration));
        services.AddSingleton(sp => new AllocationService(sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<AccessPolicy>(),
            sp.GetRequiredService<AllocationSettings>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new AccountDirectory(sp.GetRequiredService<OpsStore>()));
        services.AddSingleton(sp => new Reconciler(sp.GetRequiredService<OpsStore>()));
        services.AddSingleton(sp => new DaySignOffs(sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<AccessPolicy>(), sp.GetRequiredService<OpsClock>()));

        // Telling makers what approvers decided.
        services.TryAddSingleton<ChatLanguage>();
        services.TryAddSingleton<IPersonalChats, PersonalChats>();
        services.AddSingleton<MakerNotices>();

        // Dialogs, cards, buttons.
        services.AddSingleton<AllocationCards>();
        services.AddSingleton<AllocationDecisions>();
        services.AddSingleton<ReconciliationCard>();
        services.AddSingleton<DaySigning>();
        services.AddSingleton<Dialog, AllocateDialog>();
        services.AddSingleton<Dialog, ReversalDialog>();
        services.AddSingleton<Dialog, ReturnDialog>();
        services.AddSingleton<Dialog, ApprovalsDialog>();
        services.AddSingleton<Dialog, MyRequestsDialog>();
        services.AddSingleton<Dialog, RejectReasonDialog>();
        services.AddSingleton<Dialog, ReconcileDialog>();
        services.AddSingleton<Dialog, SignOffExplanationDialog>();
        services.AddSingleton<ICardActionHandler, AllocationCardActions>();
        services.AddSingleton<ICardActionHandler, SignOffActions>();

        // What starts them.
        foreach (var pattern in AllocationIntents.Patterns) services.AddSingleton(pattern);
        services.AddSingleton(new IntentRoute(Intents.Allocate, AllocateDialog.DialogId));
        services.AddSingleton(new IntentRoute(AllocationIntents.Reverse, ReversalDialog.DialogId));
        services.AddSingleton(new IntentRoute(AllocationIntents.Return, ReturnDialog.DialogId));
        services.AddSingleton(new IntentRoute(Intents.Approvals, ApprovalsDialog.DialogId));
        services.AddSingleton(new IntentRoute(AllocationIntents.MyRequests, MyRequestsDialog.DialogId));
        services.AddSingleton(new IntentRoute(Intents.Reconcile, ReconcileDialog.DialogId));

        services.AddSingleton(new HelpTopic(
            new Bilingual("Allocate, approve, reverse, return", "Imputer, approuver, contrepasser, retourner"),
            new Bilingual(
                "“allocate BR2611300000017 to A0001234”, “allocate BR… 100 to A0000001 and 50.25 to A0000002”, “approvals”, “my requests”, “reverse allocation 12 because …”, “return BR… to sender: not our customer”",
                $"{Texts.QuoteFr("applique BR2611300000017 au compte A0001234")}, {Texts.QuoteFr("répartir BR… 100 $ au compte A0000001 et 50,25 $ au compte A0000002")}, {Texts.QuoteFr("à approuver")}, {Texts.QuoteFr("mes demandes")}, {Texts.QuoteFr("annuler l'affectation 12 : …")}, {Texts.QuoteFr("retourner BR… à l'expéditeur : …")}")));
        services.AddSingleton(new HelpTopic(
            new Bilingual("Reconcile a day", "Rapprocher une journée"),
            new Bilingual("“reconcile today”, “reconcile yesterday”, “reconcile November 30”",
                $"{Texts.QuoteFr("rapprochement")}, {Texts.QuoteFr("rapprochement d'hier")}, {Texts.QuoteFr("rapprochement du 30 novembre")}")));
        return services;
    }
}
