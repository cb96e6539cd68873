using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Cards;

namespace OpsBot.Bot.Hosting;

/// <summary>
/// The Bot Framework's CloudAdapter with what every turn needs: pasted card numbers masked before anything else sees
/// the message, a typing indicator when a turn takes more than half a second, and an error handler that logs the
/// failure (masked) and apologises in the user's language without showing what went wrong inside.
/// </summary>
public sealed class OpsBotAdapter : CloudAdapter
{
    public OpsBotAdapter(BotFrameworkAuthentication authentication, ILogger<OpsBotAdapter> logger, CardNumberMasking masking)
        : base(authentication, logger)
    {
        Use(masking);
        Use(new ShowTypingMiddleware(delay: 500, period: 2000));
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError("Turn failed in conversation {Conversation}: {Type}: {Message}\n{Stack}",
                turnContext.Activity?.Conversation?.Id, exception.GetType().Name, CardMask.MaskText(exception.Message), exception.StackTrace);
            try
            {
                var language = ReplyLanguage.Choose(null, LanguageDetector.Detect(turnContext.Activity?.Text), null, turnContext.Activity?.Locale);
                await turnContext.SendActivityAsync(Texts.Apology.In(language));
            }
            catch (Exception sendFailure)
            {
                logger.LogError("Could not send the apology: {Type}", sendFailure.GetType().Name);
            }
        };
    }
}
