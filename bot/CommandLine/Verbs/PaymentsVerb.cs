using OpsBot.Skills.Cards;
using static System.FormattableString;
using OpsBot.Skills.Payments;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>`payments [--status S] [--date yyyy-mm-dd] [--json]`: the payments stored, references masked.</summary>
internal sealed class PaymentsVerb : IVerb
{
    public string Name => "payments";
    public string Usage => "payments [--status unapplied|partially-applied|applied|returned] [--date yyyy-mm-dd] [--json] [--db PATH]";
    public string Summary => "List payments with their allocations (references masked).";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        PaymentStatus? status = null;
        if (args.Option("status") is { } text)
            status = PaymentQueries.ParseStatus(text)
                ?? throw new CliException($"--status takes unapplied, partially-applied, applied or returned, not '{CardMask.MaskText(text)}'.", 2);
        var day = args.DateOption("date");

        using var store = StoreOptions.Open(args);
        var payments = new PaymentQueries(store).List(status, day);
        if (args.Flag("json"))
        {
            output.WriteJson(payments.Select(PaymentJson.From).ToList());
            return Task.FromResult(0);
        }
        foreach (var p in payments) output.Out.WriteLine(Line(p));
        output.Out.WriteLine($"{payments.Count} payment{(payments.Count == 1 ? "" : "s")}");
        return Task.FromResult(0);
    }

    private static string Line(PaymentWithAllocations item)
    {
        var p = item.Payment;
        var credited = string.Join(", ", item.Applied.Select(a => Invariant($"{a.AccountId} {a.Amount:0.00} by {a.By}")));
        return string.Join("  ",
            Invariant($"{p.Id,6}"), Invariant($"{p.ReceivedOn:yyyy-MM-dd}"), Invariant($"{p.Amount,12:0.00} {p.Currency}"), $"{p.Channel,-12}",
            $"{p.Status.ToString().ToLowerInvariant(),-16}", $"{p.Reason ?? "",-18}",
            $"ref {CardMask.MaskText(p.Reference) ?? "-"}", p.PayerName ?? "", credited.Length > 0 ? "→ " + credited : "");
    }
}

/// <summary>One payment as `payments --json` shows it: amounts as numbers, the reference masked.</summary>
internal sealed record PaymentJson(long Id, string BankReference, DateOnly ReceivedOn, decimal Amount, string Currency, string Channel,
    string? PayerName, string? Reference, PaymentStatus Status, string? Reason, IReadOnlyList<AllocationJson> Allocations)
{
    public static PaymentJson From(PaymentWithAllocations item)
    {
        var p = item.Payment;
        return new(p.Id, p.BankReference, p.ReceivedOn, p.Amount, p.Currency, p.Channel, CardMask.MaskText(p.PayerName),
            CardMask.MaskText(p.Reference), p.Status, p.Reason,
            item.Applied.Select(a => new AllocationJson(a.AccountId, a.Amount, a.By)).ToList());
    }
}

internal sealed record AllocationJson(string AccountId, decimal Amount, string By);
