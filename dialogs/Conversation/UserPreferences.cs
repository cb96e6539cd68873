using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace OpsBot.Dialogs.Conversation;

/// <summary>What a user chose for themselves (their language), kept in the bot's storage across conversations.</summary>
public sealed class UserPreferences(IStorage storage)
{
    public static string Key(IActivity activity) =>
        $"{activity.ChannelId}/users/{activity.From?.AadObjectId ?? activity.From?.Id ?? "unknown"}";

    public async Task<string?> LanguageAsync(IActivity activity, CancellationToken cancellationToken)
    {
        var key = Key(activity);
        var found = await storage.ReadAsync([key], cancellationToken);
        return found.TryGetValue(key, out var item) ? (item as JObject)?.Value<string>("language") : null;
    }

    /// <summary>Last write wins: a user's own choice does not race with anything that matters.</summary>
    public Task SetLanguageAsync(IActivity activity, string language, CancellationToken cancellationToken) =>
        storage.WriteAsync(new Dictionary<string, object>
        {
            [Key(activity)] = new JObject { ["language"] = language, ["eTag"] = "*" },
        }, cancellationToken);
}
