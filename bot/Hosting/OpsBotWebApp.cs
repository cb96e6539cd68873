using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace OpsBot.Bot.Hosting;

/// <summary>
/// The Teams host: POST /api/messages through the CloudAdapter and GET /healthz. Settings come from appsettings.json,
/// then the environment, then the command line; it listens on http://localhost:3978 unless --urls or ASPNETCORE_URLS
/// say otherwise.
/// </summary>
public static class OpsBotWebApp
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.Services.AddOpsBot(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
        {
            try
            {
                await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
            }
            catch (Exception e) when (e is SecurityTokenException or SecurityTokenArgumentException && !http.Response.HasStarted)
            {
                // A token that is not even a JWT: as unauthorized as a missing one (the adapter answers 401 for that).
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
        });
        app.MapGet("/healthz", (IConfiguration configuration) => Results.Ok(new
        {
            status = "ok",
            authentication = OpsBotServices.IsOpen(configuration) ? "open" : "bot-framework",
        }));

        if (OpsBotServices.IsOpen(app.Configuration))
            app.Logger.LogWarning("No MicrosoftAppId is set: /api/messages accepts requests without authentication. Use this only on your own machine.");
        else
            app.Logger.LogInformation("Bot Framework authentication is on for app id {AppId}.", app.Configuration["MicrosoftAppId"]);
        return app;
    }
}
