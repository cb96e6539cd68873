using System.Text.RegularExpressions;

namespace OpsBot.Dialogs.Understanding;

/// <summary>What a message asks for. Every feature's intent is recognised here, whether or not its feature is built.</summary>
public static class Intents
{
    public const string None = "none";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string Language = "language";
    public const string Greeting = "greeting";
    public const string Lookup = "lookup";
    public const string More = "more";
    public const string Research = "research";
    public const string Allocate = "allocate";
    public const string Approvals = "approvals";
    public const string Reconcile = "reconcile";
    public const string Email = "email";
    public const string Status = "status";
    public const string Escalate = "escalate";
}

/// <summary>
/// A pattern that marks an intent, in either language. Patterns are tried in order and the first match wins, so the
/// narrow ones (cancel, escalate) come before the broad ones (lookup). A feature adds its own by registering an
/// <see cref="IntentPattern"/> (they are tried before the built-in ones).
/// </summary>
public sealed record IntentPattern(string Intent, Regex Pattern)
{
    public IntentPattern(string intent, string pattern)
        : this(intent, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200))) { }

    /// <summary>The patterns the bot starts with.</summary>
    public static IReadOnlyList<IntentPattern> BuiltIn { get; } =
    [
        new(Intents.Cancel, @"^\s*(cancel|stop|quit|abort|never\s*mind|forget\s+it|annule[rz]?|arr[eê]te[rz]?|laisse\s+tomber|abandonne[rz]?)\s*[.!]*\s*$"),
        new(Intents.Help, @"^\s*(help|aide|\?|menu|commands?|commandes?|what\s+can\s+you\s+do|que\s+(peux|sais)[- ]tu\s+faire|qu'?est-ce\s+que\s+tu\s+(peux|sais)\s+faire|comment\s+(ça|ca)\s+marche|how\s+does\s+(this|it)\s+work)\s*[?.!]*\s*$"),
        new(Intents.Language, @"^\s*((please\s+)?(speak|reply|answer|talk|switch(\s+to)?|change\s+to|use)\s+(in\s+)?|in\s+|en\s+|(parle[rz]?|r[ée]pond(s|ez)?|[ée]cri[st]|passe[rz]?)\s+(en\s+)?|(je\s+pr[ée]f[èe]re\s+)(le\s+)?)?(english|anglais|fran[cç]ais|french)(\s+(please|svp|s'il\s+(te|vous)\s+pla[iî]t))?\s*[.!]*\s*$"),
        new(Intents.Greeting, @"^\s*(hi|hello|hey|good\s+(morning|afternoon|evening)|bonjour|salut|allo|allô|bonsoir)\b[\s!.,]*(opsbot)?[\s!.]*$"),
        new(Intents.Escalate, @"^\s*(escalate|escalade[rz]?|escalader)\b"),
        new(Intents.More, @"^\s*(more|next|next\s+page|show\s+more|more\s+results|plus|suivant(e|s)?|page\s+suivante|encore|la\s+suite|plus\s+de\s+r[ée]sultats)\s*[.!]*\s*$"),
        new(Intents.Approvals, @"\b(approvals?|pending\s+approvals?|to\s+approve|[àa]\s+approuver|approbations?|en\s+attente\s+d'approbation)\b"),
        new(Intents.Reconcile, @"\b(reconcile|reconciliation|rapprochement|rapprocher|concilier|conciliation)\b"),
        new(Intents.Status, @"\b(queue\s+status|status|[ée]tat\s+de\s+la\s+file|o[uù]\s+en\s+(est-on|sommes-nous)|where\s+are\s+we|how\s+are\s+we\s+doing|kpis?|sla|tableau\s+de\s+bord|dashboard)\b"),
        new(Intents.Email, @"\b(e-?mail|courriel|write\s+to|draft\s+(a\s+)?(letter|message)|[ée]cri(re|s)\s+(au|[àa])\s+client|r[ée]dige[rz]?)\b"),
        new(Intents.Allocate, @"\b(allocate|allocation|apply\s+\S+\s+to|apply\s+(it|this|payment)|split|credit\s+(it|this|payment|\S+\s+to)|appliquer?|affecte[rz]?|impute[rz]?|allouer|r[ée]partir|cr[ée]diter)\b"),
        new(Intents.Research, @"\b(research|investigate|who\s+paid|whose\s+payment|suggest|match(es|ing)?|propos(e|al)s?|enqu[êe]te[rz]?|qui\s+a\s+pay[ée]|[àa]\s+qui\s+(est|appartient)|sugg[èe]re[rz]?|correspondances?)\b"),
        new(Intents.Lookup, @"\b(find|search|look\s*up|lookup|show|list|get|payments?|paiements?|versements?|cherche[rz]?|recherche[rz]?|trouve[rz]?|montre[rz]?|affiche[rz]?|liste[rz]?|unapplied|non\s+appliqu[ée]s?|en\s+suspens)\b"),
    ];
}
