using LiteDB;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OpsBot.Skills.Storage;

namespace OpsBot.Dialogs.Layer;

/// <summary>A write lost a race: the item changed since it was read (its ETag no longer matches).</summary>
public sealed class StorageConflictException(string key)
    : Exception($"The stored item '{key}' changed since it was read (ETag mismatch).")
{
    public string Key { get; } = key;
}

/// <summary>
/// The Bot Framework's <see cref="IStorage"/> on the LiteDB store, so the bot's state survives restarts and is shared
/// with the command line. ETags follow Bot.Builder's contract (as its MemoryStorage does): an item that implements
/// <see cref="IStoreItem"/> is written only if its ETag is "*" or the one stored; a new item is written when its ETag
/// is null or "*". Items come back as <see cref="JObject"/> with their "eTag".
/// </summary>
public sealed class LiteDbStorage(OpsStore store) : IStorage
{
    public const string CollectionName = "botstate";
    private const string ETagField = "eTag";

    private static readonly Newtonsoft.Json.JsonSerializer Serializer = Newtonsoft.Json.JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Include,
    });

    private ILiteCollection<BsonDocument> Documents => store.Documents(CollectionName);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct())
        {
            var doc = Documents.FindById(key);
            if (doc is null) continue;
            var item = JObject.Parse(doc["json"].AsString);
            item[ETagField] = doc["etag"].AsString;
            found[key] = item;
        }
        return Task.FromResult<IDictionary<string, object>>(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // All the changes land together or none does.
        store.InTransaction(() =>
        {
            foreach (var (key, value) in changes)
            {
                var existing = Documents.FindById(key);
                var wanted = value is IStoreItem item ? item.ETag : "*";
                if (existing is null)
                {
                    if (wanted is not null && wanted != "*") throw new StorageConflictException(key);
                }
                else if (wanted != "*" && wanted != existing["etag"].AsString)
                {
                    throw new StorageConflictException(key);
                }
                var json = value is null ? JValue.CreateNull() : JToken.FromObject(value, Serializer);
                if (json is JObject obj) obj.Remove(ETagField);
                Documents.Upsert(new BsonDocument
                {
                    ["_id"] = key,
                    ["etag"] = Guid.NewGuid().ToString("N"),
                    ["json"] = json.ToString(Newtonsoft.Json.Formatting.None),
                });
            }
        });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        store.InTransaction(() =>
        {
            foreach (var key in keys) Documents.Delete(key);
        });
        return Task.CompletedTask;
    }
}
