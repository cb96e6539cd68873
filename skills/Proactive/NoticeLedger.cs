using LiteDB;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Proactive;

/// <summary>A notice already sent (or being sent): its key names the day and what it was about.</summary>
public sealed record NoticeMark
{
    /// <summary>"2026-10-13/digest", "2026-10-13/sla/payment:12", "2026-10-13/control/files-ingested".</summary>
    public required string Id { get; init; }
    public DateTimeOffset At { get; init; }
}

/// <summary>
/// Remembers, in the store, which proactive notices have gone out, so that a restart (or a second instance of the bot)
/// does not post the digest or an alert twice. A key is claimed before posting and released if the post fails.
/// </summary>
public sealed class NoticeLedger(OpsStore store, TimeProvider time)
{
    public const string CollectionName = "leader_notices";

    private ILiteCollection<NoticeMark> Marks => store.Collection<NoticeMark>(CollectionName);

    /// <summary>Claims every key not yet claimed, in one transaction; returns those this call claimed.</summary>
    public IReadOnlyList<string> Claim(IEnumerable<string> keys)
    {
        // Most rounds find everything already claimed: read first, and open a transaction only to write.
        var wanted = keys.Distinct(StringComparer.Ordinal).Where(k => Marks.FindById(k) is null).ToList();
        if (wanted.Count == 0) return [];
        try
        {
            return store.InTransaction(() =>
            {
                var claimed = new List<string>();
                foreach (var key in wanted)
                {
                    if (Marks.FindById(key) is not null) continue;
                    Marks.Insert(new NoticeMark { Id = key, At = time.GetUtcNow() });
                    claimed.Add(key);
                }
                return (IReadOnlyList<string>)claimed;
            });
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // Another instance claimed one of them between our read and our write: let the next round sort it out.
            return [];
        }
    }

    public bool TryClaim(string key) => Claim([key]).Count == 1;

    public bool IsClaimed(string key) => Marks.FindById(key) is not null;

    /// <summary>Gives keys back after a failed post, so the next round tries again.</summary>
    public void Release(IEnumerable<string> keys)
    {
        foreach (var key in keys) Marks.Delete(key);
    }

    /// <summary>Drops marks claimed before <paramref name="before"/>: they only ever guard their own day.</summary>
    public int Forget(DateTimeOffset before) => Marks.DeleteMany(m => m.At < before);

    /// <summary>"2026-10-13/sla/payment:12".</summary>
    public static string Key(DateOnly day, string kind, string? subject = null) =>
        subject is null ? $"{day:yyyy-MM-dd}/{kind}" : $"{day:yyyy-MM-dd}/{kind}/{subject}";
}
