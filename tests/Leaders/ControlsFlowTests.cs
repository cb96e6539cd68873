using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Leaders;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Leaders;
using OpsBot.Tests.Status;
using OpsBot.Tests.Support;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Tests.Leaders;

/// <summary>
/// "controls" / "contrôles" and the Tick button, through the real dialogs, at 10:30 on Tuesday December 29, 2026:
/// "All files of the day ingested" is past its 10:00 cut-off.
/// </summary>
public class ControlsFlowTests : IDisposable
{
    private readonly LeadersTeam _team = new(now: QueueData.Local(LeadersTeam.Tuesday, 10, 30));

    public void Dispose() => _team.Dispose();

    private static JObject TickAction(JObject card, string controlId) =>
        card.Descendants().OfType<JObject>().Single(a => a.Value<string>("type") == "Action.Execute" && a.Value<string>("id") == "tick-" + controlId);

    /// <summary>Pressing an Action.Execute button, as Teams sends it.</summary>
    private static Activity Press(JObject action) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = CardActionRequest.InvokeName,
        Value = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = action["verb"], ["data"] = action["data"] }, ["trigger"] = "manual" },
    };

    private static JObject Replacement(IActivity activity)
    {
        Assert.Equal(ActivityTypesEx.InvokeResponse, activity.Type);
        var body = (AdaptiveCardInvokeResponse)((InvokeResponse)((Activity)activity).Value).Body;
        Assert.Equal(200, body.StatusCode);
        Assert.Equal(AdaptiveCard.ContentType, body.Type);
        return (JObject)body.Value;
    }

    private static string InvokeMessage(IActivity activity)
    {
        var body = (AdaptiveCardInvokeResponse)((InvokeResponse)((Activity)activity).Value).Body;
        Assert.Equal("application/vnd.microsoft.activity.message", body.Type);
        return (string)body.Value;
    }

    private List<AuditEvent> Ticks() => [.. _team.Harness.Store.AuditEvents.Find(e => e.Kind == AuditKinds.ControlTicked)];

    [Fact]
    [UseCulture("de-DE")]
    public async Task An_analyst_ticks_a_control_once_and_pressing_again_only_says_who_ticked_it()
    {
        JObject? card = null;
        await _team.Flow(LeadersTeam.Analyst).Send("controls").AssertReply(a =>
        {
            card = BotHarness.CardOf(a);
            var text = LeadersTeam.Said(a);
            Assert.Contains("Daily controls — December 29, 2026", text);
            Assert.Contains("0 of 3 done", text);
            Assert.Contains("☐ All files of the day ingested — due by 10:00\u00A0a.m. (overdue)", text);
            Assert.Contains("☐ Items over SLA escalated — due by 3:00\u00A0p.m.", text);
            Assert.DoesNotContain("3:00\u00A0p.m. (overdue)", text);
            Assert.Contains("[1] Tick", text);
            Assert.Contains("[3] Tick", text);
        }).StartTestAsync();

        var tick = TickAction(card!, "files-ingested");
        await _team.Flow(LeadersTeam.Analyst).Send(Press(tick)).AssertReply(a =>
        {
            var text = CardText.Render(Replacement(a)).Text;
            Assert.Contains("Ticked “All files of the day ingested”, in your name, in the audit trail.", text);
            Assert.Contains("1 of 3 done", text);
            Assert.Contains("✓ All files of the day ingested — done by Marie Gagnon at 10:30\u00A0a.m.", text);
            // The ticked control has no button any more; the two others keep theirs.
            Assert.Equal(2, CardText.Render(Replacement(a)).Actions.Count);
        }).StartTestAsync();

        _team.Harness.Time.Advance(TimeSpan.FromMinutes(5));
        // The same button pressed again (a leader on the copy in the channel, say): nothing changes.
        await _team.Flow(LeadersTeam.Leader).Send(Press(tick)).AssertReply(a =>
        {
            var text = CardText.Render(Replacement(a)).Text;
            Assert.Contains("“All files of the day ingested” was already ticked by Marie Gagnon; nothing changed.", text);
            Assert.Contains("✓ All files of the day ingested — done by Marie Gagnon at 10:30\u00A0a.m.", text);
            Assert.Contains("1 of 3 done", text);
        }).StartTestAsync();

        var audit = Assert.Single(Ticks());
        Assert.Equal(LeadersTeam.Analyst.AadObjectId, audit.Actor);
        Assert.Equal("control:2026-12-29/files-ingested", audit.Subject);
    }

    [Fact]
    [UseCulture("en-CA")]
    public async Task Un_chef_voit_en_francais_ce_qui_est_fait_et_par_qui()
    {
        _team.Get<DailyControls>().Tick("suspense-reconciled", LeadersTeam.Analyst.AadObjectId, LeadersTeam.Analyst.Name);

        await _team.Flow(LeadersTeam.Leader, "fr-CA").Send("contrôles").AssertReply(a =>
        {
            var text = LeadersTeam.Said(a);
            Assert.Contains("Contrôles quotidiens — 29 décembre 2026", text);
            Assert.Contains("1 sur 3 faits", text);
            Assert.Contains($"☐ Tous les fichiers du jour intégrés — heure limite 10{Nbsp}h{Nbsp}00 (en retard)", text);
            Assert.Contains($"✓ Compte d'attente rapproché — fait par Marie Gagnon à 10{Nbsp}h{Nbsp}30", text);
            Assert.Contains("[1] Cocher", text);
            Assert.Contains("[2] Cocher", text);
            Assert.DoesNotContain("[3]", text);
        }).StartTestAsync();
    }

    [Fact]
    public async Task An_agent_sees_the_checklist_but_cannot_tick_and_a_stranger_sees_nothing()
    {
        JObject? card = null;
        await _team.Flow(LeadersTeam.Agent).Send("daily controls")
            .AssertReply(a => card = BotHarness.CardOf(a))
            .StartTestAsync();
        await _team.Flow(LeadersTeam.Agent).Send(Press(TickAction(card!, "files-ingested")))
            .AssertReply(a => Assert.StartsWith("Daily controls are ticked by analysts, approvers and leaders", InvokeMessage(a)))
            .StartTestAsync();

        await _team.Flow(LeadersTeam.Stranger).Send("controls")
            .AssertReply(a => Assert.Contains("holds no OpsBot role", ((IMessageActivity)a).Text))
            .StartTestAsync();

        Assert.Empty(Ticks());
        Assert.All(_team.Get<DailyControls>().On(), c => Assert.False(c.Done));
    }

    [Fact]
    public async Task A_card_from_another_day_does_not_tick_todays_control()
    {
        var stale = new JObject
        {
            ["verb"] = ControlsCard.TickVerb,
            ["data"] = new JObject { ["controlId"] = "files-ingested", ["day"] = "2026-12-24" },
        };

        await _team.Flow(LeadersTeam.Analyst).Send(Press(stale)).AssertReply(a =>
        {
            var text = CardText.Render(Replacement(a)).Text;
            Assert.Contains("That card was for another day. Here are today's controls: tick them here.", text);
            Assert.Contains("Daily controls — December 29, 2026", text);
            Assert.Contains("0 of 3 done", text);
        }).StartTestAsync();

        Assert.Empty(Ticks());
    }

    [Fact]
    public async Task A_tick_sent_as_an_action_submit_answers_with_the_card_as_a_new_message()
    {
        var data = new JObject { ["verb"] = ControlsCard.TickVerb, ["controlId"] = "over-sla-escalated", ["day"] = "2026-12-29" };

        await _team.Flow(LeadersTeam.Leader).Send(BotHarness.Press(data)).AssertReply(a =>
        {
            var text = LeadersTeam.Said(a);
            Assert.Contains("✓ Items over SLA escalated — done by Luc Tremblay at 10:30\u00A0a.m.", text);
        }).StartTestAsync();

        Assert.Equal(LeadersTeam.Leader.AadObjectId, Assert.Single(Ticks()).Actor);
    }
}
