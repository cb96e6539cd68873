using System.Text.RegularExpressions;

namespace OpsBot.Dialogs.Understanding;

/// <summary>
/// Tells English from French by the small words and accents a message uses. Short messages often show neither
/// ("BR2611300000017", "250"): then it says nothing and the conversation's language stands.
/// </summary>
public static partial class LanguageDetector
{
    private static readonly HashSet<string> French = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "de", "du", "des", "un", "une", "et", "ou", "au", "aux", "pour", "avec", "sur", "dans", "par",
        "paiement", "paiements", "versement", "versements", "reçu", "reçus", "recu", "recus", "hier", "aujourd'hui",
        "trouve", "trouver", "cherche", "chercher", "recherche", "montre", "montrer", "affiche", "aide", "annuler", "annule",
        "carte", "terminant", "finissant", "plus", "moins", "dernier", "dernière", "derniers", "semaine", "mois", "entre",
        "bonjour", "salut", "merci", "oui", "non", "quels", "quel", "quelle", "qui", "est", "sont", "français", "francais",
        "anglais", "rapprochement", "état", "courriel", "escalade", "suivant", "appliqués", "appliqué", "non-appliqués",
        "je", "tu", "vous", "nous", "mon", "ma", "mes", "ce", "cette", "ces", "à", "montant", "compte", "payé", "payés",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "for", "with", "on", "in", "from", "by", "to", "at",
        "payment", "payments", "received", "yesterday", "today", "find", "search", "show", "list", "help", "cancel",
        "card", "ending", "ends", "over", "under", "above", "below", "between", "last", "week", "month", "this",
        "hello", "hi", "thanks", "yes", "no", "which", "what", "who", "is", "are", "english", "french", "unapplied",
        "applied", "status", "reconcile", "email", "escalate", "more", "next", "i", "you", "we", "my", "me", "please",
        "amount", "account", "paid", "queue", "where", "how",
    };

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>"en", "fr", or null when the message does not show.</summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        int fr = 0, en = 0;
        foreach (Match m in Word().Matches(text))
        {
            var word = m.Value.Trim('\'');
            if (French.Contains(word)) fr++;
            if (English.Contains(word)) en++;
            if (word.IndexOfAny(['é', 'è', 'ê', 'à', 'ç', 'ù', 'û', 'ô', 'î', 'â', 'ë', 'ï', 'É']) >= 0) fr++;
        }
        if (fr > en) return Languages.French;
        if (en > fr) return Languages.English;
        return null;
    }

    private static class Languages
    {
        public const string English = "en";
        public const string French = "fr";
    }
}
