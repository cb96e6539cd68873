using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsBot.Tests.Emails;

/// <summary>
/// A small local server speaking OpenAI's chat-completions protocol on 127.0.0.1 and a free port, so that the model
/// path runs through the real Semantic Kernel connector and HTTP stack. It records every request body and answers
/// with whatever <see cref="Reply"/> makes of the draft it was sent.
/// </summary>
internal sealed class StubChatModel : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _serving;
    private readonly List<string> _bodies = [];

    public StubChatModel(Func<string, string> reply)
    {
        Reply = reply;
        (_listener, Port) = Listen();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>What OpsBot's settings call Email:Model:Endpoint: the API's base address.</summary>
    public Uri Endpoint => new($"http://127.0.0.1:{Port}/v1");

    public Func<string, string> Reply { get; }

    public List<string> Paths { get; } = [];

    public IReadOnlyList<string> Bodies { get { lock (_bodies) return _bodies.ToList(); } }

    /// <summary>The text between the draft markers of the last user message: what the model was asked to rewrite.</summary>
    public static string DraftIn(string body)
    {
        var user = UserMessage(body);
        var start = user.IndexOf("<<<DRAFT>>>\n", StringComparison.Ordinal) + "<<<DRAFT>>>\n".Length;
        var end = user.IndexOf("\n<<<END DRAFT>>>", StringComparison.Ordinal);
        return user[start..end];
    }

    public static string UserMessage(string body) =>
        JsonNode.Parse(body)!["messages"]!.AsArray().Last(m => (string?)m!["role"] == "user")!["content"]!.GetValue<string>();

    public static string SystemMessage(string body) =>
        JsonNode.Parse(body)!["messages"]!.AsArray().First(m => (string?)m!["role"] == "system")!["content"]!.GetValue<string>();

    private static (HttpListener, int) Listen()
    {
        // A port the system says is free; another process could take it in between, so try a few.
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (_bodies)
            {
                _bodies.Add(body);
                Paths.Add(context.Request.Url!.AbsolutePath);
            }
            var content = Reply(DraftIn(body));
            var answer = JsonSerializer.Serialize(new
            {
                id = "chatcmpl-stub",
                @object = "chat.completion",
                created = 1_795_000_000,
                model = "stub-model",
                choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _serving.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
