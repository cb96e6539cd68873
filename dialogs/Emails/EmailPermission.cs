using Microsoft.Bot.Schema;

namespace OpsBot.Dialogs.Emails;

/// <summary>
/// Who may draft customer emails. The single seam for roles: the access feature (not merged when emails reached
/// Teams) registers its own implementation; until then <see cref="AnyoneMayDraftEmails"/> lets every user draft.
/// Asked before every draft, language switch and rewrite.
/// </summary>
public interface IEmailPermission
{
    Task<bool> MayDraftEmailsAsync(ChannelAccount user, CancellationToken cancellationToken);
}

/// <summary>The default while no role store exists: every analyst of the team may draft.</summary>
public sealed class AnyoneMayDraftEmails : IEmailPermission
{
    public Task<bool> MayDraftEmailsAsync(ChannelAccount user, CancellationToken cancellationToken) => Task.FromResult(true);
}
