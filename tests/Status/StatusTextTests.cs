using OpsBot.Skills.Payments;
using OpsBot.Skills.Status;
using OpsBot.Skills.Storage;
using static OpsBot.Skills.Formatting.CanadianFormat;

using OpsBot.Tests.Support;

namespace OpsBot.Tests.Status;

public class StatusTextTests : IDisposable
{
    private static readonly DateOnly Tuesday = new(2026, 10, 13);
    private readonly OpsStore _store = OpsStore.InMemory();
    private readonly QueueStatus _status;

    public StatusTextTests()
    {
        var data = new QueueData(_store, QueueData.At(2026, 10, 13, 14, 5));
        data.Payment(new(2026, 10, 9), 1250.00m, Channels.Cheque, UnappliedReasons.NoReference);
        data.Payment(new(2026, 10, 1), 1000.50m, Channels.BillPayment, UnappliedReasons.FailsLuhn);
        data.StraightThrough(Tuesday, 500.00m);
        var worked = data.Payment(Tuesday, 150.00m, Channels.Eft, status: PaymentStatus.Applied, allocated: 150.00m);
        data.Allocate(worked, 150.00m, "u-anna", QueueData.Local(Tuesday, 9));
        data.Payment(Tuesday, 75.25m, Channels.Cheque, UnappliedReasons.NoReference);
        _status = new QueueStatusService(_store, data.Clock).Now();
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    [UseCulture("fr-CA")]
    public void English_text_uses_Canadian_English_formats_under_a_French_culture() => AssertEnglish();

    [Fact]
    [UseCulture("en-CA")]
    public void English_text_uses_Canadian_English_formats_under_an_English_culture() => AssertEnglish();

    [Fact]
    [UseCulture("de-DE")]
    public void English_text_uses_Canadian_English_formats_under_an_unrelated_culture() => AssertEnglish();

    [Fact]
    [UseCulture("de-DE")]
    public void French_text_is_written_in_French_with_Canadian_typography_under_an_unrelated_culture() => AssertFrench();

    [Fact]
    [UseCulture("en-CA")]
    public void French_text_is_written_in_French_with_Canadian_typography_under_an_English_culture() => AssertFrench();

    [Fact]
    [UseCulture("fr-CA")]
    public void French_text_is_written_in_French_with_Canadian_typography_under_a_French_culture() => AssertFrench();

    private void AssertEnglish()
    {
        var text = StatusText.Render(_status, "en");

        Assert.StartsWith($"Queue status — October 13, 2026, 2:05{Nbsp}p.m.\n", text);
        Assert.Contains("SLA: applied within 1 business day of receipt.", text);
        Assert.Contains("Unapplied: 3 payments, $2,325.75", text);
        Assert.Contains("Over SLA: 1 payment, $1,000.50", text);
        Assert.Contains("Due today: 1 payment, $1,250.00", text);
        Assert.Contains("received 4 days ago (1 business day) · Cheque · No reference", text);
        Assert.Contains("received 12 days ago (7 business days) · Bill payment · Mistyped card number · over SLA", text);
        Assert.Contains("Straight-through rate: 33.3%", text);
        Assert.Matches(@"u-anna\s+1\s+\$150\.00", text);
    }

    private void AssertFrench()
    {
        var text = StatusText.Render(_status, "fr");

        Assert.StartsWith($"État de la file — 13 octobre 2026, 14{Nbsp}h{Nbsp}05\n", text);
        Assert.Contains($"Délai de service{Nbsp}: affecté au plus tard 1 jour ouvrable après la réception.", text);
        Assert.Contains($"Non affectés{Nbsp}: 3 paiements, 2{Nbsp}325,75{Nbsp}$", text);
        Assert.Contains($"Hors délai{Nbsp}: 1 paiement, 1{Nbsp}000,50{Nbsp}$", text);
        Assert.Contains("reçu il y a 4 jours (1 jour ouvrable) · Chèque · Aucune référence", text);
        Assert.Contains("Numéro de carte mal saisi · hors délai", text);
        Assert.Contains($"Taux de traitement direct{Nbsp}: 33,3{Nbsp}%", text);
        Assert.DoesNotContain(" :", text); // every colon has its non-breaking space, never a plain one
    }
}
