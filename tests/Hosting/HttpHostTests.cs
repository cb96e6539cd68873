using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Payments;

namespace OpsBot.Tests.Hosting;

public class HttpHostTests
{
    [Fact]
    public async Task Healthz_answers_and_says_the_bot_is_open_without_an_app_id()
    {
        await using var host = new BotHost();
        var response = await host.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.Value<string>("status"));
        Assert.Equal("open", body.Value<string>("authentication"));
    }

    [Fact]
    public async Task Help_and_aide_come_back_in_the_http_response_with_expect_replies()
    {
        await using var host = new BotHost();
        var english = await host.RepliesAsync(BotHost.Message("help"));
        var french = await host.RepliesAsync(BotHost.Message("aide", "fr-CA", conversation: "http-2"));

        Assert.StartsWith("Here is what I can do:", Assert.Single(english).Value<string>("text"));
        Assert.StartsWith("Voici ce que je peux faire\u00A0:", Assert.Single(french).Value<string>("text"));
    }

    [Fact]
    public async Task A_lookup_over_http_returns_an_adaptive_card_in_either_language()
    {
        await using var host = new BotHost();
        host.Store.Payments.Insert(new Payment
        {
            Id = 1, BankReference = "BR2611300000017", ReceivedOn = new DateOnly(2026, 11, 27), Amount = 250m,
            PayerName = "Marie Tremblay", SourceFile = "t.csv", Format = "csv",
        });

        var english = Assert.Single(await host.RepliesAsync(BotHost.Message("find BR2611300000017")));
        var french = Assert.Single(await host.RepliesAsync(BotHost.Message("trouve le paiement BR2611300000017", "fr-CA", "http-3")));

        Assert.Equal("application/vnd.microsoft.card.adaptive", english["attachments"]![0]!.Value<string>("contentType"));
        Assert.Contains("Payment BR2611300000017", english["attachments"]![0]!["content"]!.ToString());
        Assert.Contains("Paiement BR2611300000017", french["attachments"]![0]!["content"]!.ToString());
        Assert.Contains("250,00\u00A0$", french["attachments"]![0]!["content"]!.ToString());
    }

    [Fact]
    public async Task The_bots_mention_is_removed_in_a_channel()
    {
        await using var host = new BotHost();
        var message = BotHost.Message("<at>OpsBot</at> help", conversation: "19:channel@thread.tacv2", conversationType: "channel");
        message["entities"] = new JArray(JObject.FromObject(new
        {
            type = "mention",
            text = "<at>OpsBot</at>",
            mentioned = new { id = "opsbot", name = "OpsBot" },
        }));

        var reply = Assert.Single(await host.RepliesAsync(message));

        Assert.StartsWith("Here is what I can do:", reply.Value<string>("text"));
    }

    [Fact]
    public async Task Installing_the_bot_welcomes_once_and_remembers_the_conversation()
    {
        await using var host = new BotHost();
        var install = BotHost.Message("", "fr-CA", "install-1");
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        var added = BotHost.Message("", "fr-CA", "install-1");
        added["type"] = "conversationUpdate";
        added["membersAdded"] = new JArray(JObject.FromObject(new { id = "opsbot" }));
        added.Remove("text");

        var first = await host.RepliesAsync(install);
        var second = await host.RepliesAsync(added);

        Assert.StartsWith("Bonjour\u00A0! Je suis OpsBot", Assert.Single(first).Value<string>("text"));
        Assert.Empty(second);
        var directory = host.Store.Collection<OpsBot.Bot.Hosting.ConversationEntry>("conversations");
        var entry = directory.FindById("install-1");
        Assert.NotNull(entry);
        Assert.Equal("http://localhost:1/_connector", entry.Reference.ServiceUrl);
        Assert.Equal("install-1", entry.Reference.Conversation.Id);
    }

    private sealed class FailingRunner : ITurnRunner
    {
        public Task<TurnOutcome> RunTurnAsync(DialogContext dc, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("database exploded at row 42");
    }

    [Fact]
    public async Task A_failing_turn_apologises_in_the_users_language_without_internals()
    {
        await using var host = new BotHost(services: s => s.AddSingleton<ITurnRunner, FailingRunner>());

        var reply = Assert.Single(await host.RepliesAsync(BotHost.Message("paiements de Tremblay reçus hier", "en-CA")));

        var text = reply.Value<string>("text")!;
        Assert.StartsWith("Désolé, un problème de mon côté", text);
        Assert.DoesNotContain("exploded", text);
        Assert.DoesNotContain("InvalidOperation", text);
    }
}

public class AuthenticationTests
{
    private static readonly Dictionary<string, string?> WithAppId = new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    private static string ForgedToken()
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a forged key that nobody trusts, long enough"));
        var token = new JwtSecurityToken(
            issuer: "https://forger.example",
            audience: "11111111-2222-3333-4444-555555555555",
            claims: [new Claim("serviceurl", "http://localhost:1/_connector")],
            expires: DateTime.UtcNow.AddHours(1),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("forged")]
    public async Task With_an_app_id_a_request_without_a_valid_token_gets_401_and_reaches_no_dialog(string? token)
    {
        await using var host = new BotHost(WithAppId);
        var bearer = token == "forged" ? ForgedToken() : token;

        var response = await host.PostAsync(BotHost.Message("help", conversation: "auth-1"), bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // No turn ran: nothing was saved for the conversation, and no conversation was remembered.
        Assert.Equal(0, host.Store.Documents(LiteDbStorage.CollectionName).Count());
        Assert.Equal(0, host.Store.Documents("conversations").Count());
    }

    [Fact]
    public async Task Healthz_says_authentication_is_on()
    {
        await using var host = new BotHost(WithAppId);
        var body = JObject.Parse(await (await host.Client.GetAsync("/healthz")).Content.ReadAsStringAsync());
        Assert.Equal("bot-framework", body.Value<string>("authentication"));
    }
}
