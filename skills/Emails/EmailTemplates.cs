using OpsBot.Skills.Cards;
using OpsBot.Skills.Emails.Templates;

namespace OpsBot.Skills.Emails;

/// <summary>The customer emails OpsBot can draft, by the names the command line and dialogs use.</summary>
public static class EmailTemplates
{
    public static IReadOnlyList<EmailTemplate> All { get; } =
    [
        new WrongReferenceEmail(),
        new AppliedEmail(),
        new OldCardEmail(),
        new OverpaymentEmail(),
        new UnidentifiedEmail(),
        new QueryAckEmail(),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(t => t.Name).ToList();

    public static EmailTemplate Find(string? name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new EmailDraftException(
            $"Unknown email template '{CardMask.MaskText(name)}'. Templates: {string.Join(", ", Names)}.",
            $"Modèle de courriel inconnu : « {CardMask.MaskText(name)} ». Modèles : {string.Join(", ", Names)}.");

    /// <summary>Kernel function names allow letters, digits and underscores only: "wrong-reference" → "wrong_reference".</summary>
    public static string FunctionName(this EmailTemplate template) => template.Name.Replace('-', '_');
}
