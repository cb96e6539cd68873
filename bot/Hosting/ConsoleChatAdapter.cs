using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Understanding;

namespace OpsBot.Bot.Hosting;

/// <summary>
/// A Bot Framework adapter for the terminal: each line is a message; the bot's cards are printed as text with their
/// buttons numbered, and typing a number presses the button (Action.Submit as a message value, Action.Execute as an
/// invoke), as Teams would.
/// </summary>
public sealed class ConsoleChatAdapter : BotAdapter
{
    public sealed record Who(string Conversation, string User, string Locale);

    private readonly TextWriter _out;
    private readonly Who _who;
    private List<JObject> _buttons = [];
    private List<JObject> _turnButtons = [];

    public ConsoleChatAdapter(TextWriter output, CardNumberMasking masking, Who who)
    {
        _out = output;
        _who = who;
        Use(masking);
    }

    /// <summary>Tells the bot the user opened the chat (it welcomes once per conversation).</summary>
    public Task StartAsync(IBot bot, CancellationToken cancellationToken)
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount("opsbot", "OpsBot"), new ChannelAccount(_who.User, _who.User)];
        return RunAsync(activity, bot, cancellationToken);
    }

    public Task SayAsync(string line, IBot bot, bool echo, CancellationToken cancellationToken)
    {
        if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= _buttons.Count)
        {
            var button = _buttons[n - 1];
            if (echo) _out.WriteLine($"> [{n}] {button.Value<string>("title")}");
            return RunAsync(Press(button), bot, cancellationToken);
        }
        if (echo) _out.WriteLine("> " + line);
        var message = NewActivity(ActivityTypes.Message);
        message.Text = line;
        return RunAsync(message, bot, cancellationToken);
    }

    private Activity Press(JObject button)
    {
        if (button.Value<string>("type") == "Action.Execute")
        {
            var invoke = NewActivity(ActivityTypes.Invoke);
            invoke.Name = CardActionRequest.InvokeName;
            invoke.Value = new JObject
            {
                ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = button["verb"], ["data"] = button["data"] ?? new JObject() },
                ["trigger"] = "manual",
            };
            return invoke;
        }
        var submit = NewActivity(ActivityTypes.Message);
        submit.Value = button["data"]?.DeepClone() ?? new JObject();
        return submit;
    }

    private async Task RunAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        _turnButtons = [];
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        // Buttons stay pressable until a later reply brings new ones.
        if (_turnButtons.Count > 0) _buttons = _turnButtons;
        _out.WriteLine();
    }

    private Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "console",
        ServiceUrl = "urn:console",
        Conversation = new ConversationAccount(id: _who.Conversation, conversationType: "personal"),
        From = new ChannelAccount(_who.User, _who.User),
        Recipient = new ChannelAccount("opsbot", "OpsBot"),
        Locale = _who.Locale,
        Timestamp = DateTimeOffset.UtcNow,
    };

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities) Print(activity);
        return Task.FromResult(activities.Select(a => new ResourceResponse(a.Id ?? Guid.NewGuid().ToString("N"))).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        _out.WriteLine("(updated)");
        Print(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    private void Print(Activity activity)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                if (!string.IsNullOrEmpty(activity.Text)) _out.WriteLine(activity.Text);
                foreach (var attachment in activity.Attachments ?? [])
                    if (attachment.ContentType == AdaptiveCard.ContentType && JObject.FromObject(attachment.Content) is { } card)
                        PrintCard(card);
                if (activity.SuggestedActions?.Actions is { Count: > 0 } suggested)
                    _out.WriteLine("(" + string.Join(" / ", suggested.Select(a => a.Title)) + ")");
                break;
            case ActivityTypesEx.InvokeResponse:
                if (activity.Value is InvokeResponse { Body: AdaptiveCardInvokeResponse response })
                {
                    if (response.Value is JObject replacement) PrintCard(replacement);
                    else if (response.Value is not null) _out.WriteLine(response.Value.ToString());
                }
                break;
        }
    }

    private void PrintCard(JObject card)
    {
        var (text, buttons) = CardText.Render(card);
        // Number the buttons after those already shown in this turn, so that each number is one button.
        var offset = _turnButtons.Count;
        foreach (var line in text.Split('\n'))
            _out.WriteLine(offset == 0 ? line : RenumberButton(line, offset));
        _turnButtons.AddRange(buttons);
    }

    private static string RenumberButton(string line, int offset)
    {
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith('[')) return line;
        var close = trimmed.IndexOf(']');
        return close > 1 && int.TryParse(trimmed[1..close], out var n)
            ? line[..(line.Length - trimmed.Length)] + $"[{n + offset}]" + trimmed[(close + 1)..]
            : line;
    }
}
