using OpsBot.Skills.Payments;
using OpsBot.Skills.Research.Proposing;
using OpsBot.Skills.Research.References;
using OpsBot.Skills.Research.Sources;
using OpsBot.Skills.Storage;

namespace OpsBot.Skills.Research;

/// <summary>
/// Proposes which card account an unapplied payment belongs to: the likeliest accounts, best first, each with a
/// confidence and the evidence for it in English and French. Reads only its <see cref="ResearchIndex"/> (built
/// once, shared) and the payment; safe to call from several threads.
/// </summary>
public sealed class ResearchService
{
    public const int DefaultTop = 3;

    private readonly ReferenceSeal? _seal;
    private readonly Proposer _proposer;

    /// <param name="seal">Opens payments' sealed references; without it, only last digits and names are used.</param>
    public ResearchService(ResearchIndex index, ReferenceSeal? seal, ResearchModel? model = null)
    {
        Index = index;
        _seal = seal;
        _proposer = new Proposer(index, model ?? ResearchModel.Default);
    }

    public ResearchIndex Index { get; }

    /// <summary>
    /// Builds the index from the store (every account, every applied credit). Pass the store's seal
    /// (<see cref="ReferenceSeal.ForStore"/>) so that sealed references can be repaired.
    /// </summary>
    public static ResearchService ForStore(OpsStore store, ReferenceSeal? seal, ResearchModel? model = null)
    {
        var index = ResearchIndex.Build(new StoreCardAccounts(store), new StoreCreditedPayments(store));
        return new ResearchService(index, seal, model);
    }

    public Proposal Propose(Payment payment, int top = DefaultTop) => Propose(payment, rawReference: null, top);

    /// <summary>
    /// Proposes with the remitter's reference given in the clear (held in memory only, as ingest holds it before
    /// sealing) instead of unsealing it from the payment.
    /// </summary>
    public Proposal Propose(Payment payment, string? rawReference, int top = DefaultTop)
    {
        if (top < 1) throw new ArgumentOutOfRangeException(nameof(top), top, "Ask for at least one candidate.");
        return _proposer.Propose(payment, ReferenceReading.Of(payment, _seal, rawReference), top);
    }

    /// <summary>Every candidate's account and log-weight, and the crowds', for fitting the model on the benchmark.</summary>
    internal (IReadOnlyList<(string AccountId, double LogWeight)> Candidates, IReadOnlyList<(double LogWeight, int Count)> Crowds) Weigh(Payment payment)
    {
        var weighing = _proposer.Weigh(payment, ReferenceReading.Of(payment, _seal));
        return (weighing.Facts.Select(f => (Index.Accounts.Id(f.Account), f.LogWeight)).ToList(), weighing.Crowds);
    }

    public IEnumerable<Proposal> Propose(IEnumerable<Payment> payments, int top = DefaultTop) =>
        payments.Select(p => Propose(p, top));
}
