using OpsBot.Skills.Access;
using OpsBot.Skills.Formatting;

namespace OpsBot.Skills.Allocations;

/// <summary>
/// The English and French wording of every <see cref="AllocationCodes"/> code. French is written as French
/// (imputer, contrepassation, remettant), not translated word for word.
/// </summary>
public static class AllocationMessages
{
    private static readonly IReadOnlyDictionary<string, Term> Templates = new Dictionary<string, Term>
    {
        [AllocationCodes.NotAllowed] = new(
            "You can't {action}: that needs the role of {roles}. A team leader can add you in the settings.",
            "Vous ne pouvez pas {action} : il faut le rôle {roles}. Un chef d'équipe peut vous ajouter dans les paramètres."),
        [AllocationCodes.ActionIdRequired] = new(
            "This action has no id, so it could be applied twice; nothing was done.",
            "Cette action n'a pas d'identifiant et pourrait s'appliquer deux fois ; rien n'a été fait."),
        [AllocationCodes.ActionIdReused] = new(
            "Action {actionId} was already used for something else; nothing was done.",
            "L'action {actionId} a déjà servi à autre chose ; rien n'a été fait."),
        [AllocationCodes.PaymentNotFound] = new(
            "There is no payment {payment}.",
            "Il n'y a aucun paiement {payment}."),
        [AllocationCodes.AccountNotFound] = new(
            "There is no account {account}; nothing was allocated.",
            "Il n'y a aucun compte {account} ; rien n'a été imputé."),
        [AllocationCodes.AllocationNotFound] = new(
            "There is no allocation {allocation}.",
            "Il n'y a aucune imputation {allocation}."),
        [AllocationCodes.ApprovalNotFound] = new(
            "There is no approval request {approval}.",
            "Il n'y a aucune demande d'approbation {approval}."),
        [AllocationCodes.NoLines] = new(
            "Name at least one account and amount to allocate {payment} to.",
            "Indiquez au moins un compte et un montant pour imputer {payment}."),
        [AllocationCodes.SameAccountTwice] = new(
            "Account {account} appears twice in the split; give it one line with the total.",
            "Le compte {account} figure deux fois dans la répartition ; donnez-lui une seule ligne avec le total."),
        [AllocationCodes.AmountNotPositive] = new(
            "The amount for account {account} must be more than zero, not {amount}.",
            "Le montant pour le compte {account} doit être supérieur à zéro, et non {amount}."),
        [AllocationCodes.AmountNotInCents] = new(
            "The amount for account {account} ({amountText}) has more than two decimals.",
            "Le montant pour le compte {account} ({amountText}) a plus de deux décimales."),
        [AllocationCodes.AmountExceedsUnapplied] = new(
            "{amount} is more than what is left of {payment}: {available}. Nothing was allocated.",
            "{amount} dépasse ce qui reste du paiement {payment} : {available}. Rien n'a été imputé."),
        [AllocationCodes.NothingLeftToAllocate] = new(
            "Nothing is left to allocate on {payment}: {by} allocated it first. Nothing was changed.",
            "Il ne reste rien à imputer sur le paiement {payment} : {by} l'a imputé en premier. Rien n'a été modifié."),
        [AllocationCodes.PaymentChanged] = new(
            "{payment} changed while you were looking at it ({by} acted on it first). Nothing was allocated; look it up again.",
            "Le paiement {payment} a changé pendant que vous le consultiez ({by} a agi en premier). Rien n'a été imputé ; consultez-le de nouveau."),
        [AllocationCodes.PaymentReturned] = new(
            "{payment} was returned to the remitter; it can no longer be allocated or changed.",
            "Le paiement {payment} a été retourné au remettant ; on ne peut plus l'imputer ni le modifier."),
        [AllocationCodes.ReturnPending] = new(
            "{payment} is waiting for approval to be returned to the remitter; it can't be allocated meanwhile.",
            "Le retour du paiement {payment} au remettant attend une approbation ; il ne peut pas être imputé d'ici là."),
        [AllocationCodes.NotCad] = new(
            "{payment} is in {currency}; card accounts are credited in CAD. Ask treasury for the converted amount.",
            "Le paiement {payment} est en {currency} ; les comptes sont crédités en dollars canadiens. Demandez le montant converti à la trésorerie."),
        [AllocationCodes.PaymentHasAllocations] = new(
            "{payment} has {allocated} allocated or waiting for approval; reverse that before returning it.",
            "Le paiement {payment} a {allocated} imputés ou en attente d'approbation ; contrepassez-les avant de le retourner."),
        [AllocationCodes.ReasonRequired] = new(
            "Give a reason to {action}; it is kept in the audit trail.",
            "Donnez un motif pour {action} ; il est conservé dans la piste d'audit."),
        [AllocationCodes.MakerCannotApprove] = new(
            "You made this request, so someone else must approve it (four eyes).",
            "Vous avez fait cette demande : une autre personne doit l'approuver (double contrôle)."),
        [AllocationCodes.AlreadyDecided] = new(
            "This request was already {state} by {by}.",
            "Cette demande a déjà été {state} par {by}."),
        [AllocationCodes.WrongState] = new(
            "Allocation {allocation} is {state}; it can't be {wanted}.",
            "L'imputation {allocation} est {state} ; elle ne peut pas être {wanted}."),

        [AllocationCodes.Applied] = new(
            "Done: {amount} from {payment} credited to {accounts}. Left unapplied: {unapplied}.",
            "C'est fait : {amount} du paiement {payment} crédités {toAccounts}. Reste non imputé : {unapplied}."),
        [AllocationCodes.PendingApproval] = new(
            "{amount} from {payment} to {accounts} is waiting for an approver ({why}). No money moves until then.",
            "L'imputation de {amount} du paiement {payment} {toAccounts} attend un approbateur ({why}). Aucun crédit d'ici là."),
        [AllocationCodes.Approved] = new(
            "Approved by {by}: {amount} from {payment} credited to {accounts}.",
            "Approuvé par {by} : {amount} du paiement {payment} crédités {toAccounts}."),
        [AllocationCodes.Rejected] = new(
            "Rejected by {by}: {amount} from {payment} to {accounts} was not credited. Reason: {reason}",
            "Refusé par {by} : {amount} du paiement {payment} n'ont pas été crédités {toAccounts}. Motif : {reason}"),
        [AllocationCodes.ReversalPending] = new(
            "Reversal of {amount} from {accounts} ({payment}) is waiting for an approver. The credit stands until then.",
            "La contrepassation de {amount} {fromAccounts} (paiement {payment}) attend un approbateur. Le crédit demeure d'ici là."),
        [AllocationCodes.Reversed] = new(
            "Reversed, approved by {by}: {amount} taken back from {accounts}; {payment} has {unapplied} unapplied.",
            "Contrepassation approuvée par {by} : {amount} repris {fromAccounts} ; le paiement {payment} a {unapplied} non imputés."),
        [AllocationCodes.ReversalRejected] = new(
            "Reversal rejected by {by}: the credit of {amount} to {accounts} stands. Reason: {reason}",
            "Contrepassation refusée par {by} : le crédit de {amount} {toAccounts} demeure. Motif : {reason}"),
        [AllocationCodes.ReturnRequested] = new(
            "Return of {payment} ({amount}) to the remitter is waiting for an approver.",
            "Le retour du paiement {payment} ({amount}) au remettant attend un approbateur."),
        [AllocationCodes.Returned] = new(
            "Approved by {by}: {payment} ({amount}) is to be returned to the remitter.",
            "Approuvé par {by} : le paiement {payment} ({amount}) sera retourné au remettant."),
        [AllocationCodes.ReturnRejected] = new(
            "Return of {payment} rejected by {by}; it stays unapplied. Reason: {reason}",
            "Retour du paiement {payment} refusé par {by} ; il reste non imputé. Motif : {reason}"),
        [AllocationCodes.AlreadyDone] = new(
            "Already done by {by}; nothing more was changed. {original}",
            "Déjà fait par {by} ; rien d'autre n'a été modifié. {original}"),
    };

    public static IReadOnlyCollection<string> Codes => (IReadOnlyCollection<string>)Templates.Keys;

    public static string Text(string code, string language, IReadOnlyDictionary<string, object?> args) =>
        Templates.TryGetValue(code, out var template)
            ? MessageText.Fill(Pick(template, language), language, args)
            : code;

    private static string Pick(Term template, string language) => CanadianFormat.IsFrench(language) ? template.Fr : template.En;

    // Words that messages put in their sentences.

    public static ILocalized Action(Permission permission) => permission switch
    {
        Permission.Read => new Term("read payments", "consulter les paiements"),
        Permission.Allocate => new Term("allocate payments", "imputer des paiements"),
        Permission.Approve => new Term("approve", "approuver"),
        Permission.Lead => new Term("see the team's figures", "voir les chiffres de l'équipe"),
        Permission.SignOff => new Term("sign a day off", "signer une journée"),
        Permission.DraftEmails => new Term("draft emails to customers", "rédiger des courriels aux clients"),
        _ => new Term(permission.ToString(), permission.ToString()),
    };

    public static ILocalized RoleName(Role role) => role switch
    {
        Role.Analyst => new Term("analyst", "analyste"),
        Role.Approver => new Term("approver", "approbateur"),
        Role.Leader => new Term("team leader", "chef d'équipe"),
        Role.Agent => new Term("agent", "agent"),
        _ => new Term(role.ToString(), role.ToString()),
    };

    public static ILocalized RoleNames(IEnumerable<Role> roles) => new TermList([.. roles.Select(RoleName)], TermList.Or);

    /// <summary>A state as the participle that fits "it is …" / "elle est …".</summary>
    public static ILocalized StateName(AllocationState state) => state switch
    {
        AllocationState.PendingApproval => new Term("waiting for approval", "en attente d'approbation"),
        AllocationState.Applied => new Term("applied", "appliquée"),
        AllocationState.Rejected => new Term("rejected", "refusée"),
        AllocationState.Reversed => new Term("reversed", "contrepassée"),
        AllocationState.PendingReversal => new Term("waiting for its reversal to be approved", "en attente de l'approbation de sa contrepassation"),
        _ => new Term(state.ToString(), state.ToString()),
    };

    public static ILocalized DecisionName(ApprovalState state) => state switch
    {
        ApprovalState.Approved => new Term("approved", "approuvée"),
        ApprovalState.Rejected => new Term("rejected", "refusée"),
        _ => new Term("left pending", "laissée en attente"),
    };

    public static ILocalized Why(string approvalReason) => approvalReason switch
    {
        ApprovalReasons.AtOrAboveThreshold => new Term("at or above the approval threshold", "montant égal ou supérieur au seuil d'approbation"),
        ApprovalReasons.CancelledOrClosedAccount => new Term("the account is cancelled or closed", "le compte est annulé ou fermé"),
        ApprovalReasons.Reversal => new Term("every reversal is approved", "toute contrepassation est approuvée"),
        ApprovalReasons.Return => new Term("every return is approved", "tout retour est approuvé"),
        _ => new Term(approvalReason, approvalReason),
    };

    public static ILocalized Whys(IEnumerable<string> reasons) => new TermList([.. reasons.Select(Why)], TermList.And);

    public static ILocalized Accounts(IEnumerable<string> accountIds) =>
        new TermList([.. accountIds.Select(id => new Term(id, id))], TermList.And);

    /// <summary>French says "au compte A" but "aux comptes A et B"; English needs no article.</summary>
    public static ILocalized AccountsTo(IReadOnlyCollection<string> accountIds) => WithArticle(accountIds, "au compte ", "aux comptes ");

    public static ILocalized AccountsFrom(IReadOnlyCollection<string> accountIds) => WithArticle(accountIds, "du compte ", "des comptes ");

    private static ILocalized WithArticle(IReadOnlyCollection<string> ids, string one, string many)
    {
        var list = Accounts(ids);
        return new Term(list.In("en"), (ids.Count == 1 ? one : many) + list.In("fr"));
    }

    /// <summary>One line of the approvals list: "BR123: $12,000.00 to A0000001, by Marie (at or above the approval threshold)".</summary>
    public static string Describe(ApprovalRequest request, string language)
    {
        var args = new Dictionary<string, object?>
        {
            ["payment"] = request.BankReference,
            ["amount"] = request.Amount,
            ["accounts"] = Accounts(request.AccountIds),
            ["toAccounts"] = AccountsTo(request.AccountIds),
            ["fromAccounts"] = AccountsFrom(request.AccountIds),
            ["by"] = request.MakerName,
            ["why"] = Whys(request.Reasons),
            ["note"] = request.Note ?? "—",
        };
        var template = request.Kind switch
        {
            ApprovalKind.Allocation => new Term("{payment}: {amount} to {accounts}, by {by} ({why}). Note: {note}",
                "{payment} : {amount} {toAccounts}, par {by} ({why}). Note : {note}"),
            ApprovalKind.Reversal => new Term("{payment}: reverse {amount} from {accounts}, by {by}. Reason: {note}",
                "{payment} : contrepasser {amount} {fromAccounts}, par {by}. Motif : {note}"),
            _ => new Term("{payment}: return {amount} to the remitter, by {by}. Reason: {note}",
                "{payment} : retourner {amount} au remettant, par {by}. Motif : {note}"),
        };
        return MessageText.Fill(Pick(template, language), language, args);
    }
}
