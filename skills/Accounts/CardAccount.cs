using OpsBot.Skills.Cards;

namespace OpsBot.Skills.Accounts;

public enum CardStatus { Active, Replaced, Cancelled, Closed }

public enum AccountType { Personal, Corporate }

/// <summary>One card number on an account: the current one or one it replaced.</summary>
public sealed record AccountCard
{
    /// <summary>The full number. Account data is the one place it is kept in the clear.</summary>
    public required string Number { get; init; }
    public required CardStatus Status { get; init; }
    public string LastFour => Number[^4..];
    public string Masked => CardMask.MaskLastFour(LastFour);
}

/// <summary>A card account as the card system knows it, with every card number it has had.</summary>
public sealed record CardAccount
{
    public required string Id { get; init; }
    public required string HolderName { get; init; }
    public string? CompanyName { get; init; }
    public AccountType Type { get; init; } = AccountType.Personal;
    /// <summary>"en" or "fr": the language the customer is written to in.</summary>
    public string Language { get; init; } = "en";
    public string? Province { get; init; }
    public string? Email { get; init; }
    public decimal StatementBalance { get; init; }
    public decimal MinimumDue { get; init; }
    public DateOnly? DueDate { get; init; }
    public IReadOnlyList<AccountCard> Cards { get; init; } = [];

    public AccountCard? CurrentCard => Cards.FirstOrDefault(c => c.Status == CardStatus.Active) ?? Cards.LastOrDefault();

    /// <summary>An account whose every card is cancelled or closed: crediting it needs an approver.</summary>
    public bool IsCancelledOrClosed => Cards.Count > 0 && Cards.All(c => c.Status is CardStatus.Cancelled or CardStatus.Closed);

    public AccountCard? CardWithNumber(string digits) => Cards.FirstOrDefault(c => c.Number == digits);
}
