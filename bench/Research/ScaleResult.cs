using OpsBot.Bench.Synthetic;
using OpsBot.Skills.Research;

namespace OpsBot.Bench.Research;

/// <summary>Everything measured at one book size.</summary>
internal sealed class ScaleResult
{
    public int Accounts { get; init; }
    public int Cards { get; set; }
    public int PastCredits { get; set; }
    public double GenerateSeconds { get; set; }
    public double BuildSeconds { get; set; }
    public long IndexBytes { get; set; }
    public long PeakWorkingSet { get; set; }
    public long HeapAfter { get; set; }

    public int? StandInAgrees { get; set; }
    public (double ImportSeconds, double IngestSeconds, int Payments, int BadAccountRows, List<string> RejectedFiles)? RealIngest { get; set; }
    public double StoreBuildSeconds { get; set; }
    public SortedDictionary<string, int> Disagreements { get; } = new(StringComparer.Ordinal);

    public int Clean { get; set; }
    public int CleanCredited { get; set; }
    public int StraightThroughMisapplied { get; set; }
    public int CleanCreditedChecked { get; set; }
    public int CheckedMisapplied { get; set; }
    public int Held { get; set; }
    public int HeldRightFirst { get; set; }

    public Outcomes Day { get; } = new();
    public Outcomes Stratified { get; } = new();

    public int Proposals { get; set; }
    public double ProposeSeconds { get; set; }
    public double P50 { get; set; }
    public double P99 { get; set; }
    public double Max { get; set; }
    public double CpuP50 { get; set; }
    public double CpuP99 { get; set; }
    public double CpuSeconds { get; set; }

    public Dictionary<string, (int Applied, int Misapplied)> AutoApply { get; } = [];
    public List<Calibration.Sample> FitSamples { get; } = [];

    public void Policy(string name, AutoApplyPolicy policy, Proposal proposal, SyntheticPayment truth)
    {
        var (applied, misapplied) = AutoApply.GetValueOrDefault(name);
        var decision = policy.Decide(proposal);
        if (decision.Apply)
        {
            applied++;
            if (decision.AccountId != truth.AccountId) misapplied++;
        }
        AutoApply[name] = (applied, misapplied);
    }
}

/// <summary>Outcomes by kind of payment, and the calibration of every candidate proposed.</summary>
internal sealed class Outcomes
{
    public sealed class Tally
    {
        public int Count, Top1, Top3, Confident, ConfidentRight, NoConfident, LikelyNotCustomer;
    }

    public SortedDictionary<PaymentKind, Tally> ByKind { get; } = [];

    /// <summary>What the confident candidates that were wrong looked like (no card numbers: kinds and evidence kinds).</summary>
    public List<string> ConfidentWrong { get; } = [];

    /// <summary>Confidence bucket → (candidates, right, sum of confidences).</summary>
    public SortedDictionary<int, (int Count, int Right, double Sum)> Buckets { get; } = [];

    /// <summary>Confidence bucket → kinds of payment its candidates came from.</summary>
    public Dictionary<int, Dictionary<PaymentKind, int>> BucketKinds { get; } = [];

    public static readonly double[] BucketEdges = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99, 1.0001];

    public void Add(SyntheticPayment truth, Proposal proposal)
    {
        if (!ByKind.TryGetValue(truth.Kind, out var t)) ByKind[truth.Kind] = t = new Tally();
        t.Count++;
        var best = proposal.Best;
        if (truth.AccountId is not null)
        {
            if (best?.AccountId == truth.AccountId) t.Top1++;
            if (proposal.Candidates.Take(3).Any(c => c.AccountId == truth.AccountId)) t.Top3++;
        }
        if (best is { IsConfident: true })
        {
            t.Confident++;
            if (best.AccountId == truth.AccountId) t.ConfidentRight++;
            else ConfidentWrong.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{truth.Kind}, payer {truth.PayerStyle}, basis {best.Basis}, confidence {best.Confidence:0.000}: {string.Join(" / ", best.Evidence.Select(e => e.Kind))}"));
        }
        else t.NoConfident++;
        if (proposal.LikelyNotACustomer) t.LikelyNotCustomer++;

        foreach (var c in proposal.Candidates.Take(3))
        {
            var bucket = Array.FindLastIndex(BucketEdges, e => c.Confidence >= e);
            var (count, right, sum) = Buckets.GetValueOrDefault(bucket);
            Buckets[bucket] = (count + 1, right + (c.AccountId == truth.AccountId ? 1 : 0), sum + c.Confidence);
            if (!BucketKinds.TryGetValue(bucket, out var kinds)) BucketKinds[bucket] = kinds = [];
            kinds[truth.Kind] = kinds.GetValueOrDefault(truth.Kind) + 1;
        }
    }

    public Tally Where(Func<PaymentKind, bool> kinds)
    {
        var total = new Tally();
        foreach (var (kind, t) in ByKind)
        {
            if (!kinds(kind)) continue;
            total.Count += t.Count; total.Top1 += t.Top1; total.Top3 += t.Top3; total.Confident += t.Confident;
            total.ConfidentRight += t.ConfidentRight; total.NoConfident += t.NoConfident; total.LikelyNotCustomer += t.LikelyNotCustomer;
        }
        return total;
    }
}
