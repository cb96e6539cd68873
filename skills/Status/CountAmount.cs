namespace OpsBot.Skills.Status;

/// <summary>How many payments (or allocations) and how much money: the pair every line of the status is made of.</summary>
public readonly record struct CountAmount(int Count, decimal Amount)
{
    public static CountAmount Zero => default;

    public CountAmount Plus(decimal amount) => new(Count + 1, Amount + amount);

    public static CountAmount operator +(CountAmount a, CountAmount b) => new(a.Count + b.Count, a.Amount + b.Amount);
}

/// <summary>One line of a breakdown (a channel, an analyst): its key and its total.</summary>
public sealed record Breakdown(string Key, CountAmount Total);
