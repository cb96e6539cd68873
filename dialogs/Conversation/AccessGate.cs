using Microsoft.Bot.Schema;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;

namespace OpsBot.Dialogs.Conversation;

/// <summary>
/// What every dialog does first: finds who is speaking and checks the <see cref="AccessPolicy"/>. Someone refused is
/// told why in their language: in a message, or, for a card button (an Action.Execute invoke), in the invoke's answer,
/// so that a card shared in a group chat is not replaced for everyone by one person's refusal.
/// </summary>
public sealed class AccessGate(AccessPolicy policy)
{
    public AccessPolicy Policy { get; } = policy;

    /// <summary>The actor, when they may do it; otherwise null, once they have been told why.</summary>
    public async Task<Actor?> DemandAsync(DialogContext dc, Permission permission, CancellationToken cancellationToken)
    {
        var actor = Actors.ActorOf(dc);
        if (actor is not null && Policy.Can(actor, permission)) return actor;
        var refusal = dc.Say(Refusal(actor, permission));
        if (dc.Context.Activity.Type == ActivityTypes.Invoke) dc.InvokeMessage = refusal;
        else await dc.SendAsync(refusal, cancellationToken);
        return null;
    }

    /// <summary>Why <paramref name="actor"/> may not do it: no identity, no role at all, or not the right role.</summary>
    public Bilingual Refusal(Actor? actor, Permission permission)
    {
        if (actor is null) return NoIdentity;
        if (!Policy.CanRead(actor)) return NoRole(actor.Id);
        var args = new Dictionary<string, object?>
        {
            ["action"] = AllocationMessages.Action(permission),
            ["roles"] = AllocationMessages.RoleNames(AccessPolicy.RolesFor(permission)),
        };
        return new Bilingual(
            AllocationMessages.Text(AllocationCodes.NotAllowed, Languages.English, args),
            AllocationMessages.Text(AllocationCodes.NotAllowed, Languages.French, args));
    }

    private static readonly Bilingual NoIdentity = new(
        "I can't tell who you are (your message came without a Microsoft Entra id), so I can't show or change anything.",
        $"Je ne peux pas savoir qui vous êtes (votre message est arrivé sans identifiant Microsoft Entra){Texts.Nbsp}: je ne peux donc rien vous montrer ni rien modifier.");

    private static Bilingual NoRole(string id) => new(
        $"You have no role in OpsBot, so I can't show or change anything for you. Ask a team leader to add your id ({id}) to the Roles settings.",
        $"Vous n'avez aucun rôle dans OpsBot{Texts.Nbsp}: je ne peux donc rien vous montrer ni rien modifier pour vous. Demandez à un chef d'équipe d'ajouter votre identifiant ({id}) aux paramètres Roles.");
}
