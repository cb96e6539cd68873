using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OpsBot.RealClient.Tests;

/// <summary>
/// Talks to the Agents Playground the way its web page does: sends messages and card submits to its emulated Teams
/// service, and reads the bot's replies from its websocket stream.
/// </summary>
public sealed class PlaygroundClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<JsonObject> _messages = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly string _framesLog;

    private PlaygroundClient(Uri playground, string framesLog)
    {
        _http = new HttpClient { BaseAddress = playground, Timeout = TimeSpan.FromSeconds(30) };
        _framesLog = framesLog;
    }

    public string ConversationId { get; private set; } = "";
    public string UserId { get; private set; } = "user-id-0";

    public static async Task<PlaygroundClient> ConnectAsync(Uri playground, string framesLog)
    {
        var client = new PlaygroundClient(playground, framesLog);
        var config = await client._http.GetFromJsonAsync<JsonObject>("/_internal/v1/config")
            ?? throw new InvalidOperationException("The playground sent no configuration.");
        client.ConversationId = config["config"]!["personalChat"]!["id"]!.GetValue<string>();
        client.UserId = config["config"]!["currentUser"]?["id"]?.GetValue<string>() ?? "user-id-0";
        var ws = new UriBuilder(playground) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await client._socket.ConnectAsync(ws, CancellationToken.None);
        _ = Task.Run(client.ReadFramesAsync);
        return client;
    }

    /// <summary>How many bot messages have arrived so far: pass it to <see cref="WaitForAsync"/> to wait for newer ones.</summary>
    public int Mark { get { lock (_messages) return _messages.Count; } }

    public async Task InstallAsync() =>
        (await _http.PostAsJsonAsync($"/_debug/conversation/{ConversationId}/installation", new JsonObject())).EnsureSuccessStatusCode();

    public async Task SayAsync(string text)
    {
        var body = new JsonObject { ["text"] = text, ["textFormat"] = "plain", ["from"] = new JsonObject { ["id"] = UserId } };
        (await _http.PostAsJsonAsync($"/_conversation/v1/conversations/{ConversationId}/messages", body)).EnsureSuccessStatusCode();
    }

    /// <summary>What pressing an Action.Submit button of the card <paramref name="messageId"/> does.</summary>
    public async Task SubmitAsync(string messageId, JsonNode value)
    {
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["replyToId"] = messageId,
            ["value"] = value.DeepClone(),
            ["from"] = new JsonObject { ["id"] = UserId },
        };
        (await _http.PostAsJsonAsync("/_conversation/v1/submit", body)).EnsureSuccessStatusCode();
    }

    /// <summary>Waits for a bot message after <paramref name="mark"/> that satisfies <paramref name="match"/>.</summary>
    public async Task<JsonObject> WaitForAsync(int mark, Func<JsonObject, bool> match, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            lock (_messages)
            {
                var found = _messages.Skip(mark).FirstOrDefault(match);
                if (found is not null) return found;
            }
            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                string seen;
                lock (_messages) seen = string.Join(" | ", _messages.Skip(mark).Select(Text));
                throw new TimeoutException($"No matching bot message arrived. Seen since the mark: {seen}");
            }
            await _arrived.WaitAsync(left);
        }
    }

    public static string Text(JsonObject message) => message["text"]?.GetValue<string>() ?? "";

    /// <summary>The Adaptive Card of a message, if it carries one.</summary>
    public static JsonObject? Card(JsonObject message) =>
        message["attachments"]?.AsArray()
            .OfType<JsonObject>()
            .FirstOrDefault(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"] as JsonObject;

    /// <summary>
    /// Every string in a message's card, joined: what a person reads on it. (ToJsonString would escape "·" and "é"
    /// and so hide them from a Contains.)
    /// </summary>
    public static string CardText(JsonObject message) => Card(message) is { } card ? string.Join("\n", Strings(card)) : "";

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        JsonObject o => o.SelectMany(kv => Strings(kv.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ => [],
    };

    private async Task ReadFramesAsync()
    {
        var buffer = new byte[1 << 16];
        // Bytes, not text, until the frame ends: a chunk boundary can fall inside a multi-byte character (•, é).
        using var frame = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var text = Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length);
                frame.SetLength(0);
                File.AppendAllText(_framesLog, text + "\n");
                JsonNode? json;
                try { json = JsonNode.Parse(text); }
                catch (System.Text.Json.JsonException) { continue; }
                if (json is JsonObject { } o && o["message"] is JsonObject message
                    && o["action"]?.GetValue<string>() is "createMessage" or "updateMessage")
                {
                    lock (_messages) _messages.Add(message);
                    _arrived.Release();
                }
            }
        }
        catch (OperationCanceledException) { }
        catch (WebSocketException) { }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        _http.Dispose();
    }
}
