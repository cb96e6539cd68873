using OpsBot.Skills.Ingest;

namespace OpsBot.Skills.Research;

/// <summary>
/// Ingest's second opinion (<see cref="IAutoApplyPolicy"/>) backed by research: a payment the straight-through
/// rule queues is credited at once only when <see cref="AutoApplyPolicy"/> allows it, that is, with
/// Research:AutoApply:Repairs on, a repaired card number at or above Research:AutoApply:MinimumConfidence and
/// nothing as close beside it. With the settings at their defaults it credits nothing (and builds no index).
/// Register it before the payments core: <c>services.AddSingleton&lt;IAutoApplyPolicy&gt;(sp =&gt; new
/// ResearchAutoApply(cache.Current, AutoApplySettings.From(configuration)))</c>.
/// </summary>
public sealed class ResearchAutoApply(Func<ResearchService> research, AutoApplySettings settings) : IAutoApplyPolicy
{
    private readonly AutoApplyPolicy _policy = new(settings);

    public AutoApplyProposal? Consider(QueuedCredit candidate)
    {
        // Only repairs can ever be auto-applied beyond the exact-card rule; off means no research at ingest at all.
        if (!_policy.Settings.Repairs) return null;
        var proposal = research().Propose(candidate.Payment, candidate.RawReference);
        var decision = _policy.Decide(proposal);
        if (!decision.Apply) return null;
        var best = proposal.Best!;
        var why = best.Evidence.FirstOrDefault(e => e.Kind == EvidenceKinds.RepairedReference)?.English ?? decision.Reason;
        return new AutoApplyProposal(decision.AccountId,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"research, confidence {best.Confidence:0.000}: {why}"));
    }
}
