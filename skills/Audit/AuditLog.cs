using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Audit;

/// <summary>The append-only, hash-chained record of every change.</summary>
public sealed class AuditLog(OpsStore store, TimeProvider time)
{
    /// <summary>
    /// Appends an event. Call it inside the transaction of the change it records, so that the change and its
    /// trace land together or not at all.
    /// </summary>
    public AuditEvent Append(string kind, string actor, string subject, string? before = null, string? after = null, string? detail = null)
    {
        var last = store.AuditEvents.Query().OrderByDescending(e => e.Id).Limit(1).FirstOrDefault();
        var entry = new AuditEvent
        {
            Kind = kind,
            Actor = actor,
            At = time.GetUtcNow(),
            Subject = subject,
            Before = before,
            After = after,
            Detail = detail,
            PreviousHash = last?.Hash ?? "",
        };
        entry = entry with { Id = (last?.Id ?? 0) + 1 };
        entry = entry with { Hash = HashOf(entry) };
        store.AuditEvents.Insert(entry);
        return entry;
    }

    /// <summary>Walks the chain from the start; the first event whose hash or link does not hold is the break.</summary>
    public AuditVerification Verify()
    {
        var previous = "";
        long expectedId = 1;
        var count = 0;
        foreach (var e in store.AuditEvents.Query().OrderBy(e => e.Id).ToEnumerable())
        {
            if (e.Id != expectedId)
                return new(false, count, e.Id, $"event {expectedId} is missing (next is {e.Id})");
            // LiteDB stores an empty string as null (BsonMapper.EmptyStringToNull): the first event's "" comes back null.
            if ((e.PreviousHash ?? "") != previous)
                return new(false, count, e.Id, $"event {e.Id} does not follow the event before it");
            if (HashOf(e) != e.Hash)
                return new(false, count, e.Id, $"event {e.Id} was changed after it was written");
            previous = e.Hash;
            expectedId++;
            count++;
        }
        return new(true, count, null, null);
    }

    internal static string HashOf(AuditEvent e)
    {
        var text = string.Join('\u001f',
            e.Id.ToString(CultureInfo.InvariantCulture), e.Kind, e.Actor,
            e.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            e.Subject, e.Before ?? "", e.After ?? "", e.Detail ?? "", e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

public sealed record AuditVerification(bool Intact, int EventsChecked, long? BrokenAt, string? Problem);
