using System.Text.Json.Nodes;
using OpsBot.Dialogs.Status;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Status;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Status;

using OpsBot.Tests.Support;

namespace OpsBot.Tests.Leaders;

/// <summary>What the leaders read for each notice, in English and French, on Tuesday October 13, 2026 at 14:00.</summary>
public class LeadersTextTests : IDisposable
{
    private const char Nbsp = '\u00A0';
    private static readonly DateOnly Tuesday = new(2026, 10, 13);
    private readonly OpsStore _store = OpsStore.InMemory();
    private readonly QueueData _data;
    private readonly QueueStatusService _status;

    public LeadersTextTests()
    {
        _data = new QueueData(_store, QueueData.At(2026, 10, 13, 14, 0));
        _data.Payment(new(2026, 10, 9), 1250.00m, Channels.Cheque, UnappliedReasons.NoReference);
        _data.StraightThrough(new(2026, 10, 9), 300.00m);
        _data.Payment(new(2026, 10, 9), 40.00m, Channels.Interac, UnappliedReasons.NotCad, PaymentStatus.Returned);
        _status = new QueueStatusService(_store, _data.Clock);
    }

    public void Dispose() => _store.Dispose();

    private SlaAlert Sla() => new(Tuesday, [.. _status.UnappliedItems(Tuesday)], ["k"]);

    [Fact]
    [UseCulture("de-DE")]
    public void The_SLA_warning_lists_the_items_due_today_in_English()
    {
        Assert.Equal(
            "SLA warning: 1 payment, $1,250.00 must be applied today and still are not:\n" +
            "• BR000001 · $1,250.00 · received 4 days ago (1 business day) · Cheque · No reference",
            LeadersText.Render(Sla(), "en"));
    }

    [Fact]
    [UseCulture("en-CA")]
    public void The_SLA_warning_reads_in_French()
    {
        Assert.Equal(
            $"Alerte de délai{Nbsp}: 1 paiement, 1{Nbsp}250,00{Nbsp}$ à affecter aujourd'hui au plus tard, toujours non affectés{Nbsp}:\n" +
            $"• BR000001 · 1{Nbsp}250,00{Nbsp}$ · reçu il y a 4 jours (1 jour ouvrable) · Chèque · Aucune référence",
            LeadersText.Render(Sla(), "fr"));
    }

    [Fact]
    [UseCulture("fr-CA")]
    public void Threshold_alerts_name_the_figure_and_the_threshold()
    {
        var amount = new ThresholdAlert(Tuesday, Threshold.UnappliedAmount, new CountAmount(120, 251000.50m), 250000m, ["k"]);
        var count = new ThresholdAlert(Tuesday, Threshold.UnappliedCount, new CountAmount(120, 251000.50m), 100m, ["k"]);

        Assert.Equal("Queue alert: $251,000.50 is unapplied, at or above the alert threshold of $250,000.00.", LeadersText.Render(amount, "en"));
        Assert.Equal("Queue alert: 120 payments are unapplied, at or above the alert threshold of 100.", LeadersText.Render(count, "en"));
        Assert.Equal($"Alerte de file{Nbsp}: 251{Nbsp}000,50{Nbsp}$ non affectés, soit le seuil d'alerte de 250{Nbsp}000,00{Nbsp}$ ou plus.",
            LeadersText.Render(amount, "fr"));
    }

    [Fact]
    [UseCulture("de-DE")]
    public void The_controls_alert_lists_each_overdue_control_with_its_cut_off()
    {
        var controls = new DailyControls(_store, _data.Clock);
        var alert = new ControlsAlert(Tuesday, controls.Overdue(), ["k"]);

        Assert.Equal(
            "Daily controls not ticked by their cut-off:\n• All files of the day ingested (due by 10:00\u00A0a.m.)",
            LeadersText.Render(alert, "en"));
        Assert.Equal(
            $"Contrôles quotidiens non cochés à l'heure limite{Nbsp}:\n• Tous les fichiers du jour intégrés (heure limite 10{Nbsp}h{Nbsp}00)",
            LeadersText.Render(alert, "fr"));
    }

    [Fact]
    [UseCulture("de-DE")]
    public void The_digest_opens_with_the_previous_business_days_reconciliation()
    {
        var digest = new DigestComposer(_status).Compose();

        var english = LeadersText.Render(new DigestNotice(digest, ["k"]), "en");
        var french = LeadersText.Render(new DigestNotice(digest, ["k"]), "fr");

        Assert.StartsWith(
            "Daily digest — October 13, 2026\n" +
            "Reconciliation for October 9, 2026: received $1,590.00 (3) = straight through $300.00 (1) + allocated $0.00 (0) " +
            "+ unapplied $1,250.00 (1) + returned $40.00 (1): balanced.\n\nQueue status", english);
        Assert.StartsWith(
            $"Sommaire quotidien — 13 octobre 2026\nRapprochement du 9 octobre 2026{Nbsp}: reçus 1{Nbsp}590,00{Nbsp}$ (3)", french);
        Assert.Contains($"{Nbsp}: équilibré.", french);
    }

    [Fact]
    [UseCulture("fr-CA")]
    public void The_digest_card_shows_the_reconciliation_then_the_status_with_its_chart()
    {
        var card = DigestCard.Build(new DigestComposer(_status).Compose(), "en");

        var body = card["body"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal("Daily digest — October 13, 2026", body[0]["text"]!.GetValue<string>());
        var reconciliation = body.First(e => e["type"]!.GetValue<string>() == "FactSet")["facts"]!.AsArray()
            .Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>()));
        Assert.Equal(
            [("Received", "3 payments, $1,590.00"), ("Credited straight through", "1 payment, $300.00"),
             ("Allocated by analysts", "0 payments, $0.00"), ("Still unapplied", "1 payment, $1,250.00"), ("Returned", "1 payment, $40.00")],
            reconciliation);
        Assert.Contains(body, e => e["text"]?.GetValue<string>() == "Balanced to the cent." && e["color"]!.GetValue<string>() == "Good");
        Assert.Contains(body, e => e["type"]!.GetValue<string>() == "Chart.VerticalBar" && e["fallback"] is JsonObject);
    }
}
