using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Understanding;

namespace OpsBot.Dialogs.Layer;

/// <summary>One turn of one conversation, as the dialogs see it: the stack, the reply language, the message understood.</summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, ConversationData conversation)
{
    public DialogSet Dialogs { get; } = dialogs;
    public ITurnContext Context { get; } = context;
    public ConversationData Conversation { get; } = conversation;

    /// <summary>"en" or "fr": the language every reply of this turn is written in.</summary>
    public string Language { get; set; } = Languages.Normalize(conversation.Language ?? context.Activity.Locale);

    /// <summary>The message of this turn as the recognizer read it; null for card actions and events.</summary>
    public Understood? Understood { get; set; }

    /// <summary>For an Action.Execute invoke: the card that replaces the one the user pressed.</summary>
    public JObject? ReplacementCard { get; set; }

    /// <summary>For an Action.Execute invoke without a replacement card: the short message Teams shows instead.</summary>
    public string? InvokeMessage { get; set; }

    public List<DialogInstance> Stack => Conversation.Stack;
    public DialogInstance? Active => Stack.Count == 0 ? null : Stack[^1];
    public JObject ActiveState => Active?.State ?? throw new InvalidOperationException("No dialog is active.");

    public string Say(Bilingual text) => text.In(Language);

    public Task SendAsync(string text, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    public Task SendAsync(Bilingual text, CancellationToken cancellationToken) => SendAsync(Say(text), cancellationToken);

    public Task SendAsync(IActivity activity, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(activity, cancellationToken);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JToken? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Get(dialogId);
        Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Cancels whatever was going on and starts <paramref name="dialogId"/>: what a card button or a new request does.</summary>
    public Task<DialogTurnResult> StartAfreshAsync(string dialogId, JToken? options, CancellationToken cancellationToken)
    {
        Stack.Clear();
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(promptId, JObject.FromObject(options), cancellationToken);

    /// <summary>Hands the user's message to the dialog on top of the stack.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (Active is not { } active) return new DialogTurnResult(DialogTurnStatus.Empty);
        return await Dialogs.Get(active.Id).ContinueAsync(this, cancellationToken);
    }

    /// <summary>Ends the dialog on top; the one below it (if any) resumes with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JToken? result, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0) Stack.RemoveAt(Stack.Count - 1);
        if (Active is { } parent) return await Dialogs.Get(parent.Id).ResumeAsync(this, result, cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public DialogTurnResult CancelAll()
    {
        Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptAsync(CancellationToken cancellationToken)
    {
        if (Active is { } active) await Dialogs.Get(active.Id).RepromptAsync(this, cancellationToken);
    }
}
