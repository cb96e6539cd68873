using Newtonsoft.Json.Linq;

namespace OpsBot.Dialogs.Layer;

public enum DialogTurnStatus { Empty, Waiting, Complete, Cancelled }

public sealed record DialogTurnResult(DialogTurnStatus Status, JToken? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
}

/// <summary>
/// A step of a conversation that may last several turns. Its state lives in <see cref="DialogContext.ActiveState"/>
/// (JSON, saved between turns), never in fields: the same instance serves every conversation.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Starts the dialog; <paramref name="options"/> is whatever the caller passed, as JSON.</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken);

    /// <summary>The user answered while this dialog was on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, JToken? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again, after an interruption such as "help".</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
