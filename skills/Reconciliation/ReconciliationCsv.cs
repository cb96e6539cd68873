namespace OpsBot.Skills.Reconciliation;

/// <summary>
/// The day for the accounting team, one row per payment received, its amount split into the buckets
/// (straight_through + allocated + unapplied + returned = amount when the payment is in order):
/// <c>bank_reference,received_on,channel,currency,amount,straight_through,allocated,pending_approval,unapplied,returned,status,exceptions</c>.
/// pending_approval is the part of unapplied set aside for credits waiting for an approver; exceptions are codes
/// separated by ';'. Amounts are dollars with a point and two decimals.
/// </summary>
public static class ReconciliationCsv
{
    public static readonly string[] Columns =
    [
        "bank_reference", "received_on", "channel", "currency", "amount", "straight_through", "allocated",
        "pending_approval", "unapplied", "returned", "status", "exceptions",
    ];

    public static void Write(DayReconciliation day, TextWriter writer)
    {
        Csv.Row(writer, Columns);
        foreach (var p in day.Payments)
            Csv.Row(writer, p.BankReference, p.ReceivedOn, p.Channel, p.Currency, p.Amount, p.StraightThrough, p.Allocated,
                p.PendingApproval, p.Unapplied, p.Returned, p.Status, string.Join(';', p.Exceptions));
    }
}
