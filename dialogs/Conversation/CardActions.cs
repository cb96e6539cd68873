using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Layer;

namespace OpsBot.Dialogs.Conversation;

/// <summary>
/// A button pressed on one of the bot's cards: an Action.Submit (its data comes as a message's Value, with a
/// "verb") or an Action.Execute (an "adaptiveCard/action" invoke, whose answer replaces the card).
/// </summary>
public sealed record CardActionRequest(string Verb, JObject Data, bool IsExecute)
{
    public const string InvokeName = "adaptiveCard/action";

    public static CardActionRequest? From(IActivity activity)
    {
        if (activity.Type == ActivityTypes.Message && activity is IMessageActivity message
            && message.Value is not null && AsObject(message.Value) is { } value
            && value.Value<string>("verb") is { Length: > 0 } verb)
            return new CardActionRequest(verb, value, IsExecute: false);

        if (activity.Type == ActivityTypes.Invoke && activity is IInvokeActivity invoke && invoke.Name == InvokeName
            && AsObject(invoke.Value)?["action"] is JObject action && action.Value<string>("verb") is { Length: > 0 } executeVerb)
            return new CardActionRequest(executeVerb, action["data"] as JObject ?? new JObject(), IsExecute: true);

        return null;
    }

    public long? PaymentId => Data.Value<long?>("paymentId");

    private static JObject? AsObject(object? value) => value switch
    {
        JObject o => o,
        string s when s.TrimStart().StartsWith('{') => JObject.Parse(s),
        null => null,
        _ => JObject.FromObject(value),
    };
}

/// <summary>
/// Handles the buttons of some verbs. Features register theirs in the composition root; a verb nobody handles gets a
/// clear answer. A handler may reply, start a dialog (<see cref="DialogContext.StartAfreshAsync"/>), or, for an
/// Action.Execute, set <see cref="DialogContext.ReplacementCard"/>.
/// </summary>
public interface ICardActionHandler
{
    IReadOnlyCollection<string> Verbs { get; }
    Task HandleAsync(DialogContext dc, CardActionRequest action, CancellationToken cancellationToken);
}

/// <summary>Which dialog an intent starts. Registered by the feature that owns the dialog.</summary>
public sealed record IntentRoute(string Intent, string DialogId);

/// <summary>One line of "help": what the bot can do and an example, in both languages.</summary>
public sealed record HelpTopic(Bilingual Summary, Bilingual Examples);
