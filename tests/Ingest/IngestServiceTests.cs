using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.Ingest;

public class IngestServiceTests
{
    private static (int Payments, int Allocations, int Audit) Counts(OpsStore store) =>
        (store.Payments.Count(), store.Allocations.Count(), store.AuditEvents.Count());

    [Fact]
    public void A_camt054_v02_file_is_stored_with_card_number_references_credited_straight_through()
    {
        using var store = StoreWithAccounts();

        var result = Service(store).IngestFile(IngestFile("camt054-v02.xml"));

        Assert.False(result.IsRejected);
        Assert.Equal(("camt.054.001.02", 5, 3, 2, 0, 1),
            (result.Format, result.Payments, result.AutoApplied, result.Queued, result.Duplicates, result.Skipped));
        var payment = Payment(store, "TX-V02-0001");
        Assert.Equal(PaymentStatus.Applied, payment.Status);
        Assert.Equal(250.00m, payment.AllocatedAmount);
        Assert.Null(payment.Reason);
        var allocation = Assert.Single(store.Allocations.Find(a => a.PaymentId == payment.Id));
        Assert.Equal(("A1001", 250.00m, "auto", AllocationState.Applied), (allocation.AccountId, allocation.Amount, allocation.By, allocation.State));
    }

    [Fact]
    public void A_replaced_card_number_credits_the_account_that_replaced_it()
    {
        using var store = StoreWithAccounts();

        Service(store).IngestFile(IngestFile("camt054-v02.xml"));

        var payment = Payment(store, "TX-V02-0002");
        Assert.Equal(PaymentStatus.Applied, payment.Status);
        Assert.Equal("A1001", store.Allocations.FindOne(a => a.PaymentId == payment.Id).AccountId);
        Assert.Contains("(replaced)", store.Allocations.FindOne(a => a.PaymentId == payment.Id).Note);
    }

    [Theory]
    [InlineData("TX-V08-0002", UnappliedReasons.FailsLuhn)]
    [InlineData("TX-V08-0003", UnappliedReasons.NotACardNumber)]
    [InlineData("TX-V08-0004", UnappliedReasons.WrongLength)]
    [InlineData("TX-V08-0005", UnappliedReasons.UnknownCard)]
    [InlineData("TX-V08-0006", UnappliedReasons.NotCad)]
    [InlineData("TX-V08-0008", UnappliedReasons.CardCancelledOrClosed)]
    [InlineData("TX-V08-0010", UnappliedReasons.CardCancelledOrClosed)]
    public void Payments_that_are_not_exactly_a_card_on_file_are_queued_with_their_reason(string bankReference, string reason)
    {
        using var store = StoreWithAccounts();

        Service(store).IngestFile(IngestFile("camt054-v08.xml"));

        var payment = Payment(store, bankReference);
        Assert.Equal((PaymentStatus.Unapplied, reason, 0m), (payment.Status, payment.Reason, payment.AllocatedAmount));
        Assert.Empty(store.Allocations.Find(a => a.PaymentId == payment.Id));
    }

    [Fact]
    public void A_camt054_v08_file_credits_only_the_two_exact_card_numbers_of_open_accounts()
    {
        using var store = StoreWithAccounts();

        var result = Service(store).IngestFile(IngestFile("camt054-v08.xml"));

        Assert.Equal((9, 2, 7, 1), (result.Payments, result.AutoApplied, result.Queued, result.Skipped));
        Assert.Equal(["A1003", "A1005"], store.Allocations.FindAll().Select(a => a.AccountId).Order());
    }

    [Fact]
    public void References_are_stored_masked_and_a_card_length_reference_is_sealed_for_research()
    {
        using var store = StoreWithAccounts();
        var seal = new ReferenceSeal(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var service = new IngestService(store, Clock(), seal: seal);

        service.IngestFile(IngestFile("camt054-v02.xml"));

        var payment = Payment(store, "TX-V02-0001");
        Assert.Equal("AMEX •••• •••••• •1006", payment.Reference);
        Assert.NotNull(payment.SealedReference);
        var opened = seal.Open(payment.SealedReference);
        Assert.True(CardReference.NormalizeToDigits(opened) == store.Accounts.FindById("A1001").CurrentCard!.Number,
            "the sealed reference does not open to the card number the remitter typed");
        Assert.Null(Payment(store, "NTRY-V02-004").SealedReference); // nothing to seal
    }

    [Fact]
    public void A_memo_that_holds_a_card_number_is_masked_too()
    {
        using var store = StoreWithAccounts();

        Service(store).IngestFile(IngestFile("payments.csv"));

        var memo = Payment(store, "CSV-0003").Memo;
        Assert.Equal("she wrote \"my card is •••• •••••• •1006\" on the stub", memo);
    }

    [Theory]
    [InlineData("camt054-v02.xml", "NTRY-V02-002/3", "91006")]
    [InlineData("payments.csv", "CSV-0003", "1006")]
    [InlineData("camt053-v04.xml", "E2E-S04-0001", "7668")]
    [InlineData("bai2-continuation.bai", "bai2:BANKCA:2611300600:1:1234567:7", "91006")]
    public void When_the_remitter_gave_only_last_digits_they_are_kept_as_the_ending(string file, string bankReference, string ending)
    {
        using var store = StoreWithAccounts();

        Service(store).IngestFile(IngestFile(file));

        var payment = Payment(store, bankReference);
        Assert.Equal((ending, UnappliedReasons.PartialNumber), (payment.ReferenceEnding, payment.Reason));
    }

    [Fact]
    public void Stored_payments_keep_their_day_channel_source_and_format()
    {
        using var store = StoreWithAccounts();

        Service(store).IngestFile(IngestFile("bai2-continuation.bai"));

        var payment = Payment(store, "BR0004");
        Assert.Equal((new DateOnly(2026, 11, 30), 120.00m, "CAD", Channels.Wire, "bai2-continuation.bai", "bai2", Now),
            (payment.ReceivedOn, payment.Amount, payment.Currency, payment.Channel, payment.SourceFile, payment.Format, payment.IngestedAt));
        Assert.Equal(UnappliedReasons.NoReference, payment.Reason);
    }

    [Fact]
    public void Ingesting_the_same_file_twice_stores_nothing_the_second_time()
    {
        using var store = StoreWithAccounts();
        var service = Service(store);
        service.IngestFile(IngestFile("camt054-v02.xml"));
        var before = Counts(store);

        var again = service.IngestFile(IngestFile("camt054-v02.xml"));

        Assert.Equal((0, 5, 0, 0), (again.Payments, again.Duplicates, again.AutoApplied, again.Queued));
        Assert.Equal(before, Counts(store));
    }

    [Fact]
    public void An_overlapping_file_stores_only_what_is_new()
    {
        using var store = StoreWithAccounts();
        var service = Service(store);
        service.IngestFile(IngestFile("camt054-v08.xml"));

        var statement = service.IngestFile(IngestFile("camt053-v08.xml"));

        Assert.Equal((1, 1, 1, 1), (statement.Payments, statement.Duplicates, statement.AutoApplied, statement.Skipped));
        Assert.Single(store.Allocations.Find(a => a.PaymentId == Payment(store, "TX-V08-0001").Id));
        Assert.Equal("A1002", store.Allocations.FindOne(a => a.PaymentId == Payment(store, "TX-S08-0002").Id).AccountId);
    }

    [Theory]
    [InlineData("bai2-bad-49.bai")]
    [InlineData("bai2-bad-98.bai")]
    [InlineData("bai2-bad-99-count.bai")]
    [InlineData("bai2-truncated.bai")]
    [InlineData("camt054-truncated.xml")]
    [InlineData("camt054-batch-mismatch.xml")]
    [InlineData("payments-bad.csv")]
    public void A_rejected_file_stores_nothing(string file)
    {
        using var store = StoreWithAccounts();
        var before = Counts(store);

        var result = Service(store).IngestFile(IngestFile(file));

        Assert.True(result.IsRejected);
        Assert.Equal((0, 0, 0), (result.Payments, result.AutoApplied, result.Queued));
        Assert.Equal(before, Counts(store));
    }

    [Fact]
    public void The_same_bank_reference_with_a_different_amount_rejects_the_file_and_rolls_back_all_of_it()
    {
        using var store = StoreWithAccounts();
        var service = Service(store);
        service.Ingest("first.csv", "payment_id,received_date,amount,currency,reference\nP-1,2026-11-30,10.00,CAD,\n"u8.ToArray());
        var before = Counts(store);

        var result = service.Ingest("second.csv",
            "payment_id,received_date,amount,currency,reference\nP-2,2026-11-30,5.00,CAD,\nP-1,2026-11-30,99.00,CAD,\n"u8.ToArray());

        var problem = Assert.Single(result.Rejected);
        Assert.Equal("line 3", problem.Record);
        Assert.Contains("P-1 is already stored", problem.Reason);
        Assert.Equal(before, Counts(store));
        Assert.Null(store.Payments.FindOne(p => p.BankReference == "P-2"));
        Assert.Equal(10.00m, Payment(store, "P-1").Amount);
    }

    [Fact]
    public void A_missing_file_is_a_rejected_result_not_an_exception()
    {
        using var store = StoreWithAccounts();

        var result = Service(store).IngestFile(Path.Combine(Path.GetTempPath(), "no-such-bank-file.xml"));

        Assert.Equal(("file", "the file does not exist"), (result.Rejected[0].Record, result.Rejected[0].Reason));
    }

    [Fact]
    public void The_ingest_and_each_credit_are_audited_in_an_intact_chain()
    {
        var clock = Clock();
        using var store = StoreWithAccounts(clock);
        var importEvents = store.AuditEvents.Count();

        var result = Service(store, clock).IngestFile(IngestFile("camt054-v02.xml"));

        var events = store.AuditEvents.FindAll().OrderBy(e => e.Id).Skip(importEvents).ToList();
        Assert.Equal(3, events.Count(e => e.Kind == AuditKinds.Credit));
        var ingest = Assert.Single(events, e => e.Kind == AuditKinds.Ingest);
        Assert.Equal(("ingest", "file:camt054-v02.xml"), (ingest.Actor, ingest.Subject));
        Assert.Contains("payments 5, auto-applied 3, queued 2", ingest.After);
        var credit = events.First(e => e.Kind == AuditKinds.Credit);
        Assert.Equal(("auto", $"payment:{result.PaymentIds[0]}"), (credit.Actor, credit.Subject));
        Assert.Contains("to account A1001", credit.After);
        Assert.True(new AuditLog(store, clock).Verify().Intact);
    }

    [Fact]
    public void A_file_with_nothing_new_leaves_the_audit_trail_alone()
    {
        using var store = StoreWithAccounts();
        var service = Service(store);
        service.IngestFile(IngestFile("payments.csv"));
        var events = store.AuditEvents.Count();

        service.IngestFile(IngestFile("payments.csv"));

        Assert.Equal(events, store.AuditEvents.Count());
    }

    [Fact]
    public void Nothing_stored_from_any_file_holds_a_full_card_number_outside_the_accounts()
    {
        using var store = StoreWithAccounts();
        var service = Service(store);
        foreach (var file in new[] { "camt054-v02.xml", "camt054-v08.xml", "camt053-v02.xml", "camt053-v04.xml", "camt053-v08.xml", "bai2-continuation.bai", "payments.csv" })
            Assert.False(service.IngestFile(IngestFile(file)).IsRejected);

        var texts = store.Payments.FindAll().SelectMany(p => new[] { p.Reference, p.Memo, p.PayerName, p.BankReference })
            .Concat(store.Allocations.FindAll().Select(a => a.Note))
            .Concat(store.AuditEvents.FindAll().SelectMany(e => new[] { e.Before, e.After, e.Detail, e.Subject }));
        Assert.False(texts.Any(HoldsFullCardNumber), "a stored payment, allocation or audit event holds a full card number");
        Assert.True(store.Payments.Count() >= 20);
    }

    private sealed class RepairFirstFailedLuhn(string accountId) : IAutoApplyPolicy
    {
        public List<QueuedCredit> Seen { get; } = [];

        public AutoApplyProposal? Consider(QueuedCredit candidate)
        {
            Seen.Add(candidate);
            return candidate.Reason == UnappliedReasons.FailsLuhn ? new AutoApplyProposal(accountId, "one digit from the account's card") : null;
        }
    }

    [Fact]
    public void An_auto_apply_policy_can_credit_a_payment_the_rule_would_queue()
    {
        using var store = StoreWithAccounts();
        var policy = new RepairFirstFailedLuhn("A1001");

        var result = Service(store, policy: policy).IngestFile(IngestFile("camt054-v08.xml"));

        Assert.Equal((3, 6), (result.AutoApplied, result.Queued));
        var payment = Payment(store, "TX-V08-0002");
        Assert.Equal(PaymentStatus.Applied, payment.Status);
        var allocation = store.Allocations.FindOne(a => a.PaymentId == payment.Id);
        Assert.Equal(("A1001", "auto"), (allocation.AccountId, allocation.By));
        Assert.Contains("auto-apply policy: one digit from the account's card", allocation.Note);
        // The policy sees the raw reference (to repair it) but is never asked about foreign currency.
        Assert.Equal(15, CardReference.DigitsOnly(policy.Seen.Single(s => s.Reason == UnappliedReasons.FailsLuhn).RawReference).Length);
        Assert.DoesNotContain(policy.Seen, s => s.Reason == UnappliedReasons.NotCad);
    }

    [Fact]
    public void A_policy_proposal_for_a_cancelled_or_unknown_account_leaves_the_payment_queued()
    {
        foreach (var account in new[] { "A1004", "NO-SUCH-ACCOUNT" })
        {
            using var store = StoreWithAccounts();

            var result = Service(store, policy: new RepairFirstFailedLuhn(account)).IngestFile(IngestFile("camt054-v08.xml"));

            Assert.Equal(2, result.AutoApplied);
            Assert.Equal(PaymentStatus.Unapplied, Payment(store, "TX-V08-0002").Status);
        }
    }

    [Fact]
    public void Every_format_lands_its_straight_through_credits()
    {
        using var store = StoreWithAccounts();
        var service = Service(store);

        var bai = service.IngestFile(IngestFile("bai2-continuation.bai"));
        var csv = service.IngestFile(IngestFile("payments.csv"));
        var v02 = service.IngestFile(IngestFile("camt053-v02.xml"));

        Assert.Equal((6, 4, 2, 2), (bai.Payments, bai.AutoApplied, bai.Queued, bai.Skipped));
        Assert.Equal((4, 2, 2, 1), (csv.Payments, csv.AutoApplied, csv.Queued, csv.Skipped));
        Assert.Equal((1, 1, 0, 1), (v02.Payments, v02.AutoApplied, v02.Queued, v02.Skipped));
        Assert.Equal(["A1001", "A1001", "A1002", "A1003"],
            bai.PaymentIds.SelectMany(id => store.Allocations.Find(a => a.PaymentId == id)).Select(a => a.AccountId).Order());
    }
}
