using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Lookup;

namespace OpsBot.Bot.Hosting.Features;

/// <summary>Payment lookup: the skill, its dialogs, the intents that start them, its buttons, its help line.</summary>
public static class LookupFeature
{
    public static IServiceCollection AddLookupFeature(this IServiceCollection services)
    {
        services.AddSingleton<PaymentLookup>();
        services.AddSingleton<LookupCards>();
        services.AddSingleton<LookupPresenter>();
        services.AddSingleton<Dialog, LookupDialog>();
        services.AddSingleton<Dialog, LookupMoreDialog>();
        services.AddSingleton(new IntentRoute(Intents.Lookup, LookupDialog.DialogId));
        services.AddSingleton(new IntentRoute(Intents.More, LookupMoreDialog.DialogId));
        services.AddSingleton<ICardActionHandler, LookupCardActions>();
        services.AddSingleton(new HelpTopic(
            new Bilingual("Look payments up", "Trouver des paiements"),
            new Bilingual(
                "“find BR2611300000017”, “payments from Tremblay yesterday”, “unapplied over 5000”, “card ending 1005”",
                $"{Texts.QuoteFr("trouve BR2611300000017")}, {Texts.QuoteFr("paiements de 250 $ reçus hier")}, {Texts.QuoteFr("non appliqués de plus de 5000 $")}, {Texts.QuoteFr("carte se terminant par 1005")}")));
        return services;
    }
}
