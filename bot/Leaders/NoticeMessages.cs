using Microsoft.Bot.Schema;
using OpsBot.Dialogs.Leaders;
using OpsBot.Skills.Leaders;

namespace OpsBot.Bot.Leaders;

/// <summary>Turns a notice of the proactive round into the message posted, in the leaders' language (<c>Leaders:Language</c>).</summary>
public sealed class NoticeMessages(LeadersSettings settings, ReconciledDays reconciled, ITeamRoster roster)
{
    public IActivity For(LeadersNotice notice) => notice switch
    {
        DigestNotice d => LeadersCards.Digest(d.Digest, reconciled.Last(d.Digest.PreviousDay.Date), settings.Language, roster.Names()),
        _ => LeadersCards.Alert(notice, settings.Language),
    };
}
