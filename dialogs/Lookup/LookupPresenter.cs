using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Lookup;

namespace OpsBot.Dialogs.Lookup;

/// <summary>Runs a query and shows what it found: one payment in detail, or a page of results with "more".</summary>
public sealed class LookupPresenter(PaymentLookup lookup, LookupCards cards)
{
    /// <summary>Where the last query of a conversation is kept, so that "more" can go on.</summary>
    public const string LastQueryKey = "lookup.last";

    /// <summary>
    /// The query a message asks for. A pasted card number becomes the list of payments it leads to, so the query
    /// can be kept and put on a card without the number.
    /// </summary>
    public PaymentQuery QueryFor(Understood understood) => new()
    {
        BankReference = understood.BankReferences.FirstOrDefault(),
        PayerName = understood.PayerName,
        AmountMin = understood.Amount?.Min,
        AmountMax = understood.Amount?.Max,
        ReceivedFrom = understood.Dates?.From,
        ReceivedTo = understood.Dates?.To,
        Status = understood.Status,
        CardEnding = understood.CardEnding,
        PaymentIds = understood.PastedCards.Count == 0
            ? null
            : understood.PastedCards.SelectMany(lookup.PaymentIdsForCard).Distinct().Order().ToList(),
    };

    public async Task ShowAsync(DialogContext dc, PaymentQuery query, int skip, CancellationToken cancellationToken)
    {
        var page = lookup.Find(query, skip);
        dc.Conversation.Values[LastQueryKey] = new JObject
        {
            ["query"] = JObject.FromObject(query),
            ["next"] = skip + page.Items.Count,
        };
        var described = LookupCards.Describe(query, dc.Language);
        if (page.Total == 0)
        {
            await dc.SendAsync(new Bilingual($"No payment matches ({described}).", $"Aucun paiement ne correspond ({described})."), cancellationToken);
        }
        else if (page.Items.Count == 0)
        {
            await dc.SendAsync(new Bilingual("There are no more results.", "Il n'y a pas d'autres résultats."), cancellationToken);
        }
        else if (page.Total == 1 && skip == 0)
        {
            await ShowDetailAsync(dc, page.Items[0].Id, cancellationToken);
        }
        else
        {
            var card = new AdaptiveCardActivity(cards.Results(query, page, dc.Language), dc.Say(new Bilingual(
                $"{page.Total} payments found", $"{page.Total} paiements trouvés")));
            await dc.SendAsync(card.Activity, cancellationToken);
        }
    }

    /// <summary>"more": the next page of the conversation's last query.</summary>
    public async Task ShowMoreAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Conversation.Values[LastQueryKey] is not JObject last || last["query"]?.ToObject<PaymentQuery>() is not { } query)
        {
            await dc.SendAsync(new Bilingual("There is no search to continue. Try “find BR…” or “payments from Tremblay”.",
                "Il n'y a pas de recherche à poursuivre. Essayez « paiements de Tremblay »."), cancellationToken);
            return;
        }
        await ShowAsync(dc, query, last.Value<int>("next"), cancellationToken);
    }

    public async Task ShowDetailAsync(DialogContext dc, long paymentId, CancellationToken cancellationToken)
    {
        if (lookup.Detail(paymentId) is not { } detail)
        {
            await dc.SendAsync(new Bilingual("That payment no longer exists.", "Ce paiement n'existe plus."), cancellationToken);
            return;
        }
        var card = new AdaptiveCardActivity(cards.Detail(detail, dc.Language),
            dc.Say(new Bilingual("Payment ", "Paiement ")) + detail.Payment.BankReference);
        await dc.SendAsync(card.Activity, cancellationToken);
    }
}

/// <summary>A message holding one card, with a text summary for notifications and clients without cards.</summary>
public sealed record AdaptiveCardActivity(JObject Card, string Summary)
{
    public Microsoft.Bot.Schema.IMessageActivity Activity
    {
        get
        {
            var activity = Microsoft.Bot.Builder.MessageFactory.Attachment(AdaptiveCard.Attach(Card));
            activity.Summary = Summary;
            return activity;
        }
    }
}
