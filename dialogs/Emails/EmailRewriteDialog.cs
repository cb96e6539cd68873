using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Layer;

namespace OpsBot.Dialogs.Emails;

/// <summary>What the rewrite starts from: the draft a card's button names, and the instruction when already given.</summary>
public sealed record RewriteRequest(string? DraftId, string? Instruction);

/// <summary>
/// "Rewrite" on an email card, or "rewrite warmer" / "reformule plus court" typed after a draft: asks how (unless
/// said), sends the draft to the model, and shows the rewrite, or says why the template was kept (the guard's reason,
/// in the user's language). Without a model configured it says so and stops.
/// </summary>
public sealed partial class EmailRewriteDialog(EmailPresenter presenter) : Dialog(DialogId)
{
    public const string DialogId = "email.rewrite";
    /// <summary>The intent of a typed "rewrite …" / "reformule …".</summary>
    public const string Intent = "email.rewrite";
    private const string DraftIdKey = "draftId";

    /// <summary>A message that starts with the verb; what follows it is the instruction.</summary>
    [GeneratedRegex(@"^\s*(?:please\s+)?(?:rewrite|reword|reformule[rz]?|r[ée][ée]cri(?:s|re|vez))(?:[- ](?:it|this|that|le|la|les|moi))?\b\s*[:,]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    public static partial Regex Typed();

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JToken? options, CancellationToken cancellationToken)
    {
        if (!await presenter.AllowedAsync(dc, cancellationToken)) return await dc.EndDialogAsync(null, cancellationToken);
        if (!presenter.CanRewrite)
        {
            await EmailPresenter.SayAsync(dc, EmailTexts.NoModel, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var request = options?.ToObject<RewriteRequest>() ?? FromText(dc);
        string draftId;
        if (request.DraftId is not null)
        {
            if (EmailPresenter.Find(dc, request.DraftId) is null)
            {
                await EmailPresenter.SayAsync(dc, EmailTexts.DraftGone, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            }
            draftId = request.DraftId;
        }
        else if (EmailPresenter.Last(dc) is { } last)
        {
            draftId = last.Id;
        }
        else
        {
            await EmailPresenter.SayAsync(dc, EmailTexts.NoDraftYet, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        dc.ActiveState[DraftIdKey] = draftId;
        if (!string.IsNullOrWhiteSpace(request.Instruction))
            return await RewriteAsync(dc, request.Instruction, cancellationToken);
        return await dc.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = dc.Say(EmailTexts.HowToRewrite) }, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, JToken? result, CancellationToken cancellationToken) =>
        RewriteAsync(dc, result?.ToObject<string>() ?? "", cancellationToken);

    private async Task<DialogTurnResult> RewriteAsync(DialogContext dc, string instruction, CancellationToken cancellationToken)
    {
        if (EmailPresenter.Find(dc, dc.ActiveState.Value<string>(DraftIdKey)) is not { } draft)
        {
            await EmailPresenter.SayAsync(dc, EmailTexts.DraftGone, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        await presenter.RewriteAsync(dc, draft, instruction, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private static RewriteRequest FromText(DialogContext dc) =>
        dc.Understood?.Text is { } text && Typed().Match(text) is { Success: true } m
            ? new RewriteRequest(null, m.Groups["rest"].Value.Trim())
            : new RewriteRequest(null, null);
}
