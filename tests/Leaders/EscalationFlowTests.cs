using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Proactive;
using OpsBot.Tests.Status;
using OpsBot.Tests.Support;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Tests.Leaders;

/// <summary>"escalate: …" / "escalade : …" through the real dialogs: the analyst's reply, the post to the leaders, the audit event.</summary>
public class EscalationFlowTests : IDisposable
{
    private readonly LeadersTeam _team = new();

    public EscalationFlowTests()
    {
        _team.Data.Payment(LeadersTeam.ChristmasEve, 250.00m, Channels.Cheque, UnappliedReasons.NoReference);  // BR000001
        _team.Data.Payment(new(2026, 12, 23), 1100.00m, Channels.BillPayment, UnappliedReasons.FailsLuhn);     // BR000002
    }

    public void Dispose() => _team.Dispose();

    private static string TextOf(IActivity a) => ((IMessageActivity)a).Text ?? "";

    private List<AuditEvent> Escalations() => [.. _team.Harness.Store.AuditEvents.Find(e => e.Kind == AuditKinds.Escalation)];

    [Fact]
    [UseCulture("de-DE")]
    public async Task An_analysts_escalation_is_posted_to_the_leaders_channel_with_who_when_and_the_payment_and_audited()
    {
        _team.BotHearsFromLeadersChannel();

        await _team.Flow(LeadersTeam.Analyst).Send("escalate: BR000001 customer says she paid twice, please call her bank")
            .AssertReply("Escalated to the leaders (1 payment linked).")
            .StartTestAsync();

        var post = Assert.Single(_team.Sender.Sent);
        // A new post at the channel's top level, not a reply in the thread the bot last saw.
        Assert.Equal(LeadersTeam.LeadersChannel, post.Conversation);
        Assert.Contains("Escalation from Marie Gagnon at 9:30\u00A0a.m., December 29, 2026:", post.Text);
        Assert.Contains("\u201Ccustomer says she paid twice, please call her bank\u201D", post.Text.Replace("BR000001 ", ""));
        Assert.Contains("Linked payments:", post.Text);
        Assert.Contains("• BR000001 · $250.00 received", post.Text);
        Assert.Contains("unapplied $250.00", post.Text);

        var audit = Assert.Single(Escalations());
        Assert.Equal(LeadersTeam.Analyst.AadObjectId, audit.Actor);
        Assert.Equal("payment:1", audit.Detail);
        Assert.Equal(LeadersTeam.Analyst.AadObjectId, Assert.Single(_team.Get<EscalationService>().On(LeadersTeam.Tuesday)).By);
    }

    [Fact]
    [UseCulture("en-CA")]
    public async Task Une_escalade_en_francais_recoit_sa_reponse_en_francais()
    {
        _team.BotHearsFromLeadersChannel();

        await _team.Flow(LeadersTeam.Analyst, "fr-CA").Send("escalade\u00A0: BR000001 et BR000002, le client conteste les deux crédits")
            .AssertReply("Signalement transmis aux responsables (2 paiements liés).")
            .StartTestAsync();

        // The leaders read in their own language (Leaders:Language, English by default); the analyst's words stay hers.
        var post = Assert.Single(_team.Sender.Sent).Text;
        Assert.Contains("le client conteste les deux crédits", post);
        Assert.Contains("• BR000002 · $1,100.00", post);
    }

    [Fact]
    [UseCulture("fr-CA")]
    public async Task Leaders_who_read_French_get_the_post_in_French()
    {
        using var team = new LeadersTeam(new LeadersSettings { Channel = LeadersTeam.LeadersChannel, Language = "fr" });
        team.Data.Payment(LeadersTeam.ChristmasEve, 250.00m, Channels.Cheque);
        team.BotHearsFromLeadersChannel();

        await team.Flow(LeadersTeam.Analyst).Send("escalate: BR000001 wrong payee").AssertReply("Escalated to the leaders (1 payment linked).").StartTestAsync();

        var post = Assert.Single(team.Sender.Sent).Text;
        Assert.Contains($"Signalement de Marie Gagnon, le 29 décembre 2026 à 9{Nbsp}h{Nbsp}30{Nbsp}:", post);
        Assert.Contains($"«{Nbsp}BR000001 wrong payee{Nbsp}»", post);
        Assert.Contains($"• BR000001 · 250,00{Nbsp}$ reçu le 24 décembre 2026", post);
    }

    [Fact]
    public async Task Escalate_alone_asks_what_to_escalate_then_escalates_the_answer()
    {
        _team.BotHearsFromLeadersChannel();

        await _team.Flow(LeadersTeam.Analyst)
            .Send("escalate").AssertReply(a => Assert.StartsWith("What should I escalate to the leaders?", TextOf(a)))
            .Send("BR000002 has been over SLA since Wednesday").AssertReply("Escalated to the leaders (1 payment linked).")
            .StartTestAsync();

        Assert.Contains("BR000002 has been over SLA since Wednesday", Assert.Single(_team.Sender.Sent).Text);
        Assert.Single(Escalations());
    }

    [Fact]
    public async Task Someone_without_a_role_cannot_escalate_and_nothing_is_posted_or_audited()
    {
        _team.BotHearsFromLeadersChannel();

        await _team.Flow(LeadersTeam.Stranger).Send("escalate: BR000001 look at this")
            .AssertReply(a => Assert.Contains("holds no OpsBot role", TextOf(a)))
            .StartTestAsync();

        Assert.Empty(_team.Sender.Attempts);
        Assert.Empty(Escalations());
    }

    [Fact]
    public async Task With_no_leaders_conversation_known_the_analyst_is_told_nobody_was_notified()
    {
        await _team.Flow(LeadersTeam.Analyst).Send("escalate: BR000001 disputed").AssertReply(a =>
        {
            Assert.StartsWith("Your escalation is recorded in the audit trail, but I know no leaders' channel yet", TextOf(a));
            Assert.Contains("please tell a leader directly", TextOf(a));
        }).StartTestAsync();

        Assert.Single(Escalations());
    }

    [Fact]
    public async Task A_leaders_channel_that_removed_the_bot_is_reported_and_no_longer_posted_to()
    {
        _team.BotHearsFromLeadersChannel();
        _team.Sender.Failures.Enqueue(LeadersTeam.Teams(HttpStatusCode.Forbidden, code: "BotNotInConversationRoster"));

        await _team.Flow(LeadersTeam.Analyst)
            .Send("escalate: BR000001 disputed").AssertReply(a => Assert.Contains("the leaders' conversation has removed or blocked me", TextOf(a)))
            .Send("escalate: BR000002 disputed").AssertReply(a => Assert.Contains("the leaders' conversation has removed or blocked me", TextOf(a)))
            .StartTestAsync();

        Assert.Equal([LeadersTeam.LeadersChannel], _team.Sender.Attempts);
        var stop = Assert.Single(_team.Get<ConversationStops>().All());
        Assert.Equal((LeadersTeam.LeadersChannel, 403, "BotNotInConversationRoster"), (stop.Id, stop.StatusCode, stop.Code));
        Assert.Equal(2, Escalations().Count);
    }

    [Fact]
    public async Task A_turn_the_dialog_host_runs_again_records_and_posts_the_escalation_once()
    {
        using var team = new LeadersTeam(configure: s => s.AddSingleton<IStorage>(sp => new ConflictOnce(new LiteDbStorage(sp.GetRequiredService<Skills.Storage.OpsStore>()))));
        team.Data.Payment(LeadersTeam.ChristmasEve, 250.00m, Channels.Cheque);
        team.BotHearsFromLeadersChannel();

        await team.Flow(LeadersTeam.Analyst).Send("escalate: BR000001 disputed")
            .AssertReply("Escalated to the leaders (1 payment linked).")
            .StartTestAsync();

        Assert.True(((ConflictOnce)team.Get<IStorage>()).Conflicted);
        Assert.Single(team.Sender.Sent);
        Assert.Single(team.Harness.Store.AuditEvents.Find(e => e.Kind == AuditKinds.Escalation));
    }

    /// <summary>Storage whose first save of a conversation loses a race, as when two turns of one conversation run at once.</summary>
    private sealed class ConflictOnce(IStorage inner) : IStorage
    {
        public bool Conflicted { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            if (!Conflicted && changes.Keys.Any(k => k.Contains("/conversations/", StringComparison.Ordinal)))
            {
                Conflicted = true;
                throw new StorageConflictException(changes.Keys.First());
            }
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
