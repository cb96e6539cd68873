using OpsBot.Dialogs.Understanding;

namespace OpsBot.Dialogs.Allocations;

/// <summary>
/// The allocation feature's own intents, beyond the built-in allocate and approvals. Their patterns are tried before
/// the built-in ones, so each is narrow: a reversal needs an allocation number ("annuler" alone stays cancel), a
/// return needs a bank reference ("returned payments" stays a lookup).
/// </summary>
public static class AllocationIntents
{
    public const string Reverse = "allocation.reverse";
    public const string Return = "allocation.return";
    public const string MyRequests = "allocation.mine";

    public static IReadOnlyList<IntentPattern> Patterns { get; } =
    [
        new(Reverse, @"^\s*(please\s+)?(reverse|contrepasse[rz]?|annule[rz]?|renverse[rz]?)\s+((the|allocation|l['’]\s*(affectation|imputation|allocation)|affectation|imputation)\s*)+(no\.?\s*|n[o°º]\.?\s*|number\s+|num[ée]ro\s+|#\s*)?\d+\b"),
        new(Reverse, @"^\s*(please\s+)?(reverse|contrepasse[rz]?|annule[rz]?)\s+#\s*\d+\b"),
        new(Return, @"^\s*(please\s+)?(return|send\s+back|retourne[rz]?|renvoie[rz]?|renvoyer)\b(?=.*\b[A-Za-z]{2,4}\d{6,})"),
        new(MyRequests, @"^\s*((show|list)\s+)?my\s+(requests|pending(\s+requests)?|allocations?)\s*[?.!]*\s*$"),
        new(MyRequests, @"^\s*((montre|affiche)[rz]?(-moi)?\s+)?mes\s+(demandes|imputations|affectations)(\s+en\s+attente)?\s*[?.!]*\s*$"),
        new(MyRequests, @"^\s*o[uù]\s+en\s+(sont|est)\s+mes\s+demandes\s*[?.!]*\s*$"),
    ];
}

/// <summary>The verbs of the allocation feature's card buttons (the lookup's "payment.allocate" starts it too).</summary>
public static class AllocationVerbs
{
    public const string Confirm = "allocation.confirm";
    public const string ConfirmReversal = "allocation.reverse";
    public const string ConfirmReturn = "allocation.return";
    /// <summary>"Cancel" on any of the confirmation cards: nothing is changed.</summary>
    public const string Cancel = "allocation.cancel";
    public const string Approve = "approval.approve";
    public const string Reject = "approval.reject";
}
