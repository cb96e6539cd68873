using Microsoft.Bot.Schema;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Understanding;

namespace OpsBot.Dialogs.Conversation;

/// <summary>
/// The root of every conversation, run once per turn by the <see cref="DialogHost"/>: reads the message, picks the
/// reply language, lets "cancel", "help" and a language switch interrupt whatever dialog is waiting, otherwise hands
/// the message to the waiting dialog or starts the dialog its intent is routed to. Card buttons go to the handler
/// registered for their verb.
/// </summary>
public sealed class ConversationRouter(
    OpsRecognizer recognizer,
    IEnumerable<IntentRoute> routes,
    IEnumerable<ICardActionHandler> cardActions,
    HelpCatalog help,
    UserPreferences preferences) : ITurnRunner
{
    private readonly IReadOnlyList<IntentRoute> _routes = routes.ToList();
    private readonly IReadOnlyList<ICardActionHandler> _cardActions = cardActions.ToList();

    public async Task<TurnOutcome> RunTurnAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        var chosen = await preferences.LanguageAsync(activity, cancellationToken);

        if (CardActionRequest.From(activity) is { } action)
        {
            dc.Language = ReplyLanguage.Choose(chosen, null, dc.Conversation.Language, activity.Locale);
            await HandleCardActionAsync(dc, action, cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
        {
            var understood = recognizer.Recognize(activity.Text, dc.Conversation.Language ?? activity.Locale ?? Languages.English,
                PastedCardNumbers.Of(dc.Context));
            dc.Understood = understood;
            dc.Language = ReplyLanguage.Choose(chosen, understood.Language, dc.Conversation.Language, activity.Locale);
            if (understood.PastedCards.Count > 0 && !dc.Conversation.CardNumberWarningGiven)
            {
                dc.Conversation.CardNumberWarningGiven = true;
                await dc.SendAsync(Texts.CardNumberWarning, cancellationToken);
            }
            await HandleMessageAsync(dc, understood, cancellationToken);
        }

        dc.Conversation.Language = dc.Language;
        return new TurnOutcome(dc.ReplacementCard, dc.InvokeMessage);
    }

    private async Task HandleMessageAsync(DialogContext dc, Understood understood, CancellationToken cancellationToken)
    {
        switch (understood.Intent)
        {
            case Intents.Cancel:
                var hadDialog = dc.Active is not null;
                dc.CancelAll();
                await dc.SendAsync(hadDialog ? Texts.Cancelled : Texts.NothingToCancel, cancellationToken);
                return;

            case Intents.Help:
                await dc.SendAsync(help.Text(dc.Language), cancellationToken);
                await dc.RepromptAsync(cancellationToken);
                return;

            case Intents.Language:
                var language = understood.RequestedLanguage ?? dc.Language;
                await preferences.SetLanguageAsync(dc.Context.Activity, language, cancellationToken);
                dc.Language = language;
                await dc.SendAsync(language == Languages.French ? Texts.NowFrench : Texts.NowEnglish, cancellationToken);
                await dc.RepromptAsync(cancellationToken);
                return;
        }

        if (dc.Active is not null)
        {
            await dc.ContinueDialogAsync(cancellationToken);
            return;
        }

        if (understood.Intent == Intents.Greeting)
        {
            await dc.SendAsync(dc.Say(Texts.Greeting) + "\n\n" + help.Text(dc.Language), cancellationToken);
            return;
        }

        if (_routes.FirstOrDefault(r => r.Intent == understood.Intent) is { } route)
        {
            await dc.BeginDialogAsync(route.DialogId, null, cancellationToken);
            return;
        }

        if (understood.Intent != Intents.None)
        {
            await dc.SendAsync(Texts.NotYetAvailable(Texts.IntentLabel(understood.Intent)), cancellationToken);
            return;
        }

        await dc.SendAsync(dc.Say(Texts.Fallback) + "\n\n" + dc.Say(Texts.FallbackOther), cancellationToken);
    }

    private async Task HandleCardActionAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken)
    {
        var handler = _cardActions.FirstOrDefault(h => h.Verbs.Contains(action.Verb, StringComparer.Ordinal));
        if (handler is not null)
        {
            await handler.HandleAsync(dc, action, cancellationToken);
            return;
        }
        var answer = dc.Say(Texts.UnknownButton(action.Verb));
        if (action.IsExecute) dc.InvokeMessage = answer;
        else await dc.SendAsync(answer, cancellationToken);
    }

    /// <summary>The welcome when the bot is installed: who it is and what it can do, in the client's language.</summary>
    public string Welcome(string? locale)
    {
        var language = Languages.Normalize(locale);
        return Texts.Greeting.In(language) + "\n\n" + help.Text(language) + "\n\n" + Texts.OtherLanguage.In(language);
    }
}
