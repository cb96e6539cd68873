using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Lookup;

namespace OpsBot.Dialogs.Understanding;

/// <summary>
/// Takes full card numbers out of a message before anything else sees it: the text is masked in place (so no log,
/// transcript, state or reply can hold the number) and the numbers are kept on the turn, for the lookup only.
/// </summary>
public static partial class PastedCardNumbers
{
    private const string TurnKey = "OpsBot.PastedCardNumbers";

    // 12 to 19 digits, possibly broken by single spaces or dashes, standing alone: a run glued to letters is a
    // payment reference ("BR2611300000017"), not a card number someone pasted.
    [GeneratedRegex(@"(?<![\p{L}\d])\d(?:[ \-\u00A0\u202F]?\d){11,18}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PanLike();

    public static (string MaskedText, IReadOnlyList<PastedCardNumber> Numbers) Extract(string? text)
    {
        if (string.IsNullOrEmpty(text)) return (text ?? "", []);
        var numbers = new List<PastedCardNumber>();
        var masked = PanLike().Replace(text, m =>
        {
            var number = new PastedCardNumber(CardReference.DigitsOnly(m.Value));
            numbers.Add(number);
            return CardMask.MaskLastFour(number.LastFour);
        });
        return (masked, numbers);
    }

    /// <summary>The numbers taken out of this turn's message (none when nothing was pasted).</summary>
    public static IReadOnlyList<PastedCardNumber> Of(ITurnContext turn) =>
        turn.TurnState.Get<IReadOnlyList<PastedCardNumber>>(TurnKey) ?? [];

    internal static void Keep(ITurnContext turn, IReadOnlyList<PastedCardNumber> numbers) =>
        turn.TurnState.Set(TurnKey, numbers);
}

/// <summary>
/// The first middleware of every adapter: masks pasted card numbers in the incoming message (PCI DSS 3.4, 4.2.2)
/// and keeps them on the turn for the lookup.
/// </summary>
public sealed class CardNumberMasking : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity?.Text is { } text)
        {
            var (masked, numbers) = PastedCardNumbers.Extract(text);
            if (numbers.Count > 0)
            {
                activity.Text = masked;
                PastedCardNumbers.Keep(turnContext, numbers);
            }
        }
        return next(cancellationToken);
    }
}
