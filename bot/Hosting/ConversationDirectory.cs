using LiteDB;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using OpsBot.Skills.Storage;

namespace OpsBot.Bot.Hosting;

/// <summary>A conversation the bot is part of, with what it takes to write to it later.</summary>
public sealed record ConversationEntry
{
    /// <summary>The conversation id (for a channel, the thread's id).</summary>
    public required string Id { get; init; }
    public required string ChannelId { get; init; }
    public required string ServiceUrl { get; init; }
    /// <summary>"personal", "groupChat" or "channel" (Teams); null elsewhere.</summary>
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? TeamId { get; init; }
    public string? TeamName { get; init; }
    /// <summary>The Teams channel ("19:…@thread.tacv2"), without a thread's ";messageid=".</summary>
    public string? TeamsChannelId { get; init; }
    public string? TeamsChannelName { get; init; }
    /// <summary>In a personal chat: the user.</summary>
    public string? UserId { get; init; }
    public string? UserAadObjectId { get; init; }
    public string? UserName { get; init; }
    /// <summary>The Bot Framework ConversationReference, as JSON.</summary>
    public required string ReferenceJson { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastSeen { get; init; }
    public bool Welcomed { get; init; }
    /// <summary>False once the bot was uninstalled or removed: nothing more is posted there.</summary>
    public bool Active { get; init; } = true;

    public ConversationReference Reference => JsonConvert.DeserializeObject<ConversationReference>(ReferenceJson)!;
}

/// <summary>
/// The conversations the bot is installed in, persisted in the store (collection "conversations") so that proactive
/// messages (digests, alerts, escalations) can reach them after a restart. See <see cref="ProactiveMessenger"/>.
/// </summary>
public sealed class ConversationDirectory(OpsStore store, TimeProvider time)
{
    public const string CollectionName = "conversations";

    private ILiteCollection<ConversationEntry> Entries => store.Collection<ConversationEntry>(CollectionName);

    public ConversationEntry Remember(IActivity activity) => store.InTransaction(() =>
    {
        var now = time.GetUtcNow();
        var existing = Entries.FindById(activity.Conversation.Id);
        var teams = activity.ChannelId == "msteams" ? activity.GetChannelData<TeamsChannelData>() : null;
        var personal = activity.Conversation.ConversationType is null or "personal";
        var entry = new ConversationEntry
        {
            Id = activity.Conversation.Id,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl ?? "",
            ConversationType = activity.Conversation.ConversationType,
            TenantId = activity.Conversation.TenantId ?? teams?.Tenant?.Id,
            TeamId = teams?.Team?.Id ?? existing?.TeamId,
            TeamName = teams?.Team?.Name ?? existing?.TeamName,
            TeamsChannelId = teams?.Channel?.Id ?? existing?.TeamsChannelId,
            TeamsChannelName = teams?.Channel?.Name ?? existing?.TeamsChannelName,
            UserId = personal ? activity.From?.Id ?? existing?.UserId : null,
            UserAadObjectId = personal ? activity.From?.AadObjectId ?? existing?.UserAadObjectId : null,
            UserName = personal ? activity.From?.Name ?? existing?.UserName : null,
            ReferenceJson = JsonConvert.SerializeObject(activity.GetConversationReference()),
            FirstSeen = existing?.FirstSeen ?? now,
            LastSeen = now,
            Welcomed = existing?.Welcomed ?? false,
            Active = true,
        };
        Entries.Upsert(entry);
        return entry;
    });

    /// <summary>True the first time only: the caller then sends the welcome.</summary>
    public bool MarkWelcomed(string conversationId) => store.InTransaction(() =>
    {
        var entry = Entries.FindById(conversationId);
        if (entry is null || entry.Welcomed) return false;
        Entries.Update(entry with { Welcomed = true });
        return true;
    });

    public void MarkRemoved(string conversationId) => store.InTransaction(() =>
    {
        if (Entries.FindById(conversationId) is { } entry) Entries.Update(entry with { Active = false, LastSeen = time.GetUtcNow() });
    });

    public ConversationEntry? Find(string conversationId) => Entries.FindById(conversationId);

    /// <summary>The conversations the bot can still post to, most recently heard from first.</summary>
    public IReadOnlyList<ConversationEntry> Active() =>
        Entries.Find(e => e.Active).OrderByDescending(e => e.LastSeen).ToList();

    /// <summary>Teams channels the bot is in (for a leaders' channel named in settings).</summary>
    public IReadOnlyList<ConversationEntry> Channels() =>
        Active().Where(e => e.ConversationType == "channel").ToList();
}
