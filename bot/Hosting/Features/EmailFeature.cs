using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Emails;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Access;
using OpsBot.Skills.Emails;
using OpsBot.Skills.Lookup;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.Hosting.Features;

/// <summary>
/// Customer emails in Teams: the skill (settings from the <c>Email</c> section), who may draft, the draft and rewrite
/// dialogs, the intents that start them, the email buttons (<c>payment.email</c> included), the help line.
/// </summary>
public static class EmailFeature
{
    public static IServiceCollection AddEmailFeature(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            return EmailSettings.Read(key => configuration[key]);
        });
        services.AddSingleton(sp => new CustomerEmails(
            sp.GetRequiredService<OpsStore>(), sp.GetRequiredService<EmailSettings>(), sp.GetRequiredService<OpsClock>(),
            seal: sp.GetRequiredService<ReferenceSeal>()));
        // Who may draft: the access skill's roles (Roles:* settings). TryAdd, because the allocation feature needs the
        // same policy and may register it first.
        services.TryAddSingleton(sp => Roles.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => new AccessPolicy(sp.GetRequiredService<Roles>()));
        services.TryAddSingleton<IEmailPermission, RoleEmailPermission>();
        // The default template reads who credited the payment through the lookup skill.
        services.TryAddSingleton<PaymentLookup>();
        services.AddSingleton<EmailCards>();
        services.AddSingleton<EmailPresenter>();
        services.AddSingleton<Dialog, EmailDialog>();
        services.AddSingleton<Dialog, EmailRewriteDialog>();
        services.AddSingleton(new IntentPattern(EmailRewriteDialog.Intent, EmailRewriteDialog.Typed()));
        services.AddSingleton(new IntentRoute(Intents.Email, EmailDialog.DialogId));
        services.AddSingleton(new IntentRoute(EmailRewriteDialog.Intent, EmailRewriteDialog.DialogId));
        services.AddSingleton<ICardActionHandler, EmailCardActions>();
        services.AddSingleton(new HelpTopic(
            new Bilingual("Draft customer emails", "Rédiger des courriels aux clients"),
            new Bilingual(
                "“email BR2611300000017 fr”, “email BR2611300000017 both”, “email BR2611300000017 query-ack case CS-2026-0042”, or the Email button of a payment",
                $"{Texts.QuoteFr("courriel pour BR2611300000017 en anglais")}, {Texts.QuoteFr("courriel BR2611300000017 les deux")}, ou le bouton Courriel d'un paiement")));
        return services;
    }
}
