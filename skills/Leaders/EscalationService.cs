using JsonSerializer = System.Text.Json.JsonSerializer;
using System.Text.RegularExpressions;
using LiteDB;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Calendar;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Skills.Leaders;

/// <summary>
/// Records an analyst's escalation with the payments it names, as an audit event, and says what to post to the
/// leaders' channel. The dialog calls <see cref="Escalate"/> in one line and posts <see cref="EscalationText.Post"/>.
/// </summary>
public sealed partial class EscalationService(OpsStore store, OpsClock clock)
{
    public const string CollectionName = "escalations";
    public const int MaxLength = 2000;

    private ILiteCollection<Escalation> Escalations => store.Collection<Escalation>(CollectionName);

    // Anything that could be a bank reference: letters, digits and the separators banks put in them.
    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9\-_/.]{2,}[A-Za-z0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <param name="requestId">The request's id (the chat message's): a second call with it returns the first escalation, unchanged.</param>
    public Escalation Escalate(string by, string text, string? byName = null, string? requestId = null)
    {
        if (requestId is not null && ForRequest(requestId) is { } done) return done;
        if (string.IsNullOrWhiteSpace(by)) throw new ArgumentException("An escalation needs the analyst's user id.", nameof(by));
        var said = text?.Trim() ?? "";
        if (said.Length == 0)
            throw new LeadersException(
                "Say what to escalate after the colon, for example: escalate: BR123456 customer disputes the credit.",
                "Indiquez quoi signaler après le deux-points, par exemple\u00A0: escalade\u00A0: BR123456 le client conteste le crédit.");
        if (said.Length > MaxLength)
            throw new LeadersException(
                $"An escalation is at most {MaxLength} characters; this one has {said.Length}.",
                $"Un signalement compte au plus {MaxLength} caractères; celui-ci en a {said.Length}.");

        // Payments are looked up on the words as typed (a bank reference can be a long digit run), then the text is masked.
        var payments = LinkedPayments(said);
        var escalation = new Escalation
        {
            By = by,
            ByName = byName,
            At = clock.Time.GetUtcNow(),
            Text = CardMask.MaskText(said)!,
            Payments = payments,
            HadCardNumber = CardMask.ContainsPanLike(said),
            RequestId = requestId,
        };

        return store.InTransaction(() =>
        {
            if (requestId is not null && ForRequest(requestId) is { } raced) return raced;
            var id = Escalations.Insert(escalation).AsInt64;
            var stored = escalation with { Id = id };
            new AuditLog(store, clock.Time).Append(AuditKinds.Escalation, by, $"escalation:{id}",
                after: JsonSerializer.Serialize(new
                {
                    stored.Text,
                    Payments = stored.Payments.Select(p => p.BankReference),
                    stored.HadCardNumber,
                }),
                detail: stored.Payments.Count == 0 ? null : string.Join(",", stored.Payments.Select(p => $"payment:{p.PaymentId}")));
            return stored;
        });
    }

    public Escalation? Find(long id) => Escalations.FindById(id);

    /// <summary>The escalation a request already recorded, if any.</summary>
    public Escalation? ForRequest(string requestId) => Escalations.FindOne(e => e.RequestId == requestId);

    /// <summary>Escalations made on a local day, oldest first (for the digest and the leaders' review).</summary>
    public IReadOnlyList<Escalation> On(DateOnly day)
    {
        var (from, to) = LocalDay.Bounds(day, clock.Zone);
        return [.. Escalations.Find(e => e.At >= from && e.At < to).OrderBy(e => e.Id)];
    }

    private List<EscalatedPayment> LinkedPayments(string text)
    {
        var found = new List<EscalatedPayment>();
        foreach (var token in Token().Matches(text).Select(m => m.Value.TrimEnd('.', '/', '-', '_')).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (token.Length < 4) continue;
            var payment = store.Payments.FindOne(p => p.BankReference == token);
            if (payment is null || found.Any(f => f.PaymentId == payment.Id)) continue;
            found.Add(new EscalatedPayment(payment.Id, payment.BankReference, payment.ReceivedOn, payment.Amount,
                payment.UnappliedAmount, payment.Currency, payment.Status));
        }
        return found;
    }
}
