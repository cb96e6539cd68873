using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using OpsBot.Bot.Hosting;
using OpsBot.Skills.Access;
using OpsBot.Skills.Leaders;

namespace OpsBot.Bot.Leaders;

/// <summary>
/// Which conversations the leaders' posts go to.
/// <list type="bullet">
/// <item>With <c>Leaders:Channel</c> set: that conversation only. The value is a Teams channel id
/// ("19:…@thread.tacv2") or any conversation id the bot has seen. For a channel the bot must have heard from it once
/// (installed in its team, or mentioned in it); posts then start new threads at the channel's top level, not replies
/// in whatever thread the bot last saw. Nothing else is posted to, even while the channel is unknown: a named
/// channel is a decision, and leaking alerts to private chats would second-guess it.</item>
/// <item>Without it: the personal chats of the people in <c>Roles:Leaders</c> who have chatted with the bot.</item>
/// </list>
/// Conversations the bot was removed from (inactive in the directory) are never posted to.
/// </summary>
public sealed class LeadersAudience(LeadersSettings settings, ConversationDirectory directory, Roles roles)
{
    public IReadOnlyList<ConversationEntry> Conversations()
    {
        var active = directory.Active();
        if (settings.Channel is { } channel)
            return ChannelIn(active, channel.Trim()) is { } entry ? [entry] : [];
        return [.. active.Where(e => e.ConversationType is null or "personal"
            && (e.UserAadObjectId ?? e.UserId) is { Length: > 0 } user && roles.Holds(new Actor(user), Role.Leader))];
    }

    private static ConversationEntry? ChannelIn(IReadOnlyList<ConversationEntry> active, string channel)
    {
        if (active.FirstOrDefault(e => e.Id == channel) is { } exact) return exact;
        // Seen through a thread of the channel ("19:…@thread.tacv2;messageid=…"): aim at the channel itself.
        // The directory lists the most recently heard from first, so that is the reference used.
        var seen = active.FirstOrDefault(e => e.TeamsChannelId == channel || e.Id.StartsWith(channel + ";", StringComparison.Ordinal));
        if (seen is null) return null;
        var reference = seen.Reference;
        reference.Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: channel,
            tenantId: reference.Conversation?.TenantId);
        reference.ActivityId = null;
        return seen with { Id = channel, ReferenceJson = JsonConvert.SerializeObject(reference) };
    }
}
