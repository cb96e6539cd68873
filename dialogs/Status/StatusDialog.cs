using OpsBot.Dialogs.Conversation;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Leaders;
using OpsBot.Skills.Status;

namespace OpsBot.Dialogs.Status;

/// <summary>
/// "queue status", "status", "how are we doing today", "état de la file", "où en est-on": the queue now, as the
/// status card (charts where Teams draws them, the same numbers as text where it does not), for anyone on the team.
/// </summary>
public sealed class StatusDialog(QueueStatusService status, LeadersAccess access, ITeamRoster roster) : Dialog(DialogId)
{
    public const string DialogId = "status";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        if (!access.CanRead(Actors.ActorOf(dc.Context.Activity)))
            await dc.SendAsync(LeadersAccess.NoRole, cancellationToken);
        else
            await dc.SendAsync(StatusMessage.Of(StatusCard.Build(status.Now(), dc.Language, roster.Names())), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
