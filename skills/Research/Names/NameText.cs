using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpsBot.Skills.Research.Names;

/// <summary>
/// Turns a person's or a company's name into the tokens matching compares: no accents, no case, no titles
/// ("MR", "MME", "DR"), no company suffixes ("INC", "LTÉE", "S.E.N.C."), no small words ("DE", "LA", "AND").
/// Banks print payer names in capitals without accents, sometimes surname first with a comma, sometimes with
/// initials only; the card system keeps "Geneviève Lévesque-Bouchard". Both sides go through the same steps,
/// so whatever is dropped is dropped on both.
/// </summary>
public static partial class NameText
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "MR", "MRS", "MS", "MISS", "MX", "DR", "MME", "MMES", "MLLE", "MLLES", "ME", "PROF", "REV", "SIR", "DAME",
        "HON", "JR", "SR", "II", "III", "IV", "ESQ", "PHD", "MESSRS", "MM",
    };

    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal)
    {
        "INC", "INCORPORATED", "INCORPOREE", "LTD", "LIMITED", "LTEE", "LIMITEE", "CORP", "CORPORATION", "CO",
        "COMPANY", "CIE", "COMPAGNIE", "SENC", "SENCRL", "SRL", "LLP", "LLC", "LP", "SEC", "ENR", "ENRG", "PLC",
        "ULC", "SA", "SAS", "GMBH", "INCORP",
    };

    // Small words that are sometimes written and sometimes not: "Boulangerie de la Rive" / "BOULANGERIE RIVE".
    // Single letters are not among them: "D. OUELLET", "L LACROIX" and "A SMITH" are initials.
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "DE", "DU", "DES", "LA", "LE", "LES", "ET", "AND", "THE", "OF", "AU", "AUX", "EN",
    };

    // Words banks put around a payer's name ("PAYMENT FROM JEAN TREMBLAY THANK YOU", "PAIEMENT CARTE"): never a
    // name, so never a reason for a name not to match.
    private static readonly HashSet<string> BankWords = new(StringComparer.Ordinal)
    {
        "PAYMENT", "PAYMENTS", "PMT", "PYMT", "PAIEMENT", "FROM", "THANK", "THANKS", "YOU", "MERCI", "REF",
        "REFERENCE", "CARD", "CARTE", "AMEX", "BILL", "FACTURE", "ACCT", "ACCOUNT", "COMPTE", "TRANSFER",
        "VIREMENT", "INTERAC", "ETRANSFER", "EFT", "CHEQUE", "CHECK", "POUR", "FOR",
    };

    /// <summary>Upper case, accents taken off, ligatures spelled out: "Lévesque" and "LEVESQUE" fold alike.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case 'œ' or 'Œ': sb.Append("OE"); break;
                case 'æ' or 'Æ': sb.Append("AE"); break;
                case 'ß': sb.Append("SS"); break;
                case 'ø' or 'Ø': sb.Append('O'); break;
                case 'ł' or 'Ł': sb.Append('L'); break;
                default: sb.Append(char.ToUpperInvariant(c)); break;
            }
        }
        return sb.ToString();
    }

    // Letters separated by dots, as in "S.E.N.C.R.L." or "J.P.": read as one word when it is a suffix.
    [GeneratedRegex(@"\b[A-Z](?:\.[A-Z])+\.?", RegexOptions.CultureInvariant)]
    private static partial Regex DottedLetters();

    /// <summary>
    /// The words of a name, folded, with titles, suffixes and small words removed, in the order written.
    /// Words joined by a hyphen ("Lévesque-Bouchard", "Jean-Pierre") become separate tokens.
    /// </summary>
    public static List<string> Tokens(string? name) => Words(name).SelectMany(w => w).ToList();

    /// <summary>
    /// The name as written words, each a list of tokens (a hyphenated word gives several), titles, suffixes and
    /// small words already taken out. Empty words are dropped.
    /// </summary>
    public static List<List<string>> Words(string? name)
    {
        var result = new List<List<string>>();
        if (string.IsNullOrWhiteSpace(name)) return result;
        var folded = Fold(name);
        folded = DottedLetters().Replace(folded, m =>
        {
            var joined = m.Value.Replace(".", "");
            return CompanySuffixes.Contains(joined) ? joined : string.Join(' ', joined.ToCharArray());
        });
        // "M. JEAN TREMBLAY" is Monsieur; a lone "M" elsewhere is an initial.
        var monsieur = folded.TrimStart().StartsWith("M. ", StringComparison.Ordinal);
        if (monsieur) folded = folded.TrimStart()[3..];

        foreach (var rawWord in folded.Split([' ', '\t', ',', ';', '/', '(', ')', '&', '+', '\u00A0', '"', '«', '»'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new List<string>();
            foreach (var piece in rawWord.Split(['-', '–', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
            {
                var token = Clean(piece);
                if (token.Length == 0) continue;
                if (Titles.Contains(token) || CompanySuffixes.Contains(token) || SmallWords.Contains(token) || BankWords.Contains(token)) continue;
                if (token.All(char.IsAsciiDigit) && token.Length < 3) continue;
                word.Add(token switch { "ST" => "SAINT", "STE" => "SAINTE", _ => token });
            }
            if (word.Count > 0) result.Add(word);
        }
        return result;
    }

    // Apostrophes join ("D'AMOURS" → "DAMOURS", "O'BRIEN" → "OBRIEN"); anything else that is not a letter or a
    // digit goes.
    private static string Clean(string piece)
    {
        var sb = new StringBuilder(piece.Length);
        foreach (var c in piece)
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>
    /// A payer field naming two people ("JEAN TREMBLAY OR MARIE GAGNON", "… OU …") is two names to try.
    /// </summary>
    public static IReadOnlyList<string> Alternatives(string payerName)
    {
        var parts = AlternativeSeparator().Split(payerName);
        return parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
    }

    [GeneratedRegex(@"\s+(?:OR|OU)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeSeparator();
}
