using OpsBot.Skills.Formatting;
using OpsBot.Skills.Reconciliation;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>
/// The day's reconciliation: received = straight through + allocated + unapplied + returned, to the cent, with the
/// exceptions. --json prints the figures as JSON; --csv FILE writes one row per payment for the accounting team.
/// The exit code is 0 whether or not the day balances: "balanced" says it.
/// </summary>
internal sealed class ReconcileVerb : IVerb
{
    public string Name => "reconcile";
    public string Usage => "reconcile [--date yyyy-mm-dd] [--json] [--csv FILE]";
    public string Summary => "Balance a day (default today in Toronto): received = credited + allocated + unapplied + returned.";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        var configuration = StoreOptions.Configuration(args);
        var clock = StoreOptions.Clock(configuration);
        var day = args.DateOption("date") ?? clock.Today;
        var csvPath = args.Option("csv");
        if (csvPath == "true") throw new CliException("--csv takes a file name.", 2);

        DayReconciliation result;
        using (var store = StoreOptions.Open(args)) result = new Reconciler(store).ForDay(day);

        if (csvPath is not null) CsvFile.Write(csvPath, writer => ReconciliationCsv.Write(result, writer));

        if (args.Flag("json")) output.WriteJson(Json(result));
        else Print(result, output.Out);
        if (csvPath is not null && !args.Flag("json")) output.Out.WriteLine($"CSV: {result.Payments.Count} payments written to {csvPath}");
        return Task.FromResult(0);
    }

    /// <summary>The JSON contract: exactly these keys; amounts are numbers.</summary>
    internal static object Json(DayReconciliation r) => new
    {
        date = CanadianFormat.IsoDate(r.Date),
        received = new
        {
            count = r.Received.Count,
            amount = r.Received.Amount,
            byChannel = r.ByChannel.ToDictionary(c => c.Key, c => new { count = c.Value.Count, amount = c.Value.Amount }),
        },
        straightThrough = Figure(r.StraightThrough),
        allocated = Figure(r.Allocated),
        unapplied = Figure(r.Unapplied),
        returned = Figure(r.Returned),
        balanced = r.Balanced,
        exceptions = r.Exceptions.Select(e => new
        {
            code = e.Code,
            paymentId = e.PaymentId,
            bankReference = e.BankReference,
            amount = e.Amount,
            breaks = e.Breaks,
            text = ReconciliationMessages.Describe(e, "en"),
        }),
    };

    private static object Figure(Figure f) => new { count = f.Count, amount = f.Amount };

    private static void Print(DayReconciliation r, TextWriter o)
    {
        o.WriteLine($"Reconciliation of {CanadianFormat.IsoDate(r.Date)} (payments received that day, figures as at now)");
        Line(o, "received", r.Received);
        foreach (var (channel, figure) in r.ByChannel) Line(o, "  " + channel, figure);
        Line(o, "straight through", r.StraightThrough);
        Line(o, "allocated", r.Allocated);
        Line(o, "unapplied", r.Unapplied);
        Line(o, "returned", r.Returned);
        o.WriteLine(r.Balanced
            ? "balanced: yes"
            : $"balanced: NO (difference {CanadianFormat.Money(r.Difference, "en")}, {r.Exceptions.Count(e => e.Breaks)} break(s))");
        o.WriteLine($"exceptions: {r.Exceptions.Count}");
        foreach (var e in r.Exceptions)
            o.WriteLine($"  {(e.Breaks ? "BREAK " : "")}{ReconciliationMessages.Describe(e, "en")}");
    }

    private static void Line(TextWriter o, string label, Figure f) =>
        o.WriteLine($"  {label,-20} {f.Count,6} {CanadianFormat.Money(f.Amount, "en"),18}");
}
