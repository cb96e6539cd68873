using OpsBot.Bot.Hosting;
using OpsBot.Dialogs.Leaders;
using OpsBot.Skills.Access;

namespace OpsBot.Bot.Leaders;

/// <summary>Names from the personal chats the bot has had: Teams tells it each user's AAD object id and display name.</summary>
public sealed class DirectoryRoster(ConversationDirectory directory) : ITeamRoster
{
    public Func<string, string> Names()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in directory.Active())
            if (entry.UserAadObjectId is { Length: > 0 } id && entry.UserName is { Length: > 0 } name)
                names.TryAdd(Roles.NormalizeId(id), name);
        return id => names.GetValueOrDefault(Roles.NormalizeId(id)) ?? id;
    }
}
