using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Layer;

namespace OpsBot.Dialogs.Conversation;

/// <summary>
/// Writes to one person, unasked, in their personal chat with the bot (a maker told what an approver decided).
/// The host implements it with its conversation directory and proactive messenger.
/// </summary>
public interface IPersonalChats
{
    /// <summary>
    /// Sends what <paramref name="message"/> builds, in the language of that chat ("en" or "fr"). False when the bot
    /// has no personal chat with the person that it can still post to.
    /// </summary>
    Task<bool> TellAsync(string actorId, Func<string, IActivity> message, CancellationToken cancellationToken);
}

/// <summary>
/// The language to write to someone in without being asked: their own choice ("français"), else the language the
/// conversation was last answered in, else their client's locale.
/// </summary>
public sealed class ChatLanguage(IStorage storage, UserPreferences preferences)
{
    /// <param name="activity">An activity of the conversation, such as its reference's continuation activity.</param>
    public async Task<string> OfAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (await preferences.LanguageAsync(activity, cancellationToken) is { } chosen) return Languages.Normalize(chosen);
        var key = DialogHost.StateKey(activity);
        var stored = await storage.ReadAsync([key], cancellationToken);
        var last = stored.TryGetValue(key, out var item) ? (item as JObject)?["Data"]?.Value<string>("Language") : null;
        return Languages.Normalize(last ?? activity.Locale);
    }
}
