using System.Text.Json;
using System.Text.Json.Serialization;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Allocations;

/// <summary>
/// Compact JSON of the state an audit event records before and after a change: the payment's money and status
/// and its allocations. References and memos are left out (they are in the payment, masked).
/// </summary>
internal static class AuditJson
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Of(Payment payment, IEnumerable<Allocation> allocations, ApprovalRequest? approval = null) =>
        JsonSerializer.Serialize(new
        {
            payment = new { id = payment.Id, payment.BankReference, payment.Amount, payment.Status, allocated = payment.AllocatedAmount },
            allocations = allocations.Select(a => new { a.Id, account = a.AccountId, a.Amount, a.State, by = a.By }).ToList(),
            approval = approval is null ? null : new { approval.Id, approval.Kind, approval.State, approval.Maker, approval.DecidedBy },
        }, Options);
}
