using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Emails;

namespace OpsBot.Dialogs.Emails;

/// <summary>
/// Between the email dialogs and the skill: checks who may draft, drafts and rewrites through
/// <see cref="CustomerEmails"/> (which records every draft in the audit log), keeps the conversation's last drafts so
/// that "Rewrite" works on what the card shows, and shows the card — or, for an Action.Execute press, puts it in place
/// of the card pressed.
/// </summary>
public sealed class EmailPresenter(CustomerEmails emails, EmailCards cards, IEmailPermission permission)
{
    /// <summary>Where the conversation's last drafts are kept (newest last), by draft id.</summary>
    public const string DraftsKey = "email.drafts";
    public const int KeptDrafts = 5;

    public bool CanRewrite => emails.CanRewrite;

    /// <summary>The user as the audit log names them: their Entra object id in Teams, else the channel's id.</summary>
    public static string Actor(DialogContext dc) =>
        dc.Context.Activity.From?.AadObjectId ?? dc.Context.Activity.From?.Id ?? "unknown";

    /// <summary>True when the user may draft; otherwise says so and returns false.</summary>
    public async Task<bool> AllowedAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (await permission.MayDraftEmailsAsync(dc.Context.Activity.From ?? new Microsoft.Bot.Schema.ChannelAccount(), cancellationToken))
            return true;
        await SayAsync(dc, EmailTexts.NotAllowed, cancellationToken);
        return false;
    }

    /// <summary>The facts of an ask (the payment, the account, what was credited); throws <see cref="EmailDraftException"/>.</summary>
    public EmailFacts Gather(EmailAsk ask) => emails.Gather(ask.ToRequest());

    /// <summary>Drafts and shows the email; a draft the facts cannot make is answered with the reason. Null then.</summary>
    public async Task<EmailDraft?> DraftAsync(DialogContext dc, EmailAsk ask, Bilingual? note, CancellationToken cancellationToken)
    {
        EmailDraft draft;
        try
        {
            draft = await emails.DraftAsync(ask.ToRequest(), Actor(dc), cancellationToken);
        }
        catch (EmailDraftException e)
        {
            await SayAsync(dc, Reason(e), cancellationToken);
            return null;
        }
        await ShowAsync(dc, draft, note, cancellationToken);
        return draft;
    }

    /// <summary>Asks the model for a rewrite: the rewritten card when the guard accepts it, else the guard's reason.</summary>
    public async Task RewriteAsync(DialogContext dc, EmailDraft draft, string instruction, CancellationToken cancellationToken)
    {
        EmailRewrite rewrite;
        try
        {
            rewrite = await emails.RewriteAsync(draft, instruction, Actor(dc), cancellationToken);
        }
        catch (EmailDraftException e)
        {
            await SayAsync(dc, Reason(e), cancellationToken);
            return;
        }
        if (!rewrite.Accepted)
        {
            await SayAsync(dc, new Bilingual(rewrite.ReasonEnglish ?? "", rewrite.ReasonFrench ?? rewrite.ReasonEnglish ?? ""), cancellationToken);
            return;
        }
        // The instruction is the analyst's own text: shown back masked, like everything else the bot repeats.
        var shown = Skills.Cards.CardMask.MaskText(instruction.Trim()) ?? "";
        await ShowAsync(dc, rewrite.Draft, EmailTexts.Rewritten(shown.Length > 80 ? shown[..80] + "…" : shown), cancellationToken);
    }

    public async Task ShowAsync(DialogContext dc, EmailDraft draft, Bilingual? note, CancellationToken cancellationToken)
    {
        var id = Keep(dc, draft);
        var facts = emails.Gather(draft.Request);
        var card = cards.Draft(draft, new EmailCardContext(id, note, emails.CanRewrite, TemplateOptions.Available(facts)), dc.Language);
        var summary = dc.Say(EmailTexts.Summary(draft.BankReference));
        var press = CardActionRequest.From(dc.Context.Activity);
        // The email card's own buttons redraft it in place; a payment or research card pressed stays as it was.
        if (press is { IsExecute: true } && press.Verb.StartsWith("email.", StringComparison.Ordinal))
        {
            dc.ReplacementCard = card;
            return;
        }
        if (press is { IsExecute: true }) dc.InvokeMessage = summary;
        var activity = MessageFactory.Attachment(AdaptiveCard.Attach(card));
        activity.Summary = summary;
        await dc.SendAsync(activity, cancellationToken);
    }

    /// <summary>A reply: a message, or for an Action.Execute press the short text Teams shows in place of a card.</summary>
    public static Task SayAsync(DialogContext dc, Bilingual text, CancellationToken cancellationToken)
    {
        if (!PressedExecute(dc)) return dc.SendAsync(text, cancellationToken);
        dc.InvokeMessage = dc.Say(text);
        return Task.CompletedTask;
    }

    public static Bilingual Reason(EmailDraftException e) => new(e.Message, e.French);

    /// <summary>A draft this conversation kept, by the id its card carries.</summary>
    public static EmailDraft? Find(DialogContext dc, string? draftId) =>
        draftId is null ? null : Drafts(dc).FirstOrDefault(d => d.Value<string>("id") == draftId)?["draft"]?.ToObject<EmailDraft>();

    /// <summary>The conversation's newest draft and its id, for "rewrite" typed rather than pressed.</summary>
    public static (string Id, EmailDraft Draft)? Last(DialogContext dc) =>
        Drafts(dc).LastOrDefault() is JObject last && last["draft"]?.ToObject<EmailDraft>() is { } draft
            ? (last.Value<string>("id")!, draft)
            : null;

    private static string Keep(DialogContext dc, EmailDraft draft)
    {
        var drafts = Drafts(dc);
        var id = Guid.NewGuid().ToString("N")[..12];
        drafts.Add(new JObject { ["id"] = id, ["draft"] = JObject.FromObject(draft) });
        while (drafts.Count > KeptDrafts) drafts.RemoveAt(0);
        dc.Conversation.Values[DraftsKey] = drafts;
        return id;
    }

    private static JArray Drafts(DialogContext dc) => dc.Conversation.Values[DraftsKey] as JArray ?? [];

    private static bool PressedExecute(DialogContext dc) => CardActionRequest.From(dc.Context.Activity) is { IsExecute: true };
}
