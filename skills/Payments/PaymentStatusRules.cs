namespace OpsBot.Skills.Payments;

/// <summary>
/// The one place that says what a payment's status is once money has been credited from it or taken back,
/// so that ingest, allocation and reversal agree.
/// </summary>
public static class PaymentStatusRules
{
    /// <summary>The payment after its applied allocations add up to <paramref name="allocated"/>.</summary>
    public static Payment WithAllocated(this Payment payment, decimal allocated, string? reasonWhenUnapplied = null)
    {
        if (allocated < 0) throw new InvalidOperationException($"Payment {payment.BankReference}: allocated amount cannot be negative.");
        if (allocated > payment.Amount)
            throw new InvalidOperationException(
                $"Payment {payment.BankReference}: allocations ({allocated}) would exceed the payment ({payment.Amount}).");
        if (payment.Status == PaymentStatus.Returned)
            throw new InvalidOperationException($"Payment {payment.BankReference} was returned to the remitter.");
        var status = allocated == 0 ? PaymentStatus.Unapplied
            : allocated == payment.Amount ? PaymentStatus.Applied
            : PaymentStatus.PartiallyApplied;
        return payment with
        {
            AllocatedAmount = allocated,
            Status = status,
            Reason = status == PaymentStatus.Applied ? null : reasonWhenUnapplied ?? payment.Reason,
        };
    }
}
