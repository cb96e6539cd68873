using LiteDB;
using OpsBot.Skills.Access;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Allocations;

/// <summary>
/// Runs one allocation action as one transaction: at most once per action id, serialised with every other
/// allocation action, so that a check ("is anything left?") and the write it guards cannot be split by a
/// colleague's action.
/// </summary>
internal sealed class AllocationJournal(OpsStore store, TimeProvider time)
{
    public const string ActionsCollection = "allocation_actions";
    private const string LockCollection = "allocation_lock";

    public ILiteCollection<ProcessedAction> Actions { get; } = EnsureIndexes(store.Collection<ProcessedAction>(ActionsCollection));

    private static ILiteCollection<ProcessedAction> EnsureIndexes(ILiteCollection<ProcessedAction> actions)
    {
        actions.EnsureIndex(a => a.PaymentId);
        return actions;
    }

    public AllocationOutcome Run(Actor actor, string? actionId, string kind, string subject, long paymentId, Func<AllocationOutcome> change)
    {
        if (string.IsNullOrWhiteSpace(actionId)) throw new AllocationException(AllocationCodes.ActionIdRequired);
        return store.InTransaction(() =>
        {
            // In shared mode the file's mutex already serialises processes; within one process LiteDB lets two
            // threads' transactions read the same snapshot, so the first thing each does is write the same
            // document: the collection's write lock is held until commit, and every read after it is fresh.
            TakeLock(store, time);

            var done = Actions.FindById(actionId);
            if (done is not null) return Replay(done, kind, subject);

            var outcome = change();
            Actions.Insert(new ProcessedAction
            {
                Id = actionId,
                Kind = kind,
                Subject = subject,
                PaymentId = paymentId,
                Actor = actor.Id,
                ActorName = actor.DisplayName,
                At = time.GetUtcNow(),
                Outcome = System.Text.Json.JsonSerializer.Serialize(outcome, AuditJson.Options),
            });
            return outcome;
        });
    }

    /// <summary>
    /// Inside a transaction: waits for, then holds until commit, the lock every change to allocations takes, so what
    /// is read next is what the change will be judged against (the reconciliation's sign-off takes it too).
    /// </summary>
    internal static void TakeLock(OpsStore store, TimeProvider time) =>
        store.Documents(LockCollection).Upsert(new BsonDocument { ["_id"] = "allocations", ["at"] = time.GetUtcNow().UtcDateTime });

    /// <summary>The display name of whoever last acted on the payment, to tell a colleague who got there first.</summary>
    public string? LastActorOn(long paymentId) =>
        Actions.Find(a => a.PaymentId == paymentId).OrderByDescending(a => a.At).FirstOrDefault()?.ActorName;

    private static AllocationOutcome Replay(ProcessedAction done, string kind, string subject)
    {
        if (done.Kind != kind || done.Subject != subject)
            throw new AllocationException(AllocationCodes.ActionIdReused, new Dictionary<string, object?> { ["actionId"] = done.Id });
        var outcome = System.Text.Json.JsonSerializer.Deserialize<AllocationOutcome>(done.Outcome, AuditJson.Options)
            ?? throw new InvalidOperationException($"Action {done.Id}: its stored outcome is unreadable.");
        return outcome with { Repeated = true };
    }
}
