using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Conversation;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Status;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Leaders;

/// <summary>
/// The leaders' proactive service as the host registers it, started on a fake clock from Tuesday December 29, 2026 at
/// 8:00 (the first business day after Christmas and Boxing Day), with a recording sender in place of Teams: what is
/// posted, where, when, and how many times.
/// </summary>
public class ProactiveFlowTests : IAsyncLifetime
{
    private static readonly LeadersSettings Settings = new()
    {
        Channel = LeadersTeam.LeadersChannel,
        DigestTime = new(8, 30),
        SlaWarningTime = new(14, 0),
        UnappliedCountThreshold = 3,
        CheckEvery = TimeSpan.FromMinutes(5),
    };

    private static readonly DateOnly Wednesday = new(2026, 12, 30);

    private LeadersTeam _team = null!;

    private LeadersTeam Team(LeadersSettings? settings = null)
    {
        _team = new LeadersTeam(settings ?? Settings, now: QueueData.Local(LeadersTeam.Tuesday, 8, 0));
        var data = _team.Data;
        data.Payment(LeadersTeam.ChristmasEve, 250.00m, Channels.Cheque, UnappliedReasons.NoReference);          // BR000001: last SLA day Tuesday
        data.StraightThrough(LeadersTeam.ChristmasEve, 300.00m);                                                  // BR000002
        var worked = data.Payment(LeadersTeam.ChristmasEve, 120.00m, Channels.Eft, status: PaymentStatus.Applied, allocated: 120.00m);
        data.Allocate(worked, 120.00m, LeadersTeam.Analyst.AadObjectId, QueueData.Local(LeadersTeam.ChristmasEve, 11, 0)); // BR000003
        data.Payment(LeadersTeam.Tuesday, 75.00m, Channels.Cheque, UnappliedReasons.NoReference);                // BR000004: last SLA day Wednesday
        data.Payment(new(2026, 12, 1), 1000.00m, Channels.BillPayment, UnappliedReasons.UnknownCard);            // BR000005: long over SLA
        return _team;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_team is null) return;
        await _team.PostingService.StopAsync(CancellationToken.None);
        _team.Dispose();
    }

    private List<(string When, string Where, string What)> Posted() =>
        [.. _team.Sender.Sent.Select(p => (p.When, p.Conversation, p.Text.Split('\n')[0]))];

    private static Activity Press(JObject action) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = CardActionRequest.InvokeName,
        Value = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = action["verb"], ["data"] = action["data"] } },
    };

    [Fact]
    [UseCulture("de-DE")]
    public async Task Over_two_days_the_digest_and_each_alert_go_to_the_leaders_channel_once_at_their_time()
    {
        var team = Team();
        team.BotHearsFromLeadersChannel();
        await team.PostingService.StartAsync(CancellationToken.None);

        team.StepTo(LeadersTeam.Tuesday, 9, 45);
        // An analyst ticks the first control before its 10:00 cut-off: no alert for it.
        JObject? card = null;
        await team.Flow(LeadersTeam.Analyst).Send("controls").AssertReply(a => card = BotHarness.CardOf(a)).StartTestAsync();
        var tick = card!.Descendants().OfType<JObject>().First(a => a.Value<string>("id") == "tick-files-ingested");
        await team.Flow(LeadersTeam.Analyst).Send(Press(tick)).AssertReply(_ => { }).StartTestAsync();

        team.StepTo(Wednesday, 10, 30);

        const string channel = LeadersTeam.LeadersChannel;
        Assert.Equal(
        [
            ("Tue 08:30", channel, "Daily digest — December 29, 2026"),
            ("Tue 08:30", channel, "Queue alert: 3 payments are unapplied, at or above the alert threshold of 3."),
            ("Tue 14:00", channel, "SLA warning: 1 payment, $250.00 must be applied today and still are not:"),
            ("Tue 15:00", channel, "Daily controls not ticked by their cut-off:"),
            ("Tue 16:00", channel, "Daily controls not ticked by their cut-off:"),
            ("Wed 08:30", channel, "Daily digest — December 30, 2026"),
            ("Wed 08:30", channel, "Queue alert: 3 payments are unapplied, at or above the alert threshold of 3."),
            ("Wed 10:00", channel, "Daily controls not ticked by their cut-off:"),
        ], Posted());

        // Tuesday's digest covers Christmas Eve, the previous business day, from the reconciliation.
        var digest = team.Sender.Sent[0].Text;
        Assert.Contains("Reconciliation for December 24, 2026", digest);
        Assert.Contains("  Received: 3 payments, $670.00", digest);
        Assert.Contains("  Credited straight through: 1 payment, $300.00", digest);
        Assert.Contains("  Allocated by analysts: 1 payment, $120.00", digest);
        Assert.Contains("  Still unapplied: 1 payment, $250.00", digest);
        Assert.Contains("Balanced to the cent.", digest);
        Assert.Contains("Queue status — December 29, 2026, 8:30\u00A0a.m.", digest);
        Assert.Equal("1.5", BotHarness.CardOf(team.Sender.Sent[0].Activity)!.Value<string>("version"));

        Assert.Contains("• BR000001 · $250.00", team.Sender.Sent[2].Text);
        Assert.Contains("• Items over SLA escalated (due by 3:00\u00A0p.m.)", team.Sender.Sent[3].Text);
        Assert.Contains("• Suspense reconciled (due by 4:00\u00A0p.m.)", team.Sender.Sent[4].Text);
        Assert.Contains("Reconciliation for December 29, 2026", team.Sender.Sent[5].Text);
        Assert.Contains("• All files of the day ingested (due by 10:00\u00A0a.m.)", team.Sender.Sent[7].Text);
    }

    [Fact]
    public async Task Without_a_leaders_channel_the_digest_waits_for_the_first_leader_to_chat_and_goes_to_them_alone()
    {
        var team = Team(Settings with { Channel = null });
        await team.PostingService.StartAsync(CancellationToken.None);

        team.StepTo(LeadersTeam.Tuesday, 9, 0);
        await team.Flow(LeadersTeam.Analyst).Send("status").AssertReply(_ => { }).StartTestAsync();
        team.StepTo(LeadersTeam.Tuesday, 9, 10);
        Assert.Empty(team.Sender.Attempts);

        await team.Flow(LeadersTeam.Leader).Send("status").AssertReply(_ => { }).StartTestAsync();
        team.StepTo(LeadersTeam.Tuesday, 9, 30);

        Assert.Equal(
        [
            ("Tue 09:15", LeadersTeam.Leader.Conversation, "Daily digest — December 29, 2026"),
            ("Tue 09:15", LeadersTeam.Leader.Conversation, "Queue alert: 3 payments are unapplied, at or above the alert threshold of 3."),
        ], Posted());
    }

    [Fact]
    public async Task A_channel_that_removed_the_bot_gets_nothing_more_until_the_bot_is_back_then_the_pending_alerts()
    {
        var team = Team();
        team.BotHearsFromLeadersChannel();
        team.Sender.Failures.Enqueue(LeadersTeam.Teams(System.Net.HttpStatusCode.NotFound, code: "ConversationNotFound"));
        await team.PostingService.StartAsync(CancellationToken.None);

        team.StepTo(LeadersTeam.Tuesday, 12, 0);
        // The digest was refused (404): the conversation is stopped, the threshold alert of the same round skipped.
        Assert.Equal([LeadersTeam.LeadersChannel], team.Sender.Attempts);
        Assert.Empty(team.Sender.Sent);

        team.BotHearsFromLeadersChannel(thread: "1766100000000");   // added back, someone mentions it
        team.StepTo(LeadersTeam.Tuesday, 14, 0);

        Assert.Equal(
        [
            ("Tue 12:05", LeadersTeam.LeadersChannel, "Daily controls not ticked by their cut-off:"),
            ("Tue 14:00", LeadersTeam.LeadersChannel, "SLA warning: 1 payment, $250.00 must be applied today and still are not:"),
        ], Posted());
        Assert.Contains("All files of the day ingested", team.Sender.Sent[0].Text);
    }

    [Fact]
    public async Task A_host_started_after_the_digest_time_posts_it_at_once_and_a_restart_does_not_post_it_again()
    {
        var team = Team();
        team.BotHearsFromLeadersChannel();
        team.StepTo(LeadersTeam.Tuesday, 11, 0);

        await team.PostingService.StartAsync(CancellationToken.None);
        Assert.Equal(("Tue 11:00", LeadersTeam.LeadersChannel, "Daily digest — December 29, 2026"), Posted()[0]);
        await team.PostingService.StopAsync(CancellationToken.None);

        // A second host on the same store (a restart, or a second instance): the ledger remembers what went out.
        var again = new Bot.Leaders.LeadersPostingService(team.Get<LeadersWatch>(), Channel(team), team.Get<Bot.Leaders.NoticeMessages>(),
            Settings, team.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<Bot.Leaders.LeadersPostingService>.Instance);
        await again.StartAsync(CancellationToken.None);
        team.StepTo(LeadersTeam.Tuesday, 11, 30);
        await again.StopAsync(CancellationToken.None);

        Assert.Single(Posted(), p => p.What.StartsWith("Daily digest", StringComparison.Ordinal));
    }

    private static Bot.Leaders.LeadersChannel Channel(LeadersTeam team) => new(team.Get<Bot.Leaders.LeadersAudience>(), team.Sender,
        team.Get<Skills.Proactive.ConversationStops>(), new Skills.Proactive.RetryPolicy(), team.Harness.Time,
        Microsoft.Extensions.Logging.Abstractions.NullLogger<Bot.Leaders.LeadersChannel>.Instance);
}
