using Microsoft.Bot.Schema;
using OpsBot.Skills.Access;

namespace OpsBot.Dialogs.Leaders;

/// <summary>
/// Who sent a message or pressed a button, as the access roles know them: the Teams user's AAD object id (the
/// channel's user id where there is none: the console, the emulator), with the display name for wording only.
/// Kept private to the leaders' dialogs until the shared one lands in dialogs/Conversation.
/// </summary>
internal static class Sender
{
    public static Actor? Of(IActivity activity)
    {
        var from = activity.From;
        var id = from?.AadObjectId is { Length: > 0 } aad ? aad : from?.Id;
        return string.IsNullOrWhiteSpace(id) ? null : new Actor(id, from?.Name);
    }
}
