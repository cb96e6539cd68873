using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Lookup;

/// <summary>
/// What an analyst asked for. Every criterion given must hold. It never holds a full card number: a pasted number
/// is resolved to <see cref="PaymentIds"/> first (see <see cref="PaymentLookup.PaymentIdsForCard"/>), so a query can be
/// kept in conversation state or put in a card's data.
/// </summary>
public sealed record PaymentQuery
{
    public string? BankReference { get; init; }
    /// <summary>Matched without accents or case, words in any order ("tremblay marie" finds "MARIE TREMBLAY").</summary>
    public string? PayerName { get; init; }
    public decimal? AmountMin { get; init; }
    public decimal? AmountMax { get; init; }
    public DateOnly? ReceivedFrom { get; init; }
    public DateOnly? ReceivedTo { get; init; }
    public PaymentStatusFilter Status { get; init; } = PaymentStatusFilter.Any;
    /// <summary>Last four or five digits of a card: the remitter's stated ending or the end of a masked reference.</summary>
    public string? CardEnding { get; init; }
    /// <summary>Payments already picked out (from a pasted card number); null when not used.</summary>
    public IReadOnlyList<long>? PaymentIds { get; init; }

    public bool IsEmpty =>
        BankReference is null && PayerName is null && AmountMin is null && AmountMax is null
        && ReceivedFrom is null && ReceivedTo is null && Status == PaymentStatusFilter.Any
        && CardEnding is null && PaymentIds is null;
}

/// <summary>"Unapplied" in the team's words means money not yet fully credited: unapplied or partially applied.</summary>
public enum PaymentStatusFilter { Any, Open, Unapplied, PartiallyApplied, Applied, Returned }

public static class PaymentStatusFilters
{
    public static bool Matches(this PaymentStatusFilter filter, PaymentStatus status) => filter switch
    {
        PaymentStatusFilter.Any => true,
        PaymentStatusFilter.Open => status is PaymentStatus.Unapplied or PaymentStatus.PartiallyApplied,
        PaymentStatusFilter.Unapplied => status == PaymentStatus.Unapplied,
        PaymentStatusFilter.PartiallyApplied => status == PaymentStatus.PartiallyApplied,
        PaymentStatusFilter.Applied => status == PaymentStatus.Applied,
        PaymentStatusFilter.Returned => status == PaymentStatus.Returned,
        _ => false,
    };
}
