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

    // The same runs CardMask masks: 12 to 19 digits, possibly broken by single spaces or dashes.
    [GeneratedRegex(@"(?<!\d)\d(?:[ \-]?\d){11,18}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PanLike();

    public static (string MaskedText, IReadOnlyList<PastedCardNumber> Numbers) Extract(string? text)
    {
        if (string.IsNullOrEmpty(text) || !CardMask.ContainsPanLike(text)) return (text ?? "", []);
        var numbers = PanLike().Matches(text).Select(m => new PastedCardNumber(CardReference.DigitsOnly(m.Value))).ToList();
        return (CardMask.MaskText(text)!, numbers);
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
