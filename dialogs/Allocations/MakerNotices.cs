using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;

namespace OpsBot.Dialogs.Allocations;

/// <summary>An approver's decision the maker has not been told yet, worded in both languages.</summary>
public sealed record MakerNotice(string ActionId, DateTimeOffset At, string En, string Fr);

/// <summary>
/// Tells makers what approvers decided. A decision is first written to the maker's inbox (in the bot's storage), then
/// sent to their personal chat in the background, so the approver's button is answered at once; it leaves the
/// inbox only once sent. A maker the bot cannot reach (no personal chat yet, or the send failed) reads it the next
/// time they ask for "my requests". Keyed by action id: a decision is told once however often its button is pressed.
/// </summary>
public sealed class MakerNotices(IStorage storage, IPersonalChats chats, TimeProvider time, ILogger<MakerNotices>? log = null)
{
    private const int MaxAttempts = 5;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _sending = new();

    public static string Key(string makerId) => $"opsbot/notices/{Roles.NormalizeId(makerId)}";

    /// <summary>Records the decision for its maker, if someone else decided, and starts telling them.</summary>
    public async Task RecordAsync(AllocationOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Repeated || outcome.MakerToNotify is not { } maker) return;
        var notice = new MakerNotice(outcome.ActionId, time.GetUtcNow(),
            outcome.OriginalMessageIn(Languages.English), outcome.OriginalMessageIn(Languages.French));
        await ChangeAsync(maker, items => items.Any(i => i.ActionId == notice.ActionId) ? items : [.. items, notice], cancellationToken);
        var sending = Task.Run(() => DeliverAsync(maker, CancellationToken.None), CancellationToken.None);
        _sending.TryAdd(sending, 0);
        _ = sending.ContinueWith(t => _sending.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>What the maker has not been told yet, oldest first.</summary>
    public async Task<IReadOnlyList<MakerNotice>> UnreadAsync(string makerId, CancellationToken cancellationToken) =>
        (await ReadAsync(makerId, cancellationToken)).Items;

    /// <summary>Takes these notices out of the inbox: the maker has now read them.</summary>
    public Task MarkToldAsync(string makerId, IReadOnlyCollection<MakerNotice> told, CancellationToken cancellationToken)
    {
        var ids = told.Select(n => n.ActionId).ToHashSet(StringComparer.Ordinal);
        return ChangeAsync(makerId, items => items.Where(i => !ids.Contains(i.ActionId)).ToList(), cancellationToken);
    }

    /// <summary>Waits for the notices being sent (tests, and a host that stops).</summary>
    public Task WhenSentAsync() => Task.WhenAll(_sending.Keys);

    private async Task DeliverAsync(string makerId, CancellationToken cancellationToken)
    {
        // One delivery per maker at a time, so two decisions close together are not both sent twice.
        var gate = _gates.GetOrAdd(Roles.NormalizeId(makerId), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var unread = await UnreadAsync(makerId, cancellationToken);
            if (unread.Count == 0) return;
            var told = await chats.TellAsync(makerId,
                language => Microsoft.Bot.Builder.MessageFactory.Text(string.Join("\n\n",
                    unread.Select(n => AllocationTexts.Decided(new Bilingual(n.En, n.Fr)).In(language)))),
                cancellationToken);
            if (told) await MarkToldAsync(makerId, unread, cancellationToken);
        }
        catch (Exception e)
        {
            // Kept in the inbox: the maker reads it with "my requests".
            log?.LogWarning("Could not tell a maker of a decision: {Type}: {Message}", e.GetType().Name, Skills.Cards.CardMask.MaskText(e.Message));
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed class Inbox : IStoreItem
    {
        public List<MakerNotice> Items { get; set; } = [];

        [Newtonsoft.Json.JsonProperty("eTag")]
        public string? ETag { get; set; }
    }

    private async Task<Inbox> ReadAsync(string makerId, CancellationToken cancellationToken)
    {
        var key = Key(makerId);
        var stored = await storage.ReadAsync([key], cancellationToken);
        if (!stored.TryGetValue(key, out var item) || item is not JObject json) return new Inbox();
        return new Inbox
        {
            Items = json["Items"]?.ToObject<List<MakerNotice>>() ?? [],
            ETag = json.Value<string>("eTag"),
        };
    }

    /// <summary>Read, change, write with the ETag read; again if someone else wrote in between.</summary>
    private async Task ChangeAsync(string makerId, Func<List<MakerNotice>, List<MakerNotice>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var inbox = await ReadAsync(makerId, cancellationToken);
            var changed = change(inbox.Items);
            if (ReferenceEquals(changed, inbox.Items)) return;
            try
            {
                await storage.WriteAsync(new Dictionary<string, object>
                {
                    [Key(makerId)] = new Inbox { Items = changed, ETag = inbox.ETag },
                }, cancellationToken);
                return;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }
}
