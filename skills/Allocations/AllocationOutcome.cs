using System.Text.Json.Serialization;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Allocations;

/// <summary>
/// What an allocation action did, for the person who acted and, when someone else decided, for the maker to be
/// told (<see cref="MakerToNotify"/>). The same action id pressed again returns this same outcome with
/// <see cref="Repeated"/> set, and changes nothing.
/// </summary>
public sealed record AllocationOutcome
{
    public required string ActionId { get; init; }
    /// <summary>One of the outcome codes of <see cref="AllocationCodes"/>.</summary>
    public required string Code { get; init; }
    public required long PaymentId { get; init; }
    public required string BankReference { get; init; }
    /// <summary>The money this outcome is about (the allocation, the reversal or the payment returned).</summary>
    public required decimal Amount { get; init; }
    public IReadOnlyList<Allocation> Allocations { get; init; } = [];
    public IReadOnlyList<string> AccountIds { get; init; } = [];
    public long? ApprovalId { get; init; }
    /// <summary>Why an approver is needed (<see cref="ApprovalReasons"/>); empty when none is.</summary>
    public IReadOnlyList<string> ApprovalReasons { get; init; } = [];
    /// <summary>The AAD object id of who made the allocation or request.</summary>
    public required string Maker { get; init; }
    public required string MakerName { get; init; }
    /// <summary>The approver who decided, when this outcome is a decision.</summary>
    public string? DecidedBy { get; init; }
    public string? DecidedByName { get; init; }
    public string? Reason { get; init; }
    public PaymentStatus PaymentStatus { get; init; }
    public decimal PaymentUnapplied { get; init; }
    /// <summary>The payment's new <see cref="PaymentAllocations.Version"/>, for a card that stays on screen.</summary>
    public string? PaymentVersion { get; init; }
    /// <summary>True when this is the stored outcome of an earlier call with the same action id.</summary>
    public bool Repeated { get; init; }

    /// <summary>Who must be told: the maker, when an approver decided on their request. Null otherwise.</summary>
    [JsonIgnore]
    public string? MakerToNotify => DecidedBy is not null && DecidedBy != Maker ? Maker : null;

    [JsonIgnore]
    public IReadOnlyDictionary<string, object?> Args => new Dictionary<string, object?>
    {
        ["payment"] = BankReference,
        ["amount"] = Amount,
        ["accounts"] = AllocationMessages.Accounts(AccountIds),
        ["toAccounts"] = AllocationMessages.AccountsTo(AccountIds),
        ["fromAccounts"] = AllocationMessages.AccountsFrom(AccountIds),
        ["unapplied"] = PaymentUnapplied,
        ["why"] = AllocationMessages.Whys(ApprovalReasons),
        ["by"] = DecidedByName ?? MakerName,
        ["maker"] = MakerName,
        ["reason"] = Reason,
    };

    /// <summary>
    /// The sentence for the person who acted: what happened, or, when the action had already been carried out (a
    /// second press, or a colleague pressing the same card), who did it first and what it did.
    /// </summary>
    public string MessageIn(string language) => Repeated
        ? AllocationMessages.Text(AllocationCodes.AlreadyDone, language, new Dictionary<string, object?>
        {
            ["by"] = DecidedByName ?? MakerName,
            ["original"] = OriginalMessageIn(language),
        })
        : OriginalMessageIn(language);

    /// <summary>The outcome itself, as told to the maker when an approver decided.</summary>
    public string OriginalMessageIn(string language) => AllocationMessages.Text(Code, language, Args);
}
