using System.Globalization;
using System.Text.Json;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Storage;
using OpsBot.Skills.Time;

namespace OpsBot.Skills.Reconciliation;

/// <summary>
/// Signing a day off. A leader or an approver signs; once per day (asking again returns the first signature).
/// A day that does not balance is refused, unless the signer writes why it is signed anyway: the signature then
/// says "with a break", keeps the difference and the explanation, and the audit trail has both. A break cannot
/// always be fixed the same day (a bank's correction arrives tomorrow), and a refusal with no way out would only
/// push people to sign nothing; an explained break is what an auditor wants to read.
/// </summary>
public sealed class DaySignOffs
{
    public const string Collection = "day_signoffs";

    private readonly OpsStore _store;
    private readonly AccessPolicy _access;
    private readonly OpsClock _clock;
    private readonly AuditLog _audit;
    private readonly LiteDB.ILiteCollection<DaySignOff> _signOffs;

    public DaySignOffs(OpsStore store, AccessPolicy access, OpsClock clock)
    {
        _store = store;
        _access = access;
        _clock = clock;
        _audit = new AuditLog(store, clock.Time);
        _signOffs = store.Collection<DaySignOff>(Collection);
    }

    public DaySignOff? Find(DateOnly day) => _signOffs.FindById(Key(day));

    public SignOffOutcome SignOff(Actor signer, DateOnly day, string? explanation = null)
    {
        if (!_access.CanSignOff(signer))
            throw new SignOffException(ReconcilingCodes.NotAllowed, new Dictionary<string, object?>
            {
                ["roles"] = AllocationMessages.RoleNames(AccessPolicy.RolesFor(Permission.SignOff)),
            });
        if (day > _clock.Today)
            throw new SignOffException(ReconcilingCodes.DayInFuture, new Dictionary<string, object?> { ["date"] = day });

        return _store.InTransaction(() =>
        {
            AllocationJournal.TakeLock(_store, _clock.Time);
            var existing = _signOffs.FindById(Key(day));
            if (existing is not null) return new SignOffOutcome(existing, Repeated: true);

            var reconciliation = new Reconciler(_store).ForDay(day);
            var why = string.IsNullOrWhiteSpace(explanation) ? null : CardMask.MaskText(explanation.Trim());
            if (!reconciliation.Balanced && why is null)
                throw new SignOffException(ReconcilingCodes.DayNotBalanced, new Dictionary<string, object?>
                {
                    ["date"] = day,
                    ["difference"] = reconciliation.Difference,
                    ["count"] = reconciliation.Exceptions.Count(e => e.Breaks),
                });

            var figures = Figures(reconciliation);
            var signOff = new DaySignOff
            {
                Id = Key(day),
                Date = day,
                By = signer.Id,
                ByName = signer.DisplayName,
                At = _clock.Time.GetUtcNow(),
                Balanced = reconciliation.Balanced,
                Difference = reconciliation.Difference,
                ExceptionCount = reconciliation.Exceptions.Count,
                Explanation = reconciliation.Balanced ? null : why,
                Figures = figures,
            };
            _signOffs.Insert(signOff);
            _audit.Append(AuditKinds.SignOff, signer.Id, $"day:{Key(day)}", null, figures,
                reconciliation.Balanced ? "balanced" : $"signed with a break of {reconciliation.Difference.ToString(CultureInfo.InvariantCulture)}; explanation: {why}");
            return new SignOffOutcome(signOff, Repeated: false);
        });
    }

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Figures(DayReconciliation r) => JsonSerializer.Serialize(new
    {
        received = r.Received, straightThrough = r.StraightThrough, allocated = r.Allocated, unapplied = r.Unapplied,
        returned = r.Returned, difference = r.Difference, balanced = r.Balanced,
        exceptions = r.Exceptions.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Count()),
    }, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
}
