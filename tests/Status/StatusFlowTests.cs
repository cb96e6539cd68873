using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Leaders;
using OpsBot.Tests.Support;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Tests.Status;

/// <summary>
/// "status" in Teams, through the real dialogs, on known data: Tuesday December 29, 2026 at 9:30 in Toronto, the
/// first business day after Christmas (Friday 25) and Boxing Day (observed Monday 28).
/// </summary>
public class StatusFlowTests : IDisposable
{
    private readonly LeadersTeam _team = new();

    public StatusFlowTests()
    {
        var data = _team.Data;
        var tuesday = LeadersTeam.Tuesday;
        data.Payment(LeadersTeam.ChristmasEve, 250.00m, Channels.Cheque, UnappliedReasons.NoReference);       // BR000001: 1 business day, due today
        data.Payment(new(2026, 12, 23), 1100.00m, Channels.BillPayment, UnappliedReasons.FailsLuhn);          // BR000002: 2 business days, over SLA
        data.Payment(tuesday, 75.25m, Channels.Cheque, UnappliedReasons.NoReference);                          // BR000003: today
        data.Payment(new(2026, 12, 18), 40.00m, Channels.Interac, UnappliedReasons.UnknownCard);             // BR000004: 5 business days
        data.StraightThrough(tuesday, 500.00m);                                                                // BR000005
        var worked = data.Payment(tuesday, 150.00m, Channels.Eft, status: PaymentStatus.Applied, allocated: 150.00m);
        data.Allocate(worked, 150.00m, LeadersTeam.Analyst.AadObjectId, QueueData.Local(tuesday, 9, 0));
    }

    public void Dispose() => _team.Dispose();

    private static JObject Card(IActivity activity)
    {
        var card = BotHarness.CardOf(activity);
        Assert.NotNull(card);
        return card!;
    }

    [Theory]
    [InlineData("status")]
    [InlineData("queue status")]
    [InlineData("how are we doing today")]
    [UseCulture("de-DE")]
    public async Task A_leader_asking_in_English_gets_the_status_card_with_business_day_ageing_across_the_holidays(string asked)
    {
        await _team.Flow(LeadersTeam.Leader).Send(asked).AssertReply(a =>
        {
            var text = LeadersTeam.Said(a);
            Assert.Contains("Queue status — December 29, 2026, 9:30\u00A0a.m.", text);
            Assert.Contains("SLA: applied within 1 business day of receipt.", text);
            Assert.Contains("Unapplied: 4 payments, $1,465.25", text);
            Assert.Contains("Over SLA: 2 payments, $1,140.00", text);
            Assert.Contains("Due today: 1 payment, $250.00", text);
            Assert.Contains("Straight-through rate: 33.3%", text);
            // The chart's fallback: Christmas Eve's payment is one business day old on Tuesday, not five.
            Assert.Contains("  Today: 1 payment, $75.25", text);
            Assert.Contains("  1 day: 1 payment, $250.00", text);
            Assert.Contains("  2 days: 1 payment, $1,100.00", text);
            Assert.Contains("  3–5 days: 1 payment, $40.00", text);
            Assert.Contains("  Over 5 days: 0 payments, $0.00", text);
            Assert.Contains("  Received: 3 payments, $725.25", text);
            Assert.Contains("  Credited straight through: 1 payment, $500.00", text);
            Assert.Contains("  Allocated by analysts: 1 payment, $150.00", text);
            Assert.Contains("  Remaining: 1 payment, $75.25", text);
            Assert.Contains("  Cheque: 2 payments, $325.25", text);
            Assert.Contains("BR000004 · $40.00 · received 11 days ago (5 business days) · Interac e-Transfer · Card not on file · over SLA", text);
            Assert.Contains("BR000001 · $250.00 · received 5 days ago (1 business day) · Cheque · No reference", text);
            Assert.Contains("  No reference: 2", text);
        }).StartTestAsync();
    }

    [Theory]
    [InlineData("état de la file")]
    [InlineData("où en est-on")]
    [UseCulture("en-CA")]
    public async Task Un_chef_qui_demande_en_francais_recoit_la_carte_en_francais(string asked)
    {
        await _team.Flow(LeadersTeam.Leader, "fr-CA").Send(asked).AssertReply(a =>
        {
            var text = LeadersTeam.Said(a);
            Assert.Equal("fr", Card(a).Value<string>("lang"));
            Assert.Contains($"État de la file — 29 décembre 2026, 9{Nbsp}h{Nbsp}30", text);
            Assert.Contains($"Non affectés: 4 paiements, 1{Nbsp}465,25{Nbsp}$", text);
            Assert.Contains($"Hors délai: 2 paiements, 1{Nbsp}140,00{Nbsp}$", text);
            Assert.Contains($"  1 jour: 1 paiement, 250,00{Nbsp}$", text);
            Assert.Contains($"  3 à 5 jours: 1 paiement, 40,00{Nbsp}$", text);
            Assert.Contains($"Taux de traitement direct: 33,3{Nbsp}%", text);
            Assert.Contains("reçu il y a 5 jours (1 jour ouvrable)", text);
            Assert.Contains("Virement Interac", text);
        }).StartTestAsync();
    }

    [Fact]
    [UseCulture("fr-CA")]
    public async Task Analysts_read_the_status_too_and_the_leader_sees_allocations_by_the_analysts_name()
    {
        // The analyst's chat tells the bot her name; the allocation record keeps only her id.
        await _team.Flow(LeadersTeam.Analyst).Send("status")
            .AssertReply(a => Assert.Contains("Unapplied: 4 payments", LeadersTeam.Said(a))).StartTestAsync();

        await _team.Flow(LeadersTeam.Leader).Send("status").AssertReply(a =>
        {
            var text = LeadersTeam.Said(a);
            Assert.Contains("Allocations by analyst today", text);
            Assert.Contains("  Marie Gagnon: 1 payment, $150.00", text);
            Assert.DoesNotContain(LeadersTeam.Analyst.AadObjectId, text);
        }).StartTestAsync();
    }

    [Fact]
    public async Task Someone_without_a_role_is_refused_the_numbers()
    {
        await _team.Flow(LeadersTeam.Stranger).Send("queue status").AssertReply(a =>
        {
            Assert.Null(BotHarness.CardOf(a));
            var text = ((IMessageActivity)a).Text;
            Assert.Contains("holds no OpsBot role", text);
            Assert.DoesNotContain("1,465.25", text);
        }).StartTestAsync();
    }

    [Fact]
    public async Task The_card_sent_is_adaptive_card_1_5_whose_charts_each_carry_a_renderable_fallback()
    {
        await _team.Flow(LeadersTeam.Leader).Send("status").AssertReply(a =>
        {
            var attachment = Assert.Single(((IMessageActivity)a).Attachments);
            Assert.Equal(AdaptiveCard.ContentType, attachment.ContentType);
            var card = Card(a);
            Assert.Equal("AdaptiveCard", card.Value<string>("type"));
            Assert.Equal("1.5", card.Value<string>("version"));
            Assert.StartsWith("Queue status — December 29, 2026", card.Value<string>("fallbackText"));
            Assert.Equal(card.Value<string>("fallbackText"), ((IMessageActivity)a).Summary);

            var charts = card["body"]!.Children<JObject>().Where(e => e.Value<string>("type")!.StartsWith("Chart.")).ToList();
            Assert.Equal(["Chart.VerticalBar", "Chart.Pie"], charts.Select(c => c.Value<string>("type")));
            foreach (var chart in charts)
            {
                Assert.NotEmpty(chart["data"]!);
                var fallback = Assert.IsType<JObject>(chart["fallback"]);
                Assert.Equal("FactSet", fallback.Value<string>("type"));
                Assert.Equal(chart["data"]!.Count(), fallback["facts"]!.Count());
            }
            Assert.Equal([1, 1, 1, 1, 0], charts[0]["data"]!.Select(d => d.Value<int>("y")));
            Assert.Equal([1100.00m, 325.25m, 40.00m], charts[1]["data"]!.Select(d => d.Value<decimal>("value")));

            // Elements Adaptive Cards 1.5 knows, or Teams' charts (which fall back to one of those); no nulls; under
            // Teams' 28 KB message limit.
            Assert.All(Elements(card), e => Assert.Contains(e.Value<string>("type"), (string[])
                ["TextBlock", "FactSet", "Container", "ColumnSet", "Column", "ActionSet", "Chart.VerticalBar", "Chart.Pie"]));
            Assert.DoesNotContain(card.Descendants(), t => t.Type == JTokenType.Null);
            Assert.True(card.ToString(Newtonsoft.Json.Formatting.None).Length < 28_000);
        }).StartTestAsync();
    }

    private static IEnumerable<JObject> Elements(JObject container) =>
        (container["body"] ?? container["items"] ?? new JArray()).Children<JObject>()
            .SelectMany(e => Elements(e).Prepend(e));
}
