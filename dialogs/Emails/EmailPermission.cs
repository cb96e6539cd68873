using Microsoft.Bot.Schema;
using OpsBot.Skills.Access;

namespace OpsBot.Dialogs.Emails;

/// <summary>
/// Who may draft customer emails: asked before every draft, language switch and rewrite. One seam, so that a test or
/// another policy can stand in; the host's is <see cref="RoleEmailPermission"/>.
/// </summary>
public interface IEmailPermission
{
    Task<bool> MayDraftEmailsAsync(ChannelAccount user, CancellationToken cancellationToken);
}

/// <summary>
/// The access skill's rule (<see cref="Permission.DraftEmails"/>): analysts, approvers and agents draft, leaders do
/// not, someone with no role does nothing. Keyed on the Teams user's AAD object id, as every right is.
/// </summary>
public sealed class RoleEmailPermission(AccessPolicy access) : IEmailPermission
{
    public Task<bool> MayDraftEmailsAsync(ChannelAccount user, CancellationToken cancellationToken)
    {
        var id = user.AadObjectId ?? user.Id;
        return Task.FromResult(!string.IsNullOrWhiteSpace(id) && access.CanDraftEmails(new Actor(id, user.Name)));
    }
}
