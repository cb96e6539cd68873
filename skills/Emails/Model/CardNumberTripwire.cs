using OpsBot.Skills.Cards;

namespace OpsBot.Skills.Emails.Model;

/// <summary>
/// The last check before anything reaches a language model: a request whose body holds a card-length digit run
/// (12 to 19 digits, Luhn-valid or not, which is stricter than "a card number") is refused and never sent.
/// The prompt is built so this never fires; it is here so that a mistake elsewhere cannot leak a card number.
/// </summary>
public sealed class CardNumberTripwire : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // Buffered, so that the body can still be sent after being read here.
            await request.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            if (ModelBoundary.HoldsCardNumber(body)) throw new CardNumberRefusedException();
        }
        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Something bound for a language model held what could be a full card number; it was not sent.</summary>
public sealed class CardNumberRefusedException()
    : Exception("A request to the language model held a card-length number; it was not sent.");
