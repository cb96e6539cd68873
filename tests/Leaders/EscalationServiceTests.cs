using OpsBot.Skills.Audit;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Leaders;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Tests.Status;

using OpsBot.Tests.Support;

namespace OpsBot.Tests.Leaders;

public class EscalationServiceTests : IDisposable
{
    private readonly OpsStore _store = OpsStore.InMemory();
    private readonly QueueData _data;
    private readonly EscalationService _escalations;

    public EscalationServiceTests()
    {
        _data = new QueueData(_store, QueueData.At(2026, 10, 13, 10, 5));
        _data.Payment(new(2026, 10, 9), 250.00m, Channels.Cheque, UnappliedReasons.NoReference);    // BR000001
        _data.Payment(new(2026, 10, 8), 1100.00m, Channels.BillPayment, UnappliedReasons.FailsLuhn); // BR000002
        _escalations = new EscalationService(_store, _data.Clock);
    }

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("escalate: BR000001 looks like fraud", "BR000001 looks like fraud", "en")]
    [InlineData("Escalate:no space", "no space", "en")]
    [InlineData("escalade : BR000001 client mécontent", "BR000001 client mécontent", "fr")]
    [InlineData("escalade\u00A0: texte", "texte", "fr")]
    [InlineData("escalate:", "", "en")]
    public void Escalations_are_recognised_in_English_and_French(string message, string text, string language)
    {
        Assert.True(EscalationCommand.TryParse(message, out var parsed, out var lang));
        Assert.Equal((text, language), (parsed, lang));
    }

    [Theory]
    [InlineData("status")]
    [InlineData("please escalate: this")]
    [InlineData(null)]
    public void Other_messages_are_not_escalations(string? message)
    {
        Assert.False(EscalationCommand.TryParse(message, out _, out _));
    }

    [Fact]
    public void An_escalation_keeps_who_when_the_text_and_the_payments_it_names()
    {
        var escalation = _escalations.Escalate("u-anna", "BR000001 and br000002: customer says both are theirs. BR999999 unknown.", "Anna Roy");

        Assert.Equal(("u-anna", "Anna Roy"), (escalation.By, escalation.ByName));
        Assert.Equal(QueueData.Local(new DateOnly(2026, 10, 13), 10, 5), escalation.At);
        Assert.Equal(["BR000001", "BR000002"], escalation.Payments.Select(p => p.BankReference));
        Assert.Equal(1100.00m, escalation.Payments[1].UnappliedAmount);
        var stored = _escalations.Find(escalation.Id)!;
        Assert.Equal((escalation.Text, escalation.At), (stored.Text, stored.At));
        Assert.Equal(escalation.Payments, stored.Payments);
        Assert.Equal([escalation.Id], _escalations.On(new DateOnly(2026, 10, 13)).Select(e => e.Id));
    }

    [Fact]
    public void An_escalation_is_an_audit_event_linked_to_its_payments()
    {
        var escalation = _escalations.Escalate("u-anna", "BR000002 customer disputes");

        var audit = Assert.Single(_store.AuditEvents.FindAll());
        Assert.Equal((AuditKinds.Escalation, "u-anna", $"escalation:{escalation.Id}"), (audit.Kind, audit.Actor, audit.Subject));
        Assert.Equal("payment:2", audit.Detail);
        Assert.Contains("customer disputes", audit.After);
        Assert.True(new AuditLog(_store, _data.Time).Verify().Intact);
    }

    [Fact]
    public void A_card_number_in_the_text_is_masked_before_it_is_kept_and_flagged()
    {
        var card = LuhnValidAmex();
        var escalation = _escalations.Escalate("u-anna", $"customer gave {card} on the phone");

        Assert.True(escalation.HadCardNumber);
        // Checked without Assert.DoesNotContain, whose failure message would print the number.
        Assert.False(escalation.Text.Contains(card, StringComparison.Ordinal), "the escalation kept the full card number");
        Assert.EndsWith("•" + card[^4..] + " on the phone", escalation.Text);
        Assert.False(_store.AuditEvents.FindAll().Single().After!.Contains(card, StringComparison.Ordinal), "the audit event kept the full card number");
        Assert.Contains("PCI DSS 4.2.2", LeadersText.EscalationConfirmation(escalation, "en"));
        Transcript.Record("escalation", LeadersText.Escalation(escalation, "en", QueueData.Toronto));
    }

    [Fact]
    public void An_empty_escalation_is_refused_and_nothing_is_written()
    {
        var e = Assert.Throws<LeadersException>(() => _escalations.Escalate("u-anna", "   "));

        Assert.Contains("escalate: BR123456", e.Message);
        Assert.Contains("escalade\u00A0:", e.In("fr"));
        Assert.Empty(_store.AuditEvents.FindAll());
        Assert.Empty(_store.Collection<Escalation>(EscalationService.CollectionName).FindAll());
    }

    [Fact]
    [UseCulture("de-DE")]
    public void The_post_for_the_leaders_says_who_when_what_and_which_payments_in_English()
    {
        var escalation = _escalations.Escalate("u-anna", "BR000001 customer disputes", "Anna Roy");

        var post = LeadersText.Escalation(escalation, "en", QueueData.Toronto);

        Assert.Equal(
            "Escalation from Anna Roy at 10:05\u00A0a.m., October 13, 2026:\n\u201CBR000001 customer disputes\u201D\n" +
            "Linked payments:\n• BR000001 · $250.00 received October 9, 2026 · unapplied $250.00", post);
    }

    [Fact]
    [UseCulture("en-CA")]
    public void The_post_for_the_leaders_reads_in_French()
    {
        var escalation = _escalations.Escalate("u-anna", "BR000002 client mécontent", "Anna Roy");

        var post = LeadersText.Escalation(escalation, "fr", QueueData.Toronto);

        Assert.Equal(
            "Signalement de Anna Roy, le 13 octobre 2026 à 10\u00A0h\u00A005\u00A0:\n«\u00A0BR000002 client mécontent\u00A0»\n" +
            "Paiements liés\u00A0:\n• BR000002 · 1\u00A0100,00\u00A0$ reçu le 8 octobre 2026 · reste 1\u00A0100,00\u00A0$", post);
    }

    /// <summary>A 15-digit Amex-shaped number with a valid check digit, built at run time and never printed.</summary>
    private static string LuhnValidAmex()
    {
        var body = "37" + string.Concat(Enumerable.Range(0, 12).Select(i => (char)('0' + (i * 7 + 3) % 10)));
        return body + Luhn.CheckDigit(body);
    }
}
