using OpsBot.Skills.Accounts;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Research.Names;
using OpsBot.Skills.Research.References;

namespace OpsBot.Skills.Research.Proposing;

/// <summary>
/// The sentences of research's evidence, each written in English and in French (Canadian typography: a
/// non-breaking space before a colon, « guillemets »). Card numbers appear only as "ending 1005"; a digit's
/// position may be named, never its value.
/// </summary>
internal static class Say
{
    private const char Nbsp = CanadianFormat.Nbsp;

    private static string En(string text) => $"“{text}”";
    private static string Fr(string text) => $"«{Nbsp}{text}{Nbsp}»";

    private static string Nth(int position)
    {
        var suffix = (position % 100) is 11 or 12 or 13 ? "th" : (position % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return position + suffix;
    }

    private static string Ne(int position) => position == 1 ? "1er" : position + "e";

    private static string CardEn(string lastFour, CardStatus status) => status switch
    {
        CardStatus.Replaced => $"replaced card ending {lastFour}",
        CardStatus.Cancelled => $"cancelled card ending {lastFour}",
        CardStatus.Closed => $"closed card ending {lastFour}",
        _ => $"card ending {lastFour}",
    };

    private static string CardFr(string lastFour, CardStatus status) => status switch
    {
        CardStatus.Replaced => $"l’ancienne carte (remplacée) se terminant par {lastFour}",
        CardStatus.Cancelled => $"la carte annulée se terminant par {lastFour}",
        CardStatus.Closed => $"la carte fermée se terminant par {lastFour}",
        _ => $"la carte se terminant par {lastFour}",
    };

    public static Evidence ExactCard(string lastFour, CardStatus status) => status switch
    {
        CardStatus.Active => new(EvidenceKinds.ExactCard,
            $"The reference is card ending {lastFour}, this account’s current card.",
            $"La référence est la carte se terminant par {lastFour}, la carte actuelle de ce compte."),
        CardStatus.Replaced => new(EvidenceKinds.OldCard,
            $"The reference is card ending {lastFour}, a card this account replaced: an old number the payer kept.",
            $"La référence est la carte se terminant par {lastFour}, une carte remplacée de ce compte{Nbsp}: un ancien numéro que le payeur a gardé."),
        _ => new(EvidenceKinds.OldCard,
            $"The reference is {CardEn(lastFour, status)}, on this account.",
            $"La référence est {CardFr(lastFour, status)}, de ce compte."),
    };

    public static Evidence Repair(KeyingError kind, int first, int second, string lastFour, CardStatus status)
    {
        var (p, q) = (first + 1, second + 1);
        var card = CardEn(lastFour, status);
        var carte = CardFr(lastFour, status);
        var (en, fr) = kind switch
        {
            KeyingError.Substitution => (
                $"The reference is {card} with one digit mistyped (the {Nth(p)}).",
                $"La référence est {carte}, avec un chiffre mal saisi (le {Ne(p)})."),
            KeyingError.AdjacentTransposition => (
                $"The reference is {card} with its {Nth(p)} and {Nth(q)} digits swapped.",
                $"La référence est {carte}, avec ses {Ne(p)} et {Ne(q)} chiffres inversés."),
            KeyingError.OmittedDigit => (
                $"The reference has 14 digits: {card} with its {Nth(p)} digit left out.",
                $"La référence compte 14 chiffres{Nbsp}: {carte}, sans son {Ne(p)} chiffre."),
            KeyingError.AddedDigit => (
                $"The reference has 16 digits: {card} with a digit added in {Nth(p)} place.",
                $"La référence compte 16 chiffres{Nbsp}: {carte}, avec un chiffre de trop en {Ne(p)} position."),
            KeyingError.JumpTransposition => (
                $"The reference is {card} with its {Nth(p)} and {Nth(q)} digits swapped, a slip the Luhn check cannot see.",
                $"La référence est {carte}, avec ses {Ne(p)} et {Ne(q)} chiffres inversés, une erreur que la clé de Luhn ne détecte pas."),
            KeyingError.Twin => (
                $"The reference is {card} with a doubled digit typed as another doubled digit ({Nth(p)} and {Nth(q)} digits).",
                $"La référence est {carte}, avec un chiffre doublé tapé comme un autre chiffre doublé ({Ne(p)} et {Ne(q)} chiffres)."),
            KeyingError.JumpTwin => (
                $"The reference is {card} with the {Nth(p)} and {Nth(q)} digits, which are alike, both typed as another digit.",
                $"La référence est {carte}, avec ses {Ne(p)} et {Ne(q)} chiffres, identiques, tapés tous deux comme un autre chiffre."),
            KeyingError.Phonetic => (
                $"The reference is {card} with a number misheard at the {Nth(p)} and {Nth(q)} digits (like thirteen for thirty).",
                $"La référence est {carte}, avec un nombre mal entendu aux {Ne(p)} et {Ne(q)} chiffres (comme thirteen pour thirty en anglais)."),
            _ => (
                $"The reference is {card} with two digits wrong (the {Nth(p)} and {Nth(q)}); weaker evidence, many numbers are that close.",
                $"La référence est {carte}, avec deux chiffres erronés (le {Ne(p)} et le {Ne(q)})\u00A0; indice plus faible, beaucoup de numéros en sont aussi proches."),
        };
        return new(kind == KeyingError.TwoSubstitutions ? EvidenceKinds.TwoDigitsOff : EvidenceKinds.RepairedReference, en, fr);
    }

    public static Evidence EndingMatches(string lastFour, CardStatus status, int cardsEndingSo) =>
        cardsEndingSo <= 1
            ? new(EvidenceKinds.LastDigits,
                $"The payer gave the last digits {lastFour}; this account has {CardEn(lastFour, status)}, the only card on file ending so.",
                $"Le payeur a donné les derniers chiffres {lastFour}. Ce compte a {CardFr(lastFour, status)}, la seule carte au dossier qui se termine ainsi.")
            : new(EvidenceKinds.LastDigits,
                $"The payer gave the last digits {lastFour}; this account has {CardEn(lastFour, status)} (one of {cardsEndingSo} cards ending so).",
                $"Le payeur a donné les derniers chiffres {lastFour}. Ce compte a {CardFr(lastFour, status)} (une des {cardsEndingSo} cartes qui se terminent ainsi).");

    public static Evidence EndingDiffers(string lastFour) => new(EvidenceKinds.LastDigitsDiffer,
        $"No card of this account ends with {lastFour}, the digits the payer gave.",
        $"Aucune carte de ce compte ne se termine par {lastFour}, les chiffres donnés par le payeur.");

    public static Evidence NumberUnrelated() => new(EvidenceKinds.Reference,
        "The reference is not close to any card number of this account.",
        "La référence n’est proche d’aucun numéro de carte de ce compte.");

    public static Evidence Name(NameLevel level, string payer, string holder, string? company, int sameLevel)
    {
        var (kind, en, fr) = level switch
        {
            NameLevel.Full => (EvidenceKinds.Name,
                $"The payer’s name, {En(payer)}, is the holder’s: {holder}.",
                $"Le nom du payeur, {Fr(payer)}, est celui du titulaire{Nbsp}: {holder}."),
            NameLevel.Initials => (EvidenceKinds.Name,
                $"The payer’s name, {En(payer)}, matches the holder, {holder}, by initials.",
                $"Le nom du payeur, {Fr(payer)}, correspond au titulaire, {holder}, par les initiales."),
            NameLevel.Partial => (EvidenceKinds.Name,
                $"The payer’s name, {En(payer)}, is part of the holder’s: {holder}.",
                $"Le nom du payeur, {Fr(payer)}, fait partie de celui du titulaire{Nbsp}: {holder}."),
            NameLevel.SurnameOnly => (EvidenceKinds.Name,
                $"The payer gave only a surname, {En(payer)}, the holder’s ({holder}).",
                $"Le payeur n’a donné qu’un nom de famille, {Fr(payer)}, celui du titulaire ({holder})."),
            NameLevel.Family => (EvidenceKinds.Name,
                $"The payer, {En(payer)}, shares the holder’s surname ({holder}): perhaps family.",
                $"Le payeur, {Fr(payer)}, porte le nom de famille du titulaire ({holder}){Nbsp}: un proche, peut-être."),
            NameLevel.Company => (EvidenceKinds.Name,
                $"The payer, {En(payer)}, is the account’s company: {company}.",
                $"Le payeur, {Fr(payer)}, est l’entreprise du compte{Nbsp}: {company}."),
            NameLevel.CompanyPartial => (EvidenceKinds.Name,
                $"The payer, {En(payer)}, resembles the account’s company: {company}.",
                $"Le payeur, {Fr(payer)}, ressemble à l’entreprise du compte{Nbsp}: {company}."),
            _ => (EvidenceKinds.NameDiffers,
                $"The payer’s name, {En(payer)}, is not the holder’s ({holder}{(company is null ? "" : ", " + company)}).",
                $"Le nom du payeur, {Fr(payer)}, n’est pas celui du titulaire ({holder}{(company is null ? "" : ", " + company)})."),
        };
        if (level is NameLevel.Family or NameLevel.SurnameOnly && sameLevel > 1)
        {
            en += $" It is one of {sameLevel} accounts with this surname.";
            fr += $" C’est l’un des {sameLevel} comptes qui portent ce nom de famille.";
        }
        else if (level > NameLevel.NoMatch && sameLevel > 1)
        {
            en += $" It is one of {sameLevel} accounts matching this name so.";
            fr += $" C’est l’un des {sameLevel} comptes qui correspondent ainsi à ce nom.";
        }
        return new(kind, en, fr);
    }

    public static Evidence PaysBalance(decimal amount) => new(EvidenceKinds.Amount,
        $"The amount, {CanadianFormat.Money(amount, "en")}, is the statement balance.",
        $"Le montant, {CanadianFormat.Money(amount, "fr")}, est le solde du relevé.");

    public static Evidence PaysMinimum(decimal amount) => new(EvidenceKinds.Amount,
        $"The amount, {CanadianFormat.Money(amount, "en")}, is the minimum payment due.",
        $"Le montant, {CanadianFormat.Money(amount, "fr")}, est le paiement minimum exigé.");

    public static Evidence History(string payer, int times, DateOnly last) => new(EvidenceKinds.History,
        times == 1
            ? $"A payment from {En(payer)} was applied to this account before, on {CanadianFormat.Date(last, "en")}."
            : $"Payments from {En(payer)} were applied to this account {times} times before, last on {CanadianFormat.Date(last, "en")}.",
        times == 1
            ? $"Un paiement de {Fr(payer)} a déjà été porté à ce compte, {CanadianFormat.DateInSentence(last, "fr")}."
            : $"Des paiements de {Fr(payer)} ont déjà été portés à ce compte {times} fois, la dernière {CanadianFormat.DateInSentence(last, "fr")}.");

    public static Evidence SameAmountBefore(string payer, decimal amount) => new(EvidenceKinds.History,
        $"{En(payer)} paid this same amount, {CanadianFormat.Money(amount, "en")}, to this account before.",
        $"{Fr(payer)} a déjà versé ce même montant, {CanadianFormat.Money(amount, "fr")}, à ce compte.");

    public static Evidence PaidOtherAccounts(string payer) => new(EvidenceKinds.History,
        $"Earlier payments from {En(payer)} went to other accounts.",
        $"Les paiements précédents de {Fr(payer)} sont allés à d’autres comptes.");

    public static Evidence NeedsApprover() => new(EvidenceKinds.NeedsApprover,
        "Every card on this account is cancelled or closed: crediting it needs an approver.",
        $"Toutes les cartes de ce compte sont annulées ou fermées{Nbsp}: le créditer exige un approbateur.");

    public static Evidence Reference(ReferenceReading reading) => reading.Shape switch
    {
        ReferenceShape.None => new(EvidenceKinds.Reference,
            "The payment carries no reference.",
            "Le paiement ne porte aucune référence."),
        ReferenceShape.CardLength when reading.PassesLuhn => new(EvidenceKinds.Reference,
            "The reference has 15 digits and passes the Luhn check, but no card on file has that number: a slip Luhn cannot see (two digits swapped one apart, 09 for 90), or another issuer’s card.",
            $"La référence compte 15 chiffres et passe la clé de Luhn, mais aucune carte au dossier ne porte ce numéro{Nbsp}: une erreur que Luhn ne voit pas (deux chiffres inversés à un rang d’écart, 09 pour 90) ou la carte d’un autre émetteur."),
        ReferenceShape.CardLength => new(EvidenceKinds.Reference,
            "The reference has 15 digits but fails the Luhn check: it cannot be a card number as typed.",
            $"La référence compte 15 chiffres mais échoue à la clé de Luhn{Nbsp}: ce ne peut pas être un numéro de carte tel quel."),
        ReferenceShape.OneDigitOff => new(EvidenceKinds.Reference,
            $"The reference has {reading.Length} digits; a card number has 15.",
            $"La référence compte {reading.Length} chiffres{Nbsp}; un numéro de carte en compte 15."),
        ReferenceShape.OtherNetworkCard => new(EvidenceKinds.NotACustomer,
            $"The reference looks like a {reading.Network} card number (16 digits), not one of ours: the payer may have meant to pay another card issuer.",
            $"La référence ressemble à un numéro de carte {reading.Network} (16 chiffres), pas à l’une des nôtres{Nbsp}: le payeur voulait peut-être payer un autre émetteur."),
        ReferenceShape.OtherLongNumber => new(EvidenceKinds.Reference,
            $"The reference is a {reading.Length}-digit number, not a card number of ours (15 digits).",
            $"La référence est un nombre de {reading.Length} chiffres, pas l’un de nos numéros de carte (15 chiffres)."),
        ReferenceShape.LastDigits => new(EvidenceKinds.Reference,
            $"The payer gave only the last digits of a card: {reading.Ending![^4..]}.",
            $"Le payeur n’a donné que les derniers chiffres d’une carte{Nbsp}: {reading.Ending![^4..]}."),
        _ => new(EvidenceKinds.Reference,
            "The reference is not a card number.",
            "La référence n’est pas un numéro de carte."),
    };

    public static Evidence SealUnreadable() => new(EvidenceKinds.Reference,
        "The original reference could not be unsealed (its key is missing); only its last four digits were used.",
        "La référence d’origine n’a pas pu être déchiffrée (sa clé est introuvable)\u00A0; seuls ses quatre derniers chiffres ont servi.");

    public static Evidence NobodyNamed(string payer) => new(EvidenceKinds.NotACustomer,
        $"No holder or company on file is named {En(payer)}.",
        $"Aucun titulaire ni aucune entreprise au dossier ne s’appelle {Fr(payer)}.");

    public static Evidence NoConfidentCandidate(bool likelyNotACustomer) => likelyNotACustomer
        ? new(EvidenceKinds.NotACustomer,
            "No confident candidate: most likely this payer is not one of our customers.",
            $"Aucun candidat sûr{Nbsp}: ce payeur n’est probablement pas l’un de nos clients.")
        : new(EvidenceKinds.Ambiguous,
            "No confident candidate: check the evidence before allocating.",
            $"Aucun candidat sûr{Nbsp}: vérifiez les indices avant d’imputer le paiement.");

    public static Evidence NothingFound() => new(EvidenceKinds.NotACustomer,
        "No account matches anything this payment carries: it may not be for one of our customers.",
        $"Aucun compte ne correspond à ce que porte ce paiement{Nbsp}: il ne vise peut-être pas l’un de nos clients.");
}
