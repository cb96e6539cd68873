using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Dialogs;

public class LiteDbStorageTests : IDisposable
{
    private readonly OpsStore _store = OpsStore.InMemory();
    private LiteDbStorage Storage => new(_store);

    public void Dispose() => _store.Dispose();

    private sealed class Item : IStoreItem
    {
        public string Text { get; set; } = "";
        public string? ETag { get; set; }
    }

    private async Task<JObject?> Read(string key) =>
        (await Storage.ReadAsync([key])).TryGetValue(key, out var v) ? (JObject)v : null;

    private Task Write(string key, object value) => Storage.WriteAsync(new Dictionary<string, object> { [key] = value });

    [Fact]
    public async Task A_new_item_is_written_and_comes_back_with_an_etag()
    {
        await Write("k", new Item { Text = "one" });
        var read = await Read("k");
        Assert.Equal("one", read!.Value<string>("Text"));
        Assert.False(string.IsNullOrEmpty(read.Value<string>("eTag")));
    }

    [Fact]
    public async Task A_write_with_the_etag_read_succeeds_and_changes_the_etag()
    {
        await Write("k", new Item { Text = "one" });
        var etag = (await Read("k"))!.Value<string>("eTag");
        await Write("k", new Item { Text = "two", ETag = etag });
        var read = await Read("k");
        Assert.Equal("two", read!.Value<string>("Text"));
        Assert.NotEqual(etag, read.Value<string>("eTag"));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        await Write("k", new Item { Text = "one" });
        var stale = (await Read("k"))!.Value<string>("eTag");
        await Write("k", new Item { Text = "two", ETag = stale });

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Write("k", new Item { Text = "three", ETag = stale }));

        Assert.Equal("k", conflict.Key);
        Assert.Equal("two", (await Read("k"))!.Value<string>("Text"));
    }

    [Fact]
    public async Task A_store_item_without_etag_cannot_overwrite_one_that_exists()
    {
        await Write("k", new Item { Text = "one" });
        await Assert.ThrowsAsync<StorageConflictException>(() => Write("k", new Item { Text = "two" }));
    }

    [Fact]
    public async Task A_star_etag_always_writes()
    {
        await Write("k", new Item { Text = "one" });
        await Write("k", new Item { Text = "two", ETag = "*" });
        Assert.Equal("two", (await Read("k"))!.Value<string>("Text"));
    }

    [Fact]
    public async Task An_item_deleted_since_it_was_read_is_a_conflict()
    {
        await Write("k", new Item { Text = "one" });
        var etag = (await Read("k"))!.Value<string>("eTag");
        await Storage.DeleteAsync(["k"]);
        await Assert.ThrowsAsync<StorageConflictException>(() => Write("k", new Item { Text = "two", ETag = etag }));
        Assert.Null(await Read("k"));
    }

    [Fact]
    public async Task Changes_land_together_or_not_at_all()
    {
        await Write("a", new Item { Text = "one" });
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object>
        {
            ["b"] = new Item { Text = "new" },
            ["a"] = new Item { Text = "stale", ETag = "not-the-etag" },
        }));
        Assert.Null(await Read("b"));
    }

    [Fact]
    public async Task Plain_objects_are_last_write_wins()
    {
        await Write("k", new JObject { ["n"] = 1 });
        await Write("k", new JObject { ["n"] = 2 });
        Assert.Equal(2, (await Read("k"))!.Value<int>("n"));
    }

    [Fact]
    public async Task What_is_written_is_still_there_after_the_store_is_reopened()
    {
        var folder = Directory.CreateTempSubdirectory("opsbot-storage-");
        var path = Path.Combine(folder.FullName, "ops.db");
        try
        {
            using (var store = new OpsStore(path))
                await new LiteDbStorage(store).WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Text = "kept" } });
            using var reopened = new OpsStore(path);
            var read = await new LiteDbStorage(reopened).ReadAsync(["k"]);
            Assert.Equal("kept", ((JObject)read["k"]).Value<string>("Text"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
