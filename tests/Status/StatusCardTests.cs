using System.Text.Json.Nodes;
using OpsBot.Dialogs.Status;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Status;
using OpsBot.Skills.Storage;
using static OpsBot.Skills.Formatting.CanadianFormat;

using OpsBot.Tests.Support;

namespace OpsBot.Tests.Status;

/// <summary>The status card on known data: Tuesday October 13, 2026, the day after Thanksgiving.</summary>
public class StatusCardTests : IDisposable
{
    private static readonly DateOnly Tuesday = new(2026, 10, 13);
    private readonly OpsStore _store = OpsStore.InMemory();
    private readonly QueueStatus _status;

    public StatusCardTests()
    {
        var data = new QueueData(_store, QueueData.At(2026, 10, 13, 9, 30));
        data.Payment(new(2026, 10, 9), 250.00m, Channels.Cheque, UnappliedReasons.NoReference);     // 1 business day
        data.Payment(new(2026, 10, 8), 1100.00m, Channels.BillPayment, UnappliedReasons.FailsLuhn); // 2: over SLA
        data.Payment(Tuesday, 75.25m, Channels.Cheque, UnappliedReasons.NoReference);
        data.StraightThrough(Tuesday, 500.00m);
        var worked = data.Payment(Tuesday, 150.00m, Channels.Eft, status: PaymentStatus.Applied, allocated: 150.00m);
        data.Allocate(worked, 150.00m, "00000000-aaaa", QueueData.Local(Tuesday, 9));
        _status = new QueueStatusService(_store, data.Clock).Now();
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    [UseCulture("de-DE")]
    public void The_card_is_version_1_5_with_a_text_fallback_for_clients_without_cards()
    {
        var card = StatusCard.Build(_status, "en");

        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal("en", card["lang"]!.GetValue<string>());
        Assert.Equal("Queue status — October 13, 2026, 9:30\u00A0a.m. — unapplied: 3 payments, $1,425.25; over SLA: 1",
            card["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    [UseCulture("de-DE")]
    public void The_ageing_chart_has_a_bar_per_band_with_the_counts_and_a_fact_set_fallback_in_English()
    {
        var chart = Element(StatusCard.Build(_status, "en"), "Chart.VerticalBar");

        Assert.Equal(
            [("Today", 1), ("1 day", 1), ("2 days", 1), ("3–5 days", 0), ("Over 5 days", 0)],
            chart["data"]!.AsArray().Select(d => (d!["x"]!.GetValue<string>(), d["y"]!.GetValue<int>())));
        var fallback = chart["fallback"]!.AsObject();
        Assert.Equal("FactSet", fallback["type"]!.GetValue<string>());
        Assert.Equal(
            [("Today", "1 payment, $75.25"), ("1 day", "1 payment, $250.00"), ("2 days", "1 payment, $1,100.00"),
             ("3–5 days", "0 payments, $0.00"), ("Over 5 days", "0 payments, $0.00")],
            Facts(fallback));
    }

    [Fact]
    [UseCulture("en-CA")]
    public void The_ageing_chart_reads_in_French_with_French_amounts_in_its_fallback()
    {
        var chart = Element(StatusCard.Build(_status, "fr"), "Chart.VerticalBar");

        Assert.Equal("Paiements non affectés par âge", chart["title"]!.GetValue<string>());
        Assert.Equal(["Aujourd'hui", "1 jour", "2 jours", "3 à 5 jours", "Plus de 5 jours"],
            chart["data"]!.AsArray().Select(d => d!["x"]!.GetValue<string>()));
        Assert.Contains(("2 jours", $"1 paiement, 1{Nbsp}100,00{Nbsp}$"), Facts(chart["fallback"]!.AsObject()));
    }

    [Fact]
    [UseCulture("fr-CA")]
    public void The_channel_pie_carries_the_unapplied_amounts_as_numbers()
    {
        var pie = Element(StatusCard.Build(_status, "en"), "Chart.Pie");

        Assert.Equal([("Bill payment", 1100.00m), ("Cheque", 325.25m)],
            pie["data"]!.AsArray().Select(d => (d!["legend"]!.GetValue<string>(), d["value"]!.GetValue<decimal>())));
        Assert.Equal("FactSet", pie["fallback"]!["type"]!.GetValue<string>());
    }

    [Fact]
    [UseCulture("fr-CA")]
    public void The_headline_facts_show_the_queue_the_breaches_and_the_straight_through_rate()
    {
        var facts = Facts(Element(StatusCard.Build(_status, "fr"), "FactSet"));

        Assert.Equal(
            [("Non affectés", $"3 paiements, 1{Nbsp}425,25{Nbsp}$"), ("Hors délai", $"1 paiement, 1{Nbsp}100,00{Nbsp}$"),
             ("À affecter aujourd'hui", $"1 paiement, 250,00{Nbsp}$"), ("Taux de traitement direct", $"33,3{Nbsp}%")],
            facts);
    }

    [Fact]
    public void Analysts_are_shown_by_the_name_the_dialog_gives_them()
    {
        var card = StatusCard.Build(_status, "en", id => id == "00000000-aaaa" ? "Anna Roy" : id);

        var analysts = card["body"]!.AsArray().OfType<JsonObject>()
            .Where(e => e["type"]!.GetValue<string>() == "FactSet").Select(Facts)
            .Single(f => f.Any(x => x.Title == "Anna Roy"));
        Assert.Equal([("Anna Roy", "1 payment, $150.00")], analysts);
    }

    [Fact]
    public void French_card_text_puts_a_non_breaking_space_before_every_colon()
    {
        var json = StatusCard.Build(_status, "fr").ToJsonString();

        Assert.DoesNotContain(" :", json);
        Assert.Contains("\\u00A0:", json, StringComparison.OrdinalIgnoreCase);
    }

    private static JsonObject Element(JsonObject card, string type) =>
        card["body"]!.AsArray().OfType<JsonObject>().First(e => e["type"]!.GetValue<string>() == type);

    private static List<(string Title, string Value)> Facts(JsonObject factSet) =>
        [.. factSet["facts"]!.AsArray().Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>()))];
}
