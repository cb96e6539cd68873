using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Proactive;
using OpsBot.Skills.Time;

namespace OpsBot.Dialogs.Leaders;

/// <summary>
/// "escalate: BR2611300000017 the customer disputes the credit" / "escalade : …": records the escalation (an audit
/// event, with the payments its text names), posts it to the leaders with who and when, and tells the analyst. Asks
/// what to escalate when the message says nothing after the verb.
/// </summary>
public sealed partial class EscalationDialog : WaterfallDialog
{
    public const string DialogId = "leaders.escalate";

    private static readonly Bilingual WhatToEscalate = new(
        "What should I escalate to the leaders? Say what is wrong and name the payments by their bank reference (BR…).",
        $"Que dois-je signaler aux chefs d'équipe{Texts.Nbsp}? Dites ce qui ne va pas et nommez les paiements par leur référence bancaire (BR…).");

    public EscalationDialog(EscalationService escalations, LeadersAccess access, ILeadersChannel leaders, LeadersSettings settings, OpsClock clock)
        : base(DialogId, Steps(escalations, access, leaders, settings, clock)) { }

    [GeneratedRegex(@"^\s*(escalate|escalade[rz]?|escalader)\b\s*[:\uFF1A]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    private static WaterfallStep[] Steps(EscalationService escalations, LeadersAccess access, ILeadersChannel leaders, LeadersSettings settings, OpsClock clock) =>
    [
        async (step, ct) =>
        {
            if (!access.CanRead(Actors.ActorOf(step.Dialog.Context.Activity)))
            {
                await step.SendAsync(LeadersAccess.NoRole, ct);
                return await step.EndAsync(null, ct);
            }
            // The text as the router read it: a pasted card number is already masked.
            var said = step.Dialog.Understood?.Text ?? step.Dialog.Context.Activity.Text ?? "";
            var what = EscalationCommand.TryParse(said, out var text, out _) ? text : Verb().Replace(said, "", 1).Trim();
            if (what.Length > 0) return await step.NextAsync(what, ct);
            return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = step.Dialog.Say(WhatToEscalate) }, ct);
        },
        async (step, ct) =>
        {
            var dc = step.Dialog;
            var actor = Actors.ActorOf(dc.Context.Activity)!;
            var text = step.ResultAs<string>() ?? "";
            // The message's id makes the escalation happen once even if the dialog host runs this turn again.
            var requestId = $"{dc.Context.Activity.Conversation?.Id}|{dc.Context.Activity.Id ?? Guid.NewGuid().ToString("N")}";
            var earlier = escalations.ForRequest(requestId);
            Escalation escalation;
            try
            {
                escalation = earlier ?? escalations.Escalate(actor.Id, text, actor.DisplayName, requestId);
            }
            catch (LeadersException e)
            {
                await dc.SendAsync(e.In(dc.Language), ct);
                return await step.EndAsync(null, ct);
            }

            var delivery = earlier is null
                ? await leaders.PostAsync(() => LeadersCards.Escalation(escalation, settings.Language, clock.Zone), ct)
                : null;
            var reply = LeadersText.EscalationConfirmation(escalation, dc.Language);
            if (delivery is { NowhereToPost: true })
                reply = dc.Say(NotPosted) + " " + dc.Say(NoLeadersConversation);
            else if (delivery is { Delivered: false })
                reply = dc.Say(NotPosted) + " " + dc.Say(PostFailed(delivery));
            await dc.SendAsync(reply, ct);
            return await step.EndAsync(null, ct);
        },
    ];

    private static readonly Bilingual NotPosted = new(
        "Your escalation is recorded in the audit trail,",
        "Votre signalement est consigné dans la piste d'audit,");

    private static readonly Bilingual NoLeadersConversation = new(
        "but I know no leaders' channel yet and no leader has chatted with me, so nobody was notified: please tell a leader directly.",
        $"mais je ne connais encore aucun canal des chefs d'équipe et aucun chef ne m'a écrit, donc personne n'a été avisé{Texts.Nbsp}: prévenez un chef directement.");

    private static Bilingual PostFailed(LeadersDelivery delivery)
    {
        if (delivery.Outcome.Result is PostResult.Stopped or PostResult.Skipped)
            return new(
                "but the leaders' conversation has removed or blocked me, so nobody was notified: please tell a leader directly.",
                $"mais la conversation des chefs d'équipe m'a retiré ou bloqué, donc personne n'a été avisé{Texts.Nbsp}: prévenez un chef directement.");
        var status = delivery.Outcome.LastFailure?.StatusCode is { } code ? $" (HTTP {code})" : "";
        return new(
            $"but Teams did not take the post to the leaders just now{status}: please tell a leader directly.",
            $"mais Teams n'a pas accepté le message aux chefs d'équipe pour l'instant{status}{Texts.Nbsp}: prévenez un chef directement.");
    }
}
