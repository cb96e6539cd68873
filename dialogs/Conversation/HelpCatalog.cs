using System.Text;
using OpsBot.Dialogs.Layer;

namespace OpsBot.Dialogs.Conversation;

/// <summary>"help" / "aide": what the bot can do, from the topics features register, in the user's language.</summary>
public sealed class HelpCatalog(IEnumerable<HelpTopic> topics)
{
    private readonly IReadOnlyList<HelpTopic> _topics = topics.ToList();

    public string Text(string language)
    {
        var french = Languages.Normalize(language) == Languages.French;
        var sb = new StringBuilder();
        sb.Append(french ? $"Voici ce que je peux faire{Texts.Nbsp}:" : "Here is what I can do:").Append("\n\n");
        foreach (var topic in _topics)
            sb.Append("- **").Append(topic.Summary.In(language)).Append("** — ").Append(topic.Examples.In(language)).Append('\n');
        sb.Append('\n');
        sb.Append(french
            ? $"En tout temps{Texts.Nbsp}: {Texts.QuoteFr("annuler")} arrête ce qu'on fait, {Texts.QuoteFr("aide")} affiche ce message, {Texts.QuoteFr("English")} passe à l'anglais."
            : $"At any time: {Texts.QuoteEn("cancel")} stops what we are doing, {Texts.QuoteEn("help")} shows this, {Texts.QuoteEn("français")} switches to French.");
        return sb.ToString();
    }
}
