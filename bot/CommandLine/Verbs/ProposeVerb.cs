using System.Globalization;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;
using OpsBot.Skills.Research.Sources;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>
/// `propose [--payment ID] [--top N] [--json] [--lang en|fr]`: research's candidate accounts for every unapplied
/// payment (or the one named by id or bank reference), best first, with confidence and evidence.
/// </summary>
internal sealed class ProposeVerb : IVerb
{
    public string Name => "propose";
    public string Usage => "propose [--payment ID|BANKREF] [--top N] [--json] [--lang en|fr]";
    public string Summary => "Propose the accounts unapplied payments belong to, with evidence.";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        var top = args.IntOption("top", ResearchService.DefaultTop);
        var language = args.Option("lang") ?? "en";
        if (language is not ("en" or "fr")) throw new CliException($"--lang takes en or fr, not '{language}'.", 2);

        using var store = StoreOptions.Open(args);
        var queue = new StoreUnappliedPayments(store);
        IReadOnlyList<Payment> payments;
        if (args.Option("payment") is { } wanted)
            payments = [queue.Find(wanted) ?? throw new CliException($"No payment '{wanted}': give its id or its bank reference.")];
        else
            payments = queue.Unapplied().ToList();

        // The key that unseals references lives beside the store; without it research still uses last digits
        // and names, and says so. A read-only command does not create one.
        var seal = File.Exists(store.Path + ".key") ? ReferenceSeal.ForStore(store.Path) : null;
        var research = ResearchService.ForStore(store, seal);
        var proposals = payments.Select(p => (Payment: p, Proposal: research.Propose(p, top))).ToList();

        if (args.Flag("json"))
        {
            output.WriteJson(new ProposalsJson(proposals.Select(p => new ProposalJson(
                p.Proposal.PaymentId,
                p.Proposal.BankReference,
                p.Proposal.Candidates.Select(c => new CandidateJson(c.AccountId, c.Confidence, c.Evidence.Select(e => e.In(language)).ToList())).ToList()
            )).ToList()));
            return Task.FromResult(0);
        }

        var french = CanadianFormat.IsFrench(language);
        if (proposals.Count == 0)
        {
            output.Out.WriteLine(french ? "Aucun paiement non imputé." : "No unapplied payments.");
            return Task.FromResult(0);
        }
        foreach (var (payment, proposal) in proposals) Write(output.Out, payment, proposal, language);
        return Task.FromResult(0);
    }

    private static void Write(TextWriter o, Payment payment, Proposal proposal, string language)
    {
        var french = CanadianFormat.IsFrench(language);
        var header = new List<string>
        {
            payment.BankReference,
            (french ? "paiement " : "payment ") + payment.Id.ToString(CultureInfo.InvariantCulture),
            CanadianFormat.IsoDate(payment.ReceivedOn),
            CanadianFormat.Money(payment.Amount, language, payment.Currency),
        };
        if (!string.IsNullOrWhiteSpace(payment.PayerName)) header.Add(payment.PayerName.Trim());
        // Reference and memo are stored masked; never print anything else.
        if (!string.IsNullOrWhiteSpace(payment.Reference)) header.Add((french ? "réf. " : "ref. ") + payment.Reference);
        o.WriteLine(string.Join(" · ", header));
        foreach (var finding in proposal.Findings) o.WriteLine("  " + finding.In(language));
        var rank = 0;
        foreach (var c in proposal.Candidates)
        {
            var who = c.CompanyName is null ? c.HolderName : $"{c.HolderName} ({c.CompanyName})";
            var card = c.CardLastFour is null ? "" : (french ? $", carte se terminant par {c.CardLastFour}" : $", card ending {c.CardLastFour}");
            var confidence = c.Confidence.ToString("0.000", CanadianFormat.Culture(language));
            o.WriteLine($"  {++rank}. {c.AccountId}  {who}{card}  {(french ? "confiance" : "confidence")} {confidence}");
            foreach (var e in c.Evidence) o.WriteLine("     - " + e.In(language));
        }
        o.WriteLine();
    }

    private sealed record ProposalsJson(IReadOnlyList<ProposalJson> Proposals);
    private sealed record ProposalJson(long PaymentId, string BankReference, IReadOnlyList<CandidateJson> Candidates);
    private sealed record CandidateJson(string AccountId, double Confidence, IReadOnlyList<string> Evidence);
}
