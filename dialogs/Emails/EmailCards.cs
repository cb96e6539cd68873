using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Emails;
using static OpsBot.Dialogs.Cards.CardElements;

namespace OpsBot.Dialogs.Emails;

/// <summary>The verbs of the email card's buttons. A payment or research card asks for an email with <c>payment.email</c>.</summary>
public static class EmailVerbs
{
    public const string Draft = "payment.email";
    public const string Language = "email.language";
    public const string Template = "email.template";
    public const string Rewrite = "email.rewrite";
}

/// <summary>What the email card shows besides the draft itself.</summary>
public sealed record EmailCardContext(
    string DraftId,
    Bilingual? Note,
    bool CanRewrite,
    IReadOnlyList<TemplateOption> Templates);

/// <summary>
/// The draft as an Adaptive Card: subject and body per language (French first when both), the template and why, and
/// the buttons "Open in Outlook" (a mailto: link), "Rewrite" (only with a model), "Switch language" and "Another
/// template". A draft holds card endings only, so the card cannot show more.
/// </summary>
public sealed class EmailCards
{
    public JObject Draft(EmailDraft draft, EmailCardContext context, string language)
    {
        var option = TemplateOptions.Of(draft);
        var card = new AdaptiveCard()
            .Add(Text(EmailTexts.Summary(draft.BankReference).In(language), weight: "Bolder", size: "Medium"))
            .Add(Facts(
            [
                (EmailTexts.To.In(language), draft.To ?? EmailTexts.NoAddress.In(language)),
                (EmailTexts.Template.In(language), option.Label.In(language)),
                (EmailTexts.Language.In(language), TemplateOptions.LanguageLabel(draft.Language).In(language)),
            ]));
        if (context.Note is { } note) card.Add(Text(note.In(language), subtle: true));

        foreach (var part in draft.Parts) card.Add(Part(part, language));

        var link = MailtoLink.For(draft);
        if (link.Length > MailtoLink.SafeLength)
        {
            card.Add(Text(EmailTexts.LinkTooLong(link.Length).In(language), color: "Warning"));
            link = MailtoLink.Build(draft.To, draft.Subject, "");
        }

        var ask = JObject.FromObject(EmailAsk.From(draft));
        var data = new JObject { ["paymentId"] = draft.PaymentId, ["draftId"] = context.DraftId, ["ask"] = ask };
        card.AddAction(new JObject { ["type"] = "Action.OpenUrl", ["title"] = EmailTexts.OpenInOutlook.In(language), ["url"] = link });
        if (context.CanRewrite) card.AddAction(Submit(EmailTexts.Rewrite.In(language), EmailVerbs.Rewrite, data));
        card.AddAction(Submit(EmailTexts.SwitchTo(TemplateOptions.Next(draft.Language)).In(language), EmailVerbs.Language, data));
        if (context.Templates.Count > 0) card.AddAction(TemplatePicker(draft, option, context.Templates, data, language));
        return card.ToJson();
    }

    /// <summary>A language's subject and body. One text block per line: Teams does not keep single line breaks.</summary>
    private static JObject Part(EmailText part, string language)
    {
        var items = new List<JObject>
        {
            Text(part.Language == Languages.French ? "Français" : "English", weight: "Bolder", color: "Accent"),
            Text(EmailTexts.Subject.In(language) + part.Subject, weight: "Bolder"),
        };
        foreach (var paragraph in part.Body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = paragraph.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = Text(lines[i]);
                line["spacing"] = i == 0 ? "Medium" : "None";
                items.Add(line);
            }
        }
        return Container(items, separator: true);
    }

    /// <summary>"Another template": a choice of the templates these facts allow, the case reference query-ack needs, and "Draft".</summary>
    private static JObject TemplatePicker(EmailDraft draft, TemplateOption current, IReadOnlyList<TemplateOption> templates, JObject data, string language)
    {
        var choices = new JArray(templates.Select(o => new JObject { ["title"] = o.Label.In(language), ["value"] = o.Value }));
        var body = new JArray
        {
            new JObject
            {
                ["type"] = "Input.ChoiceSet", ["id"] = "template", ["label"] = EmailTexts.Template.In(language),
                ["style"] = "compact", ["isRequired"] = true, ["value"] = current.Value, ["choices"] = choices,
            },
            new JObject
            {
                ["type"] = "Input.Text", ["id"] = "caseReference", ["label"] = EmailTexts.CaseReference.In(language),
                ["placeholder"] = EmailTexts.CasePlaceholder.In(language), ["maxLength"] = 40,
                ["value"] = draft.Request.Choices.CaseReference ?? "",
            },
        };
        var picker = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = AdaptiveCard.Version,
            ["body"] = body,
            ["actions"] = new JArray(Submit(EmailTexts.Draft.In(language), EmailVerbs.Template, data)),
        };
        return new JObject { ["type"] = "Action.ShowCard", ["title"] = EmailTexts.AnotherTemplate.In(language), ["card"] = picker };
    }
}
