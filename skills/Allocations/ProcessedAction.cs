namespace OpsBot.Skills.Allocations;

/// <summary>
/// An action id that has been carried out, with the outcome it had, so that the same id applies once and a second
/// call gets the first outcome back (the idea of eShop's IdentifiedCommandHandler, kept in the store's transaction).
/// </summary>
internal sealed record ProcessedAction
{
    /// <summary>The action id (the document's _id: unique).</summary>
    public required string Id { get; init; }
    public required string Kind { get; init; }
    /// <summary>"payment:12", "approval:3", "allocation:7": what the action was about.</summary>
    public required string Subject { get; init; }
    public required long PaymentId { get; init; }
    public required string Actor { get; init; }
    public required string ActorName { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>The outcome as JSON.</summary>
    public required string Outcome { get; init; }
}
