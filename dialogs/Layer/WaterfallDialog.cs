using Newtonsoft.Json.Linq;

namespace OpsBot.Dialogs.Layer;

public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// A dialog made of steps run one after another; a step usually asks something (a prompt) and the next one gets
/// the answer in <see cref="WaterfallStepContext.Result"/>.
/// </summary>
public class WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : Dialog(id)
{
    private const string StepKey = "step";
    private const string ValuesKey = "values";
    private const string OptionsKey = "options";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        dc.ActiveState[ValuesKey] = new JObject();
        dc.ActiveState[OptionsKey] = options?.DeepClone() ?? JValue.CreateNull();
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>The user answered without a prompt in between: the text is the next step's result.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, CurrentStep(dc) + 1, dc.Context.Activity.Text is { } text ? new JValue(text) : null, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, JToken? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, CurrentStep(dc) + 1, result, cancellationToken);

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, JToken? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count) return await dc.EndDialogAsync(result, cancellationToken);
        var state = dc.ActiveState;
        state[StepKey] = index;
        var step = new WaterfallStepContext(this, dc, index, (JObject)state[ValuesKey]!, state[OptionsKey], result);
        return await steps[index](step, cancellationToken);
    }

    private static int CurrentStep(DialogContext dc) => dc.ActiveState.Value<int?>(StepKey) ?? 0;
}

/// <summary>What a waterfall step sees: the turn, the dialog's values, the options it began with, the last answer.</summary>
public sealed class WaterfallStepContext(WaterfallDialog dialog, DialogContext dc, int index, JObject values, JToken? options, JToken? result)
{
    public DialogContext Dialog { get; } = dc;
    public int Index { get; } = index;
    /// <summary>Values kept between the steps of this dialog (saved with the conversation).</summary>
    public JObject Values { get; } = values;
    public JToken? Options { get; } = options is null || options.Type == JTokenType.Null ? null : options;
    /// <summary>The previous step's answer: a prompt's value, or the text the user typed.</summary>
    public JToken? Result { get; } = result;
    public string Language => Dialog.Language;

    public T? ResultAs<T>() => Result is null || Result.Type == JTokenType.Null ? default : Result.ToObject<T>();

    public Task<DialogTurnResult> NextAsync(JToken? result, CancellationToken cancellationToken) =>
        dialog.RunStepAsync(Dialog, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> EndAsync(JToken? result, CancellationToken cancellationToken) =>
        Dialog.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        Dialog.PromptAsync(promptId, options, cancellationToken);

    public Task SendAsync(Bilingual text, CancellationToken cancellationToken) => Dialog.SendAsync(text, cancellationToken);
}
