using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OpsBot.Bot.Hosting;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Hosting;

/// <summary>The real host (OpsBotWebApp) on ASP.NET Core's test server, with its own store file.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("opsbot-host-");
    private readonly WebApplication _app;

    public BotHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        StorePath = Path.Combine(_folder.FullName, "ops.db");
        _app = OpsBotWebApp.Create([], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = StorePath,
                ["MicrosoftAppId"] = "",
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            services?.Invoke(builder.Services);
        });
        _app.StartAsync().GetAwaiter().GetResult();
        Client = _app.GetTestClient();
    }

    public string StorePath { get; }
    public HttpClient Client { get; }
    public OpsStore Store => _app.Services.GetRequiredService<OpsStore>();

    public static JObject Message(string text, string locale = "en-CA", string conversation = "http-1", string? conversationType = "personal") => JObject.FromObject(new
    {
        type = "message",
        id = Guid.NewGuid().ToString("N"),
        channelId = "msteams",
        serviceUrl = "http://localhost:1/_connector",
        deliveryMode = "expectReplies",
        locale,
        text,
        from = new { id = "user-1", name = "Analyst", aadObjectId = "00000000-0000-0000-0000-0000000000a1" },
        recipient = new { id = "opsbot", name = "OpsBot" },
        conversation = new { id = conversation, conversationType },
    });

    public async Task<HttpResponseMessage> PostAsync(JObject activity, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(Formatting.None), Encoding.UTF8, "application/json"),
        };
        if (bearer is not null) request.Headers.Authorization = new("Bearer", bearer);
        return await Client.SendAsync(request);
    }

    /// <summary>The message replies of an expectReplies request (typing indicators left out).</summary>
    public async Task<IReadOnlyList<JObject>> RepliesAsync(JObject activity)
    {
        var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var activities = JObject.Parse(body)["activities"] as JArray ?? [];
        return activities.OfType<JObject>().Where(a => a.Value<string>("type") == "message").ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
