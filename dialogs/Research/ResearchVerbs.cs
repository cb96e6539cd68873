namespace OpsBot.Dialogs.Research;

/// <summary>
/// The research card's own buttons. The card also carries <c>payment.allocate</c> <c>{ paymentId, accountId }</c>
/// (handled by the allocation feature) and <c>payment.email</c> <c>{ paymentId, accountId?, template? }</c> (the
/// email feature); the payment card's <c>payment.research</c> <c>{ paymentId }</c> opens it.
/// </summary>
public static class ResearchVerbs
{
    /// <summary><c>{ paymentId, top }</c>: the card again with more candidates.</summary>
    public const string More = "research.more";
    /// <summary><c>{ paymentId }</c>: none of the candidates is right; records nothing, shows the next steps.</summary>
    public const string None = "research.none";

    /// <summary>How many candidates a research card shows at first, and how many more "Show more" adds.</summary>
    public const int FirstShown = 3;
    public const int MoreStep = 3;
    /// <summary>No card lists more than this: beyond it the evidence is too weak to be worth reading.</summary>
    public const int MostShown = 12;

    /// <summary>The email template for a payment nobody could be found for (proof of payment).</summary>
    public const string UnidentifiedTemplate = "unidentified";
}
