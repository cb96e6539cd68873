using OpsBot.Skills.Allocations;
using OpsBot.Skills.Formatting;

namespace OpsBot.Skills.Reconciliation;

/// <summary>English and French wording of <see cref="ReconcilingCodes"/>.</summary>
public static class ReconciliationMessages
{
    private static readonly IReadOnlyDictionary<string, Term> Templates = new Dictionary<string, Term>
    {
        [ReconcilingCodes.PendingApproval] = new(
            "{payment}: {amount} waiting for an approver",
            "{payment} : {amount} en attente d'un approbateur"),
        [ReconcilingCodes.PendingReversal] = new(
            "{payment}: reversal of {amount} waiting for an approver",
            "{payment} : contrepassation de {amount} en attente d'un approbateur"),
        [ReconcilingCodes.PendingReturn] = new(
            "{payment}: return of {amount} to the remitter waiting for an approver",
            "{payment} : retour de {amount} au remettant en attente d'un approbateur"),
        [ReconcilingCodes.PartiallyApplied] = new(
            "{payment}: partly allocated, {amount} left unapplied",
            "{payment} : imputé en partie, {amount} reste non imputé"),
        [ReconcilingCodes.NotCad] = new(
            "{payment}: not in Canadian dollars ({amount} counted as received)",
            "{payment} : pas en dollars canadiens ({amount} compté comme reçu)"),
        [ReconcilingCodes.OverAllocated] = new(
            "{payment}: credits exceed the payment by {amount}",
            "{payment} : les crédits dépassent le paiement de {amount}"),
        [ReconcilingCodes.AllocatedAmountMismatch] = new(
            "{payment}: the payment's credited amount differs from its allocations by {amount}",
            "{payment} : le montant crédité du paiement diffère de ses imputations de {amount}"),
        [ReconcilingCodes.StatusMismatch] = new(
            "{payment}: its status does not match its credits ({amount})",
            "{payment} : son statut ne correspond pas à ses crédits ({amount})"),
        [ReconcilingCodes.ReturnedWithCredits] = new(
            "{payment}: returned to the remitter but {amount} is still credited",
            "{payment} : retourné au remettant, mais {amount} reste crédité"),

        [ReconcilingCodes.SignedOff] = new(
            "{date} is signed off by {by}: balanced, {count} exception(s) noted.",
            "La journée du {date} est signée par {by} : équilibrée, {count} exception(s) notée(s)."),
        [ReconcilingCodes.SignedOffWithBreak] = new(
            "{date} is signed off by {by} with a break of {difference}, explained in the audit trail.",
            "La journée du {date} est signée par {by} avec un écart de {difference}, expliqué dans la piste d'audit."),
        [ReconcilingCodes.DayNotBalanced] = new(
            "{date} does not balance (difference {difference}, {count} break(s)). Fix it, or sign with an explanation.",
            "La journée du {date} n'est pas équilibrée (écart de {difference}, {count} anomalie(s)). Corrigez-la ou signez avec une explication."),
        [ReconcilingCodes.DayInFuture] = new(
            "{date} has not happened yet; it can't be signed off.",
            "La journée du {date} n'est pas encore arrivée ; on ne peut pas la signer."),
        [ReconcilingCodes.NotAllowed] = new(
            "Signing a day off needs the role of {roles}.",
            "Pour signer une journée, il faut le rôle {roles}."),
    };

    public static IReadOnlyCollection<string> Codes => (IReadOnlyCollection<string>)Templates.Keys;

    public static string Text(string code, string language, IReadOnlyDictionary<string, object?> args) =>
        Templates.TryGetValue(code, out var t) ? MessageText.Fill(CanadianFormat.IsFrench(language) ? t.Fr : t.En, language, args) : code;

    public static string Describe(ReconcilingItem item, string language) =>
        Text(item.Code, language, new Dictionary<string, object?> { ["payment"] = item.BankReference, ["amount"] = item.Amount });
}
