using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace OpsBot.Skills.Allocations;

/// <summary>The allocation workflow's settings.</summary>
public sealed record AllocationSettings
{
    public const string ThresholdKey = "Allocation:ApprovalThreshold";

    /// <summary>
    /// An allocation (all lines of one action together) at or above this amount, in CAD, needs an approver.
    /// </summary>
    public decimal ApprovalThreshold { get; init; } = 10_000m;

    /// <summary>Reads <c>Allocation:ApprovalThreshold</c> (dollars, invariant: "10000.00"); absent means CAD 10,000.</summary>
    public static AllocationSettings FromConfiguration(IConfiguration configuration)
    {
        var text = configuration[ThresholdKey];
        if (string.IsNullOrWhiteSpace(text)) return new AllocationSettings();
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var threshold) || threshold <= 0)
            throw new InvalidOperationException(
                $"Settings: {ThresholdKey} must be a positive amount in dollars such as 10000.00, not '{text}'.");
        return new AllocationSettings { ApprovalThreshold = threshold };
    }
}
