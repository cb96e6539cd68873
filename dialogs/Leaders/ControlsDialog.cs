using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Status;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Time;

namespace OpsBot.Dialogs.Leaders;

/// <summary>"controls" / "contrôles": today's checklist, what is done and by whom, with a Tick button on what is not.</summary>
public sealed class ControlsDialog(DailyControls controls, LeadersAccess access, OpsClock clock) : Dialog(DialogId)
{
    public const string DialogId = "leaders.controls";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        if (!access.CanRead(Actors.ActorOf(dc.Context.Activity)))
            await dc.SendAsync(LeadersAccess.NoRole, cancellationToken);
        else
            await dc.SendAsync(StatusMessage.Of(ControlsCard.Build(controls.On(), clock.Today, dc.Language, clock.Zone)), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}

/// <summary>
/// The Tick button. Ticking is idempotent: the first tick of a control for the day stands (with its audit event), a
/// second press only says who ticked it. A card left over from another day does not tick today's control by mistake:
/// it is answered with today's checklist.
/// </summary>
public sealed class ControlsCardActions(DailyControls controls, LeadersAccess access, OpsClock clock) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [ControlsCard.TickVerb];

    public async Task HandleAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        var actor = Actors.ActorOf(dc.Context.Activity);
        if (!access.CanRead(actor) || !access.CanTick(actor))
        {
            await AnswerAsync(dc, action, dc.Say(access.CanRead(actor) ? LeadersAccess.TickRefused : LeadersAccess.NoRole), cancellationToken);
            return;
        }

        var today = clock.Today;
        var controlId = action.Data.Value<string>("controlId") ?? "";
        string notice;
        if (action.Data.Value<string>("day") != Skills.Formatting.CanadianFormat.IsoDate(today))
        {
            notice = dc.Say(new Bilingual(
                "That card was for another day. Here are today's controls: tick them here.",
                $"Cette carte était celle d'un autre jour. Voici les contrôles d'aujourd'hui{Texts.Nbsp}: cochez-les ici."));
        }
        else
        {
            try
            {
                var result = controls.Tick(controlId, actor!.Id, actor.DisplayName);
                var label = controls.Find(controlId).Label(dc.Language);
                var quoted = dc.Language == Languages.French ? Texts.QuoteFr(label) : Texts.QuoteEn(label);
                notice = result.AlreadyTicked
                    ? dc.Say(new Bilingual(
                        $"{quoted} was already ticked by {result.Tick.ByName ?? result.Tick.By}; nothing changed.",
                        $"{quoted} était déjà coché par {result.Tick.ByName ?? result.Tick.By}{Texts.Nbsp}; rien n'a changé."))
                    : dc.Say(new Bilingual(
                        $"Ticked {quoted}, in your name, in the audit trail.",
                        $"{quoted} est coché à votre nom et consigné dans la piste d'audit."));
            }
            catch (LeadersException e)
            {
                await AnswerAsync(dc, action, e.In(dc.Language), cancellationToken);
                return;
            }
        }

        var card = ControlsCard.Build(controls.On(), today, dc.Language, clock.Zone, notice);
        if (action.IsExecute) dc.ReplacementCard = card;
        else await dc.SendAsync(StatusMessage.Of(card), cancellationToken);
    }

    private static Task AnswerAsync(DialogContext dc, CardActionRequest action, string text, CancellationToken cancellationToken)
    {
        if (!action.IsExecute) return dc.SendAsync(text, cancellationToken);
        dc.InvokeMessage = text;
        return Task.CompletedTask;
    }
}
