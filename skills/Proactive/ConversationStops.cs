using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Proactive;

/// <summary>A conversation that blocked or removed the bot, and what Teams answered.</summary>
public sealed record StoppedConversation
{
    /// <summary>The Teams conversation id.</summary>
    public required string Id { get; init; }
    public required int StatusCode { get; init; }
    public string? Code { get; init; }
    public DateTimeOffset At { get; init; }
}

/// <summary>
/// The conversations the bot must not post to any more, kept in the store so a restart remembers them. A new
/// installation in the conversation resumes it.
/// </summary>
public sealed class ConversationStops(OpsStore store, TimeProvider time)
{
    public const string CollectionName = "stopped_conversations";

    private LiteDB.ILiteCollection<StoppedConversation> Stops => store.Collection<StoppedConversation>(CollectionName);

    public bool IsStopped(string conversationId) => Stops.FindById(conversationId) is not null;

    public void Stop(string conversationId, PostFailure failure) =>
        Stops.Upsert(new StoppedConversation { Id = conversationId, StatusCode = failure.StatusCode, Code = failure.Code, At = time.GetUtcNow() });

    /// <summary>The bot was added to the conversation again.</summary>
    public bool Resume(string conversationId) => Stops.Delete(conversationId);

    public IReadOnlyList<StoppedConversation> All() => [.. Stops.FindAll().OrderBy(s => s.At)];
}
