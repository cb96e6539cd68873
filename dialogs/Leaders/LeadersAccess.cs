using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Access;

namespace OpsBot.Dialogs.Leaders;

/// <summary>
/// Who may use the leaders' view. Reading the status and the controls checklist, and escalating, is for anyone who
/// holds a role (reading the team's numbers harms nothing, and an analyst needs them to plan the day); ticking a
/// control is for those who do the work or answer for it: analysts, approvers and leaders. Someone with no role
/// is refused everything.
/// </summary>
public sealed class LeadersAccess(AccessPolicy policy)
{
    public bool CanRead(Actor? actor) => actor is not null && policy.CanRead(actor);

    public bool CanTick(Actor? actor) => actor is not null && (policy.CanAllocate(actor) || policy.CanLead(actor));

    public static readonly Bilingual NoRole = new(
        "This is for the payments team, and your Teams account holds no OpsBot role. Ask your team leader to add you.",
        $"C'est réservé à l'équipe des paiements, et votre compte Teams n'a aucun rôle dans OpsBot. Demandez à votre chef d'équipe de vous ajouter.");

    public static readonly Bilingual TickRefused = new(
        "Daily controls are ticked by analysts, approvers and leaders; your role lets you see them, not tick them.",
        $"Les contrôles quotidiens sont cochés par les analystes, les approbateurs et les chefs d'équipe{Texts.Nbsp}; votre rôle vous permet de les consulter, pas de les cocher.");
}
