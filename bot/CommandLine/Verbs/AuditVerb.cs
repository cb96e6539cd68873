using OpsBot.Skills.Audit;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>
/// `audit verify` walks the hash chain of the audit trail: exit 0 with the count when intact, exit 1 naming the
/// first event that was changed, removed or put out of order.
/// </summary>
internal sealed class AuditVerb : IVerb
{
    public string Name => "audit";
    public string Usage => "audit verify";
    public string Summary => "Check that no audit event was edited or deleted (exit 1 naming the broken event).";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        if (args.Positional is not ["verify"]) throw new CliException("Usage: audit verify", 2);
        using var store = StoreOptions.Open(args);
        var result = new AuditLog(store, TimeProvider.System).Verify();
        if (!result.Intact)
        {
            var broken = result.BrokenAt is { } id ? store.AuditEvents.FindById(id) : null;
            var what = broken is null ? "" : $" ({broken.Kind} by {broken.Actor} on {broken.Subject} at {broken.At.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'})";
            throw new CliException($"audit trail broken at event {result.BrokenAt}{what}: {result.Problem}. {result.EventsChecked} events before it are intact.");
        }
        output.Out.WriteLine($"audit trail intact: {result.EventsChecked} events checked.");
        return Task.FromResult(0);
    }
}
