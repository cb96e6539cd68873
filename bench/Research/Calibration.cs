using System.Globalization;
using OpsBot.Bench.Synthetic;

namespace OpsBot.Bench.Research;

/// <summary>
/// Fits the two numbers that turn research's log-odds into confidences: a temperature T that scales every
/// candidate's log-weight, and the log-weight b of "none of these". The fit minimizes the log-loss of the truth
/// (the right account, or "none" for a payment whose owner is not among the candidates or not a customer), under
/// the constraint that candidates at 0.9 or more are right at least 99.5% of the time on this sample (a margin
/// over the 99% promised). Run it on one seed, check on another.
/// </summary>
internal static class Calibration
{
    /// <summary>
    /// One payment's weighing, compressed for a fast grid search: the best candidate's log-weight and whether it is
    /// the truth, the truth's log-weight (null when the truth is "none"), and every log-weight with its count (the
    /// strongest 64 exactly, the rest in quarter-unit bins, crowds as they are).
    /// </summary>
    public sealed record Sample(double BestWeight, bool BestIsTruth, double? TruthWeight, (double LogWeight, int Count)[] Weights, PaymentKind Kind)
    {
        public static Sample Of(IReadOnlyList<(string AccountId, double LogWeight)> candidates,
            IReadOnlyList<(double LogWeight, int Count)> crowds, string? truth, PaymentKind kind)
        {
            var sorted = candidates.OrderByDescending(c => c.LogWeight).ToList();
            var weights = sorted.Take(64).Select(c => (c.LogWeight, 1))
                .Concat(sorted.Skip(64).GroupBy(c => Math.Floor(c.LogWeight * 4) / 4).Select(g => (g.Key + 0.125, g.Count())))
                .Concat(crowds)
                .ToArray();
            var truthWeight = sorted.Where(c => c.AccountId == truth).Select(c => (double?)c.LogWeight).FirstOrDefault();
            var best = sorted.Count > 0 ? sorted[0] : default;
            return new Sample(sorted.Count > 0 ? best.LogWeight : double.NegativeInfinity, sorted.Count > 0 && best.AccountId == truth,
                truthWeight, weights, kind);
        }
    }

    public static void Fit(IReadOnlyList<Sample> samples, TextWriter output)
    {
        (double T, double B, double Loss, double Precision, int Confident)? best = null;
        for (var t = 0.3; t <= 1.501; t += 0.05)
            for (var b = -4.0; b <= 14.001; b += 0.25)
            {
                var (loss, precision, confident) = Evaluate(samples, t, b);
                if (precision < 0.995) continue;
                if (best is null || loss < best.Value.Loss) best = (t, b, loss, precision, confident);
            }
        if (best is { } f)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fit: Temperature={f.T:0.00} NoneBias={f.B:0.00} log-loss={f.Loss:0.0000} precision@0.9={f.Precision:P2} confident={f.Confident}/{samples.Count}"));
        else output.WriteLine("fit: no (T, b) reaches 99.5% precision at 0.9");
        var (l1, p1, c1) = Evaluate(samples, 1, 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"unfitted (T=1, b=0): log-loss={l1:0.0000} precision@0.9={p1:P2} confident={c1}"));
    }

    private static (double Loss, double Precision, int Confident) Evaluate(IReadOnlyList<Sample> samples, double t, double b)
    {
        double loss = 0;
        int confident = 0, right = 0;
        foreach (var s in samples)
        {
            var max = b;
            foreach (var (w, _) in s.Weights) max = Math.Max(max, t * w);
            var total = Math.Exp(b - max);
            foreach (var (w, count) in s.Weights) total += count * Math.Exp(t * w - max);
            // Not a customer, or the owner was not found: the truth is "none of these".
            var truth = s.TruthWeight is { } tw ? Math.Exp(t * tw - max) : Math.Exp(b - max);
            loss -= Math.Log(Math.Max(truth / total, 1e-12));
            if (s.Weights.Length > 0 && Math.Exp(t * s.BestWeight - max) / total >= 0.9)
            {
                confident++;
                if (s.BestIsTruth) right++;
            }
        }
        return (loss / Math.Max(samples.Count, 1), confident == 0 ? 1 : (double)right / confident, confident);
    }
}
