using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace OpsBot.Skills.Research;

/// <summary>
/// Settings for crediting research's confident repairs at ingest, under "Research:AutoApply":
/// <c>Repairs</c> (true/false, default false) lets a repaired card number (one keying error away from a card on
/// file) be credited without an analyst; <c>MinimumConfidence</c> (default 0.99, never below 0.9) is how sure
/// research must be. Names, amounts, last digits and two-digit repairs are never auto-applied.
/// </summary>
public sealed record AutoApplySettings
{
    public const string Section = "Research:AutoApply";
    public const string RepairsKey = Section + ":Repairs";
    public const string MinimumConfidenceKey = Section + ":MinimumConfidence";

    public bool Repairs { get; init; }
    public double MinimumConfidence { get; init; } = 0.99;

    public static AutoApplySettings Default { get; } = new();

    /// <summary>Reads the settings; a value that is not a boolean or a number in [0.9, 1] is an error, not a default.</summary>
    public static AutoApplySettings From(IConfiguration configuration)
    {
        var settings = new AutoApplySettings();
        if (configuration[RepairsKey] is { Length: > 0 } repairs)
            settings = settings with
            {
                Repairs = bool.TryParse(repairs, out var on) ? on
                    : throw new InvalidOperationException($"Setting {RepairsKey} must be true or false, not '{repairs}'."),
            };
        if (configuration[MinimumConfidenceKey] is { Length: > 0 } minimum)
            settings = settings with
            {
                MinimumConfidence = double.TryParse(minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m is >= Proposal.ConfidentAt and <= 1
                    ? m
                    : throw new InvalidOperationException($"Setting {MinimumConfidenceKey} must be a number from 0.9 to 1, not '{minimum}'."),
            };
        return settings;
    }
}

/// <summary>Whether a proposal may be credited straight through, and why (for the audit trail).</summary>
public sealed record AutoApplyDecision(bool Apply, string AccountId, string Reason);

/// <summary>
/// Decides whether ingest may credit a payment to research's best candidate without an analyst. The bar is zero
/// misapplications: by default only an exact card number on file qualifies (what ingest already credits);
/// repaired references only when <see cref="AutoApplySettings.Repairs"/> is on and the candidate is both
/// confident enough and alone. An account whose cards are all cancelled or closed always goes to an approver.
/// </summary>
public sealed class AutoApplyPolicy(AutoApplySettings settings)
{
    public AutoApplyPolicy() : this(AutoApplySettings.Default) { }

    public AutoApplySettings Settings { get; } = settings;

    public bool ShouldAutoApply(Proposal proposal) => Decide(proposal).Apply;

    public AutoApplyDecision Decide(Proposal proposal)
    {
        if (proposal.Best is not { } best) return new(false, "", "no candidate");
        var runnerUp = proposal.Candidates.Count > 1 ? proposal.Candidates[1] : null;
        if (best.NeedsApprover) return new(false, best.AccountId, "every card on the account is cancelled or closed");
        switch (best.Basis)
        {
            case CandidateBasis.ExactCard:
                if (runnerUp is { Basis: CandidateBasis.ExactCard })
                    return new(false, best.AccountId, "the card number is on more than one account");
                return best.IsConfident
                    ? new(true, best.AccountId, "exact card number on file")
                    : new(false, best.AccountId, "exact card number, but the evidence disagrees");
            case CandidateBasis.RepairedReference:
                if (!Settings.Repairs) return new(false, best.AccountId, "auto-applying repaired references is off");
                var minimum = Math.Max(Settings.MinimumConfidence, Proposal.ConfidentAt);
                if (best.Confidence < minimum) return new(false, best.AccountId, string.Create(CultureInfo.InvariantCulture, $"confidence {best.Confidence:0.000} is under {minimum:0.000}"));
                if (runnerUp is { Basis: CandidateBasis.ExactCard or CandidateBasis.RepairedReference })
                    return new(false, best.AccountId, "another card number is as close to the reference");
                return new(true, best.AccountId, string.Create(CultureInfo.InvariantCulture, $"repaired card number, confidence {best.Confidence:0.000}"));
            default:
                return new(false, best.AccountId, "only a card number can be credited without an analyst");
        }
    }
}
