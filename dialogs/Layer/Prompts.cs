using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Lookup;

namespace OpsBot.Dialogs.Layer;

/// <summary>What a prompt says, already in the user's language (the caller knows it).</summary>
public sealed class PromptOptions
{
    public required string Prompt { get; init; }
    /// <summary>Said when the answer cannot be read; a sensible default is used otherwise.</summary>
    public string? Retry { get; init; }
    /// <summary>For a choice prompt: the options, shown numbered.</summary>
    public List<string>? Choices { get; init; }
}

/// <summary>The ids of the prompts every dialog can use.</summary>
public static class PromptIds
{
    public const string Text = "prompt.text";
    public const string Choice = "prompt.choice";
    public const string Confirm = "prompt.confirm";
    public const string Amount = "prompt.amount";
    public const string Date = "prompt.date";
}

/// <summary>A choice the user made: its position in the list and its text.</summary>
public sealed record FoundChoice(int Index, string Value);

/// <summary>
/// Asks one question and ends with the answer as JSON once it can be read; asks again otherwise.
/// Cancel and help are handled before a prompt sees the message (see <c>ConversationRouter</c>).
/// </summary>
public abstract class Prompt<T>(string id) : Dialog(id)
{
    private static readonly Bilingual DefaultRetry = new("Sorry, I could not read that. ", "Désolé, je n'ai pas pu lire cette réponse. ");

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        var prompt = options?.ToObject<PromptOptions>() ?? throw new ArgumentException($"{Id} needs PromptOptions.");
        dc.ActiveState["options"] = JObject.FromObject(prompt);
        await dc.SendAsync(Render(dc, prompt, prompt.Prompt), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var prompt = Options(dc);
        var text = dc.Context.Activity.Type == ActivityTypes.Message ? dc.Context.Activity.Text?.Trim() : null;
        if (!string.IsNullOrEmpty(text) && TryRecognize(dc, prompt, text, out var value))
            return await dc.EndDialogAsync(value is null ? JValue.CreateNull() : JToken.FromObject(value), cancellationToken);
        var retry = prompt.Retry ?? dc.Say(DefaultRetry) + prompt.Prompt;
        await dc.SendAsync(Render(dc, prompt, retry), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var prompt = Options(dc);
        return dc.SendAsync(Render(dc, prompt, prompt.Prompt), cancellationToken);
    }

    protected abstract bool TryRecognize(DialogContext dc, PromptOptions prompt, string text, out T? value);

    protected virtual IActivity Render(DialogContext dc, PromptOptions prompt, string text) => MessageFactory.Text(text);

    private static PromptOptions Options(DialogContext dc) => dc.ActiveState["options"]!.ToObject<PromptOptions>()!;
}

public sealed class TextPrompt() : Prompt<string>(PromptIds.Text)
{
    protected override bool TryRecognize(DialogContext dc, PromptOptions prompt, string text, out string? value)
    {
        value = text;
        return text.Length > 0;
    }
}

/// <summary>Yes or no, in either language.</summary>
public sealed class ConfirmPrompt() : Prompt<bool>(PromptIds.Confirm)
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
        { "yes", "y", "yep", "yeah", "ok", "okay", "sure", "confirm", "oui", "o", "ouais", "d'accord", "daccord", "confirmer", "je confirme", "absolument" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
        { "no", "n", "nope", "no thanks", "non", "non merci", "pas du tout" };

    protected override bool TryRecognize(DialogContext dc, PromptOptions prompt, string text, out bool value)
    {
        var answer = text.Trim().TrimEnd('.', '!', ' ').Replace('’', '\'');
        if (Yes.Contains(answer)) { value = true; return true; }
        if (No.Contains(answer)) { value = false; return true; }
        value = false;
        return false;
    }

    protected override IActivity Render(DialogContext dc, PromptOptions prompt, string text)
    {
        var yes = dc.Say(new Bilingual("Yes", "Oui"));
        var no = dc.Say(new Bilingual("No", "Non"));
        return MessageFactory.SuggestedActions(new[] { yes, no }, text, null, null);
    }
}

/// <summary>One of a list: by its number, its text, or the start of its text, without accents or case.</summary>
public sealed class ChoicePrompt() : Prompt<FoundChoice>(PromptIds.Choice)
{
    protected override bool TryRecognize(DialogContext dc, PromptOptions prompt, string text, out FoundChoice? value)
    {
        var choices = prompt.Choices ?? [];
        value = null;
        if (int.TryParse(text.TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count)
        {
            value = new FoundChoice(n - 1, choices[n - 1]);
            return true;
        }
        var wanted = string.Join(' ', PayerNames.Words(text));
        if (wanted.Length == 0) return false;
        var exact = choices.FindIndex(c => string.Join(' ', PayerNames.Words(c)) == wanted);
        var index = exact >= 0 ? exact : choices.FindIndex(c => string.Join(' ', PayerNames.Words(c)).StartsWith(wanted, StringComparison.Ordinal));
        // A prefix shared by two choices is not an answer.
        if (exact < 0 && index >= 0 && choices.FindLastIndex(c => string.Join(' ', PayerNames.Words(c)).StartsWith(wanted, StringComparison.Ordinal)) != index)
            return false;
        if (index < 0) return false;
        value = new FoundChoice(index, choices[index]);
        return true;
    }

    protected override IActivity Render(DialogContext dc, PromptOptions prompt, string text)
    {
        var choices = prompt.Choices ?? [];
        var list = string.Join("\n", choices.Select((c, i) => $"{i + 1}. {c}"));
        return MessageFactory.SuggestedActions(choices, text + "\n\n" + list, null, null);
    }
}

/// <summary>An amount of money, "$1,234.56", "1 234,56 $", "250": read by Microsoft.Recognizers.Text.</summary>
public sealed class AmountPrompt(OpsRecognizer recognizer) : Prompt<decimal>(PromptIds.Amount)
{
    protected override bool TryRecognize(DialogContext dc, PromptOptions prompt, string text, out decimal value)
    {
        var amount = recognizer.ReadAmount(text, dc.Language);
        value = amount ?? 0m;
        return amount is > 0m;
    }
}

/// <summary>A date, "yesterday", "last Tuesday", "le 3 novembre", resolved against Canada's clock.</summary>
public sealed class DatePrompt(OpsRecognizer recognizer) : Prompt<DateOnly>(PromptIds.Date)
{
    protected override bool TryRecognize(DialogContext dc, PromptOptions prompt, string text, out DateOnly value)
    {
        var range = recognizer.ReadDates(text, dc.Language);
        value = range?.From ?? default;
        return range is { } r && r.From == r.To;
    }
}
