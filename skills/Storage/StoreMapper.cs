using System.Globalization;
using LiteDB;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Storage;

/// <summary>How our records become LiteDB documents: dates as sortable text, derived properties left out.</summary>
internal static class StoreMapper
{
    public static BsonMapper Create()
    {
        // An empty string stays an empty string: the first audit event links to "", and a hash must read back what it hashed.
        var mapper = new BsonMapper { EnumAsInteger = false, EmptyStringToNull = false };
        // ISO text sorts in date order, so range queries on the index work.
        mapper.RegisterType(
            d => new BsonValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            b => DateOnly.ParseExact(b.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        mapper.RegisterType(
            t => new BsonValue(t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)),
            b => DateTimeOffset.Parse(b.AsString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        mapper.Entity<AccountCard>().Ignore(c => c.LastFour).Ignore(c => c.Masked);
        mapper.Entity<CardAccount>().Ignore(a => a.CurrentCard).Ignore(a => a.IsCancelledOrClosed);
        mapper.Entity<Payment>().Ignore(p => p.UnappliedAmount);
        return mapper;
    }
}
