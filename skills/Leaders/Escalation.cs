using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Leaders;

/// <summary>
/// An analyst's "escalate: …" to the leaders: who, when, what they wrote (card numbers masked), and the payments
/// their text named by bank reference.
/// </summary>
public sealed record Escalation
{
    public long Id { get; init; }
    public required string By { get; init; }
    public string? ByName { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>The analyst's words, with any card-length number masked to its last four digits.</summary>
    public required string Text { get; init; }
    public IReadOnlyList<EscalatedPayment> Payments { get; init; } = [];
    /// <summary>The text held a card-length number (masked before it was kept): the bot should say so (PCI DSS 4.2.2).</summary>
    public bool HadCardNumber { get; init; }
    /// <summary>
    /// What asked for it (the chat message's id), so that the same request, run twice, records one escalation:
    /// the dialog host re-runs a turn whose state lost a race.
    /// </summary>
    public string? RequestId { get; init; }
}

/// <summary>A payment an escalation links to, as it stood when escalated.</summary>
public sealed record EscalatedPayment(long PaymentId, string BankReference, DateOnly ReceivedOn, decimal Amount,
    decimal UnappliedAmount, string Currency, PaymentStatus Status);
