using System.Globalization;
using OpsBot.Dialogs.Layer;

namespace OpsBot.Tests.Dialogs;

/// <summary>A dialog that asks with every kind of prompt and says back what it understood: the layer's test bench.</summary>
internal sealed class SurveyDialog() : WaterfallDialog(Id, Steps())
{
    public new const string Id = "survey";

    private static WaterfallStep[] Steps() =>
    [
        (step, ct) => step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = step.Dialog.Say(new("Your name?", "Votre nom ?")) }, ct),
        (step, ct) =>
        {
            step.Values["name"] = step.Result;
            return step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = "Channel?", Choices = ["Cheque", "Wire", "Interac e-Transfer"] }, ct);
        },
        (step, ct) =>
        {
            step.Values["channel"] = step.Result!["Value"];
            return step.PromptAsync(PromptIds.Confirm, new PromptOptions { Prompt = "Sure?" }, ct);
        },
        (step, ct) =>
        {
            step.Values["sure"] = step.Result;
            return step.PromptAsync(PromptIds.Amount, new PromptOptions { Prompt = "How much?" }, ct);
        },
        (step, ct) =>
        {
            step.Values["amount"] = step.Result;
            return step.PromptAsync(PromptIds.Date, new PromptOptions { Prompt = "When?" }, ct);
        },
        async (step, ct) =>
        {
            var v = step.Values;
            var date = step.ResultAs<DateOnly>();
            await step.Dialog.SendAsync(string.Create(CultureInfo.InvariantCulture,
                $"name={v["name"]}; channel={v["channel"]}; sure={v["sure"]}; amount={v.Value<decimal>("amount")}; date={date:yyyy-MM-dd}"), ct);
            return await step.EndAsync(null, ct);
        },
    ];
}
