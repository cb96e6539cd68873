using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using OpsBot.Bot.Hosting;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Hosting;

public class ConversationDirectoryTests : IDisposable
{
    private readonly OpsStore _store = OpsStore.InMemory();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));
    private ConversationDirectory Directory => new(_store, _time);

    public void Dispose() => _store.Dispose();

    private static Activity From(string conversation, string type, string? channelData = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.example/amer/",
        Conversation = new ConversationAccount(id: conversation, conversationType: type, tenantId: "tenant-1"),
        From = new ChannelAccount("user-1", "Analyst", aadObjectId: "aad-1"),
        Recipient = new ChannelAccount("opsbot", "OpsBot"),
        ChannelData = channelData is null ? null : Newtonsoft.Json.Linq.JObject.Parse(channelData),
    };

    [Fact]
    public void A_conversation_is_remembered_with_a_reference_that_can_be_continued()
    {
        Directory.Remember(From("a:personal-1", "personal"));

        var entry = Directory.Find("a:personal-1")!;
        Assert.Equal("https://smba.example/amer/", entry.Reference.ServiceUrl);
        Assert.Equal("opsbot", entry.Reference.Bot.Id);
        Assert.Equal("aad-1", entry.UserAadObjectId);
        Assert.Equal("tenant-1", entry.TenantId);
    }

    [Fact]
    public void Channels_are_listed_with_their_team_and_channel_names()
    {
        Directory.Remember(From("a:personal-1", "personal"));
        Directory.Remember(From("19:leaders@thread.tacv2;messageid=1", "channel",
            """{"team":{"id":"19:team@thread.tacv2","name":"Payments"},"channel":{"id":"19:leaders@thread.tacv2","name":"Leaders"}}"""));

        var channel = Assert.Single(Directory.Channels());
        Assert.Equal("Leaders", channel.TeamsChannelName);
        Assert.Equal("19:leaders@thread.tacv2", channel.TeamsChannelId);
        Assert.Equal("Payments", channel.TeamName);
        Assert.Null(channel.UserId);
    }

    [Fact]
    public void The_welcome_is_marked_once_and_survives_later_messages()
    {
        Directory.Remember(From("c", "personal"));
        Assert.True(Directory.MarkWelcomed("c"));
        Directory.Remember(From("c", "personal"));
        Assert.False(Directory.MarkWelcomed("c"));
    }

    [Fact]
    public void A_removed_conversation_is_no_longer_active_until_the_bot_hears_from_it_again()
    {
        Directory.Remember(From("c", "personal"));
        Directory.MarkRemoved("c");
        Assert.Empty(Directory.Active());
        Directory.Remember(From("c", "personal"));
        Assert.Single(Directory.Active());
    }
}
