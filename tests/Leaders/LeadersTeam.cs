using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Rest;
using Newtonsoft.Json.Linq;
using OpsBot.Bot.Hosting;
using OpsBot.Bot.Leaders;
using OpsBot.Skills.Access;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Time;
using OpsBot.Tests.Status;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Leaders;

/// <summary>A person of the team as Teams presents them: an AAD object id, a display name, a role.</summary>
internal sealed record Member(string AadObjectId, string Name)
{
    public string TeamsId => "29:" + AadObjectId;
    public string Conversation => "personal:" + AadObjectId;
}

/// <summary>
/// The bot as the host builds it (BotHarness), with a team whose roles are set (an analyst, a leader, an agent,
/// and someone with no role), a recording sender in place of Teams for proactive posts, and the clock moved to
/// Tuesday December 29, 2026 (after Christmas, Friday 25, and Boxing Day observed Monday 28).
/// </summary>
internal sealed class LeadersTeam : IDisposable
{
    public static readonly Member Analyst = new("00000000-0000-0000-0000-0000000000a1", "Marie Gagnon");
    public static readonly Member Leader = new("00000000-0000-0000-0000-0000000000b1", "Luc Tremblay");
    public static readonly Member Agent = new("00000000-0000-0000-0000-0000000000c1", "Julie Roy");
    public static readonly Member Stranger = new("00000000-0000-0000-0000-0000000000f1", "Someone Else");

    public const string LeadersChannel = "19:leaders@thread.tacv2";
    public static readonly DateOnly Tuesday = new(2026, 12, 29);
    public static readonly DateOnly ChristmasEve = new(2026, 12, 24);

    public LeadersTeam(LeadersSettings? settings = null, Action<IServiceCollection>? configure = null, DateTimeOffset? now = null)
    {
        Sender = new RecordingSender();
        Harness = new BotHarness(services =>
        {
            services.AddSingleton(new Roles(new Dictionary<Role, IEnumerable<string>>
            {
                [Role.Analyst] = [Analyst.AadObjectId],
                [Role.Leader] = [Leader.AadObjectId],
                [Role.Agent] = [Agent.AadObjectId],
            }));
            services.AddSingleton(settings ?? new LeadersSettings { Channel = LeadersChannel });
            services.AddSingleton<IProactiveSender>(Sender);
            configure?.Invoke(services);
        });
        Sender.Clock = Clock;
        Harness.Time.SetUtcNow(now ?? QueueData.Local(Tuesday, 9, 30));
        Data = new QueueData(Harness.Store, Harness.Time);
    }

    public BotHarness Harness { get; }
    public RecordingSender Sender { get; }
    public QueueData Data { get; }
    public OpsClock Clock => Harness.Services.GetRequiredService<OpsClock>();
    public ConversationDirectory Directory => Harness.Services.GetRequiredService<ConversationDirectory>();
    public T Get<T>() where T : notnull => Harness.Services.GetRequiredService<T>();

    /// <summary>A personal chat with the bot, as <paramref name="who"/>.</summary>
    public TestFlow Flow(Member who, string locale = "en-CA")
    {
        var adapter = Harness.Adapter(locale, who.Conversation, who.TeamsId);
        adapter.Conversation.User = new ChannelAccount(who.TeamsId, who.Name, aadObjectId: who.AadObjectId);
        // A personal chat, as Teams marks it (TestAdapter puts the conversation's name in its type).
        adapter.Conversation.Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: who.Conversation);
        return new TestFlow(adapter, Harness.Bot);
    }

    /// <summary>The bot hears from the leaders' channel (someone mentions it in a thread there): the directory remembers it.</summary>
    public void BotHearsFromLeadersChannel(string thread = "1766000000000") =>
        Directory.Remember(new Activity
        {
            Type = ActivityTypes.Message,
            Id = thread,
            ChannelId = "msteams",
            ServiceUrl = "https://smba.example/amer/",
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: $"{LeadersChannel};messageid={thread}", tenantId: "tenant-1"),
            From = new ChannelAccount(Leader.TeamsId, Leader.Name, aadObjectId: Leader.AadObjectId),
            Recipient = new ChannelAccount("opsbot", "OpsBot"),
            ChannelData = JObject.Parse($$$"""{"team":{"id":"19:payments@thread.tacv2","name":"Payments"},"channel":{"id":"{{{LeadersChannel}}}","name":"Leaders"},"tenant":{"id":"tenant-1"}}"""),
        });

    /// <summary>The leaders' proactive service, as the host registers it (not started).</summary>
    public LeadersPostingService PostingService => Harness.Services.GetServices<IHostedService>().OfType<LeadersPostingService>().Single();

    /// <summary>Moves the clock in steps, so the periodic timer fires at each step (FakeTimeProvider fires once per Advance).</summary>
    public void StepTo(DateOnly day, int hour, int minute = 0, TimeSpan? step = null)
    {
        var until = QueueData.Local(day, hour, minute);
        var by = step ?? TimeSpan.FromMinutes(5);
        while (Harness.Time.GetUtcNow() < until)
        {
            var left = until - Harness.Time.GetUtcNow();
            Harness.Time.Advance(left < by ? left : by);
        }
    }

    public void Dispose() => Harness.Dispose();

    /// <summary>The text of a reply: its text, or its card as the console shows it.</summary>
    public static string Said(IActivity activity) =>
        BotHarness.CardOf(activity) is not null ? BotHarness.CardText(activity) : ((IMessageActivity)activity).Text ?? "";

    /// <summary>The failure Teams' connector throws for an HTTP status.</summary>
    public static ErrorResponseException Teams(HttpStatusCode status, string? retryAfter = null, string? code = null)
    {
        var response = new HttpResponseMessage(status);
        if (retryAfter is not null) response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return new ErrorResponseException($"Operation returned an invalid status code '{status}'")
        {
            Response = new HttpResponseMessageWrapper(response, ""),
            Body = new ErrorResponse(new Error(code: code)),
        };
    }
}

/// <summary>Stands in for Teams: records what would be posted, where and when; can be told to fail the next posts.</summary>
internal sealed class RecordingSender : IProactiveSender
{
    public sealed record Post(DateTimeOffset At, string Conversation, string Text, IActivity Activity)
    {
        public string When => At.ToString("ddd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    public OpsClock? Clock { get; set; }
    public List<Post> Sent { get; } = [];
    /// <summary>Failures to throw, one per attempt, before posts succeed again.</summary>
    public Queue<Exception> Failures { get; } = new();
    public List<string> Attempts { get; } = [];
    public List<DateTimeOffset> AttemptTimes { get; } = [];

    public Task SendAsync(ConversationEntry to, IActivity activity, CancellationToken cancellationToken)
    {
        Attempts.Add(to.Id);
        AttemptTimes.Add(Clock!.Now);
        if (Failures.TryDequeue(out var failure)) throw failure;
        var reference = to.Reference;
        Assert.Equal(to.Id, reference.Conversation.Id);
        Sent.Add(new Post(Clock!.Now, to.Id, LeadersTeam.Said(activity), activity));
        return Task.CompletedTask;
    }
}
