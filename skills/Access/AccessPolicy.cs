namespace OpsBot.Skills.Access;

/// <summary>What someone may do.</summary>
public enum Permission { Read, Allocate, Approve, Lead, SignOff, DraftEmails }

/// <summary>
/// The one place that says which role may do what, so the dialogs and the services that enforce it agree.
/// Anyone with a role reads; analysts and approvers move money (approvers never their own: that is the services'
/// maker-checker rule, not a role); approvers approve; leaders lead; leaders and approvers sign a day off;
/// everyone but leaders drafts emails to customers.
/// </summary>
public sealed class AccessPolicy(Roles roles)
{
    private static readonly IReadOnlyDictionary<Permission, Role[]> WhoMay = new Dictionary<Permission, Role[]>
    {
        [Permission.Read] = [Role.Analyst, Role.Approver, Role.Leader, Role.Agent],
        [Permission.Allocate] = [Role.Analyst, Role.Approver],
        [Permission.Approve] = [Role.Approver],
        [Permission.Lead] = [Role.Leader],
        [Permission.SignOff] = [Role.Leader, Role.Approver],
        [Permission.DraftEmails] = [Role.Analyst, Role.Approver, Role.Agent],
    };

    public Roles Roles { get; } = roles;

    public bool Can(Actor actor, Permission permission)
    {
        var held = Roles.Of(actor);
        return WhoMay[permission].Any(held.Contains);
    }

    public bool CanRead(Actor actor) => Can(actor, Permission.Read);
    public bool CanAllocate(Actor actor) => Can(actor, Permission.Allocate);
    public bool CanApprove(Actor actor) => Can(actor, Permission.Approve);
    public bool CanLead(Actor actor) => Can(actor, Permission.Lead);
    public bool CanSignOff(Actor actor) => Can(actor, Permission.SignOff);
    public bool CanDraftEmails(Actor actor) => Can(actor, Permission.DraftEmails);

    /// <summary>The roles that grant <paramref name="permission"/>, to tell someone refused whom to ask.</summary>
    public static IReadOnlyList<Role> RolesFor(Permission permission) => WhoMay[permission];
}
