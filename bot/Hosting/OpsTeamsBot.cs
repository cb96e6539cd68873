using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;

namespace OpsBot.Bot.Hosting;

/// <summary>
/// The bot as Teams sees it: messages and Action.Submit buttons go through the dialog host, Action.Execute invokes
/// get the replacement card back, installation gets a welcome (once per conversation), and every conversation the
/// bot hears from is remembered for proactive messages.
/// </summary>
public sealed class OpsTeamsBot(DialogHost host, ConversationRouter router, ConversationDirectory directory) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.Invoke
            || (turnContext.Activity.Type == ActivityTypes.InstallationUpdate && turnContext.Activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true))
            directory.Remember(turnContext.Activity);
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // In channels and group chats the message starts with "<at>OpsBot</at>".
        if (turnContext.Activity.Conversation?.ConversationType is not (null or "personal"))
            turnContext.Activity.RemoveRecipientMention();
        await host.RunAsync(turnContext, cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var outcome = await host.RunAsync(turnContext, cancellationToken);
        if (outcome.ReplacementCard is { } card)
            return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = AdaptiveCard.ContentType, Value = card };
        return new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = "application/vnd.microsoft.activity.message",
            Value = outcome.InvokeMessage ?? "OK",
        };
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        directory.MarkRemoved(turnContext.Activity.Conversation.Id);
        return Task.CompletedTask;
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
            await WelcomeOnceAsync(turnContext, cancellationToken);
    }

    protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersRemoved.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
            directory.MarkRemoved(turnContext.Activity.Conversation.Id);
        return Task.CompletedTask;
    }

    // Teams sends both installationUpdate and conversationUpdate on install: the directory makes the welcome happen once.
    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        directory.Remember(turnContext.Activity);
        if (directory.MarkWelcomed(turnContext.Activity.Conversation.Id))
            await turnContext.SendActivityAsync(MessageFactory.Text(router.Welcome(turnContext.Activity.Locale)), cancellationToken);
    }
}
