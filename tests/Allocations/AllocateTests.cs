using Microsoft.Extensions.Configuration;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Demo;
using OpsBot.Skills.Payments;
using static OpsBot.Tests.Allocations.Books;

namespace OpsBot.Tests.Allocations;

public class AllocateTests
{
    [Fact]
    public void A_payment_allocated_in_full_is_credited_and_leaves_nothing_unapplied()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-1", 250.75m);

        var outcome = books.Service().AllocateInFull(Ana, NewActionId(), payment.Id, "A0000001", "found by phone");

        Assert.Equal(AllocationCodes.Applied, outcome.Code);
        var allocation = Assert.Single(books.AllocationsOf(payment));
        Assert.Equal(("A0000001", 250.75m, AllocationState.Applied, Ana.Id, "found by phone"),
            (allocation.AccountId, allocation.Amount, allocation.State, allocation.By, allocation.Note));
        var after = books.Reload(payment);
        Assert.Equal((PaymentStatus.Applied, 250.75m), (after.Status, after.AllocatedAmount));
        Assert.Equal(0m, outcome.PaymentUnapplied);
    }

    [Fact]
    public void A_split_credits_each_account_and_leaves_the_remainder_unapplied()
    {
        using var books = new Books();
        books.Account("A0000001");
        books.Account("A0000002");
        var payment = books.Payment("BR-2", 1000m);

        var outcome = books.Service().Split(Ana, NewActionId(), payment.Id,
            [new AllocationLine("A0000001", 400m), new AllocationLine("A0000002", 350.50m)], "parent paying for two children");

        Assert.Equal(AllocationCodes.Applied, outcome.Code);
        Assert.Equal([("A0000001", 400m), ("A0000002", 350.50m)], books.AllocationsOf(payment).Select(a => (a.AccountId, a.Amount)));
        var after = books.Reload(payment);
        Assert.Equal((PaymentStatus.PartiallyApplied, 750.50m, 249.50m), (after.Status, after.AllocatedAmount, after.UnappliedAmount));
        Assert.Equal(249.50m, outcome.PaymentUnapplied);
    }

    [Fact]
    public void An_amount_over_what_is_left_of_the_payment_is_refused_and_nothing_is_written()
    {
        using var books = new Books();
        books.Account("A0000001");
        books.Account("A0000002");
        var payment = books.Payment("BR-3", 500m);

        var refusal = Assert.Throws<AllocationException>(() => books.Service().Split(Ana, NewActionId(), payment.Id,
            [new AllocationLine("A0000001", 300m), new AllocationLine("A0000002", 200.01m)]));

        Assert.Equal(AllocationCodes.AmountExceedsUnapplied, refusal.Code);
        Assert.Equal("$500.01 is more than what is left of BR-3: $500.00. Nothing was allocated.", refusal.MessageIn("en"));
        Assert.Empty(books.AllocationsOf(payment));
        Assert.Equal(PaymentStatus.Unapplied, books.Reload(payment).Status);
        Assert.Equal(0, books.Store.AuditEvents.Count());
    }

    [Fact]
    public void What_is_left_after_a_partial_allocation_can_be_allocated_but_not_more()
    {
        using var books = new Books();
        books.Account("A0000001");
        books.Account("A0000002");
        var payment = books.Payment("BR-4", 100m);
        var service = books.Service();
        service.Split(Ana, NewActionId(), payment.Id, [new AllocationLine("A0000001", 60m)]);

        var tooMuch = Assert.Throws<AllocationException>(() =>
            service.Split(Bob, NewActionId(), payment.Id, [new AllocationLine("A0000002", 40.01m)]));
        var rest = service.AllocateInFull(Bob, NewActionId(), payment.Id, "A0000002");

        Assert.Equal(AllocationCodes.AmountExceedsUnapplied, tooMuch.Code);
        Assert.Equal(40m, rest.Amount);
        Assert.Equal(PaymentStatus.Applied, books.Reload(payment).Status);
    }

    [Fact]
    public void Pressing_twice_with_the_same_action_id_applies_once_and_returns_the_first_outcome()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-5", 80m);
        var service = books.Service();
        var actionId = NewActionId();

        var first = service.Split(Ana, actionId, payment.Id, [new AllocationLine("A0000001", 30m)]);
        var second = service.Split(Ana, actionId, payment.Id, [new AllocationLine("A0000001", 30m)]);

        Assert.Single(books.AllocationsOf(payment));
        Assert.Equal(30m, books.Reload(payment).AllocatedAmount);
        Assert.Equal(1, books.Store.AuditEvents.Count());
        Assert.False(first.Repeated);
        Assert.True(second.Repeated);
        Assert.Equal(first.Allocations.Select(a => a.Id), second.Allocations.Select(a => a.Id));
        Assert.StartsWith("Already done by Ana Analyst; nothing more was changed. Done: $30.00 from BR-5", second.MessageIn("en"));
    }

    [Fact]
    public void An_action_id_already_used_for_another_payment_is_refused()
    {
        using var books = new Books();
        books.Account("A0000001");
        var one = books.Payment("BR-6", 10m);
        var other = books.Payment("BR-7", 10m);
        var service = books.Service();
        var actionId = NewActionId();
        service.AllocateInFull(Ana, actionId, one.Id, "A0000001");

        var refusal = Assert.Throws<AllocationException>(() => service.AllocateInFull(Ana, actionId, other.Id, "A0000001"));

        Assert.Equal(AllocationCodes.ActionIdReused, refusal.Code);
        Assert.Empty(books.AllocationsOf(other));
    }

    [Theory]
    [InlineData("9999.99", false)]
    [InlineData("10000.00", true)]
    [InlineData("10000.01", true)]
    public void An_allocation_at_or_above_the_threshold_waits_for_an_approver_and_moves_no_money(string amountText, bool needsApproval)
    {
        var amount = decimal.Parse(amountText, System.Globalization.CultureInfo.InvariantCulture);
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-8", 20_000m);
        var service = books.Service();

        var outcome = service.Split(Ana, NewActionId(), payment.Id, [new AllocationLine("A0000001", amount)]);

        var allocation = Assert.Single(books.AllocationsOf(payment));
        var after = books.Reload(payment);
        if (needsApproval)
        {
            Assert.Equal(AllocationCodes.PendingApproval, outcome.Code);
            Assert.Equal([ApprovalReasons.AtOrAboveThreshold], outcome.ApprovalReasons);
            Assert.Equal(AllocationState.PendingApproval, allocation.State);
            Assert.Equal((PaymentStatus.Unapplied, 0m), (after.Status, after.AllocatedAmount));
            // The money is set aside: nobody else can allocate it meanwhile.
            Assert.Equal(20_000m - amount, service.View(Ana, payment.Id)!.Available);
            Assert.Equal(outcome.ApprovalId, Assert.Single(service.PendingApprovals(Paula)).Id);
        }
        else
        {
            Assert.Equal(AllocationCodes.Applied, outcome.Code);
            Assert.Equal(AllocationState.Applied, allocation.State);
            Assert.Equal(amount, after.AllocatedAmount);
            Assert.Empty(service.PendingApprovals(Paula));
        }
    }

    [Fact]
    public void A_split_is_judged_by_its_total_so_small_lines_do_not_dodge_the_approver()
    {
        using var books = new Books();
        books.Account("A0000001");
        books.Account("A0000002");
        var payment = books.Payment("BR-9", 12_000m);

        var outcome = books.Service().Split(Ana, NewActionId(), payment.Id,
            [new AllocationLine("A0000001", 6_000m), new AllocationLine("A0000002", 6_000m)]);

        Assert.Equal(AllocationCodes.PendingApproval, outcome.Code);
        Assert.All(books.AllocationsOf(payment), a => Assert.Equal(AllocationState.PendingApproval, a.State));
    }

    [Fact]
    public void The_threshold_comes_from_settings()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Allocation:ApprovalThreshold", "5000.00")]).Build();
        var settings = AllocationSettings.FromConfiguration(configuration);
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-10", 5_000m);

        var outcome = books.Service(settings).AllocateInFull(Ana, NewActionId(), payment.Id, "A0000001");

        Assert.Equal(5_000m, settings.ApprovalThreshold);
        Assert.Equal(AllocationCodes.PendingApproval, outcome.Code);
    }

    [Theory]
    [InlineData("ten thousand")]
    [InlineData("-5")]
    [InlineData("0")]
    public void A_threshold_that_is_not_a_positive_amount_is_refused_with_the_key_named(string text)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Allocation:ApprovalThreshold", text)]).Build();

        var e = Assert.Throws<InvalidOperationException>(() => AllocationSettings.FromConfiguration(configuration));

        Assert.Contains("Allocation:ApprovalThreshold", e.Message);
        Assert.Contains(text, e.Message);
    }

    [Theory]
    [InlineData(CardStatus.Cancelled)]
    [InlineData(CardStatus.Closed)]
    public void Crediting_a_cancelled_or_closed_account_needs_an_approver_whatever_the_amount(CardStatus status)
    {
        using var books = new Books();
        books.Account("A0000009", status);
        var payment = books.Payment("BR-11", 12.34m);

        var outcome = books.Service().AllocateInFull(Ana, NewActionId(), payment.Id, "A0000009");

        Assert.Equal(AllocationCodes.PendingApproval, outcome.Code);
        Assert.Equal([ApprovalReasons.CancelledOrClosedAccount], outcome.ApprovalReasons);
        Assert.Equal(0m, books.Reload(payment).AllocatedAmount);
    }

    [Fact]
    public void An_account_with_a_replaced_card_and_an_active_one_is_credited_straight_away()
    {
        using var books = new Books();
        books.Store.Accounts.Insert(new CardAccount
        {
            Id = "A0000010", HolderName = "Replaced Card",
            Cards =
            [
                new AccountCard { Number = SyntheticBank.CardNumberFor(50, 1), Status = CardStatus.Replaced },
                new AccountCard { Number = SyntheticBank.CardNumberFor(50, 0), Status = CardStatus.Active },
            ],
        });
        var payment = books.Payment("BR-12", 12.34m);

        Assert.Equal(AllocationCodes.Applied, books.Service().AllocateInFull(Ana, NewActionId(), payment.Id, "A0000010").Code);
    }

    public static TheoryData<string, AllocationLine[]> BadLines => new()
    {
        { AllocationCodes.NoLines, [] },
        { AllocationCodes.AmountNotPositive, [new("A0000001", 0m)] },
        { AllocationCodes.AmountNotPositive, [new("A0000001", -5m)] },
        { AllocationCodes.AmountNotInCents, [new("A0000001", 1.005m)] },
        { AllocationCodes.SameAccountTwice, [new("A0000001", 1m), new("a0000001", 2m)] },
        { AllocationCodes.AccountNotFound, [new("A9999999", 1m)] },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Bad_lines_are_refused_with_a_code_that_says_what_is_wrong(string code, AllocationLine[] lines)
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-13", 100m);

        var refusal = Assert.Throws<AllocationException>(() => books.Service().Split(Ana, NewActionId(), payment.Id, lines));

        Assert.Equal(code, refusal.Code);
        Assert.Empty(books.AllocationsOf(payment));
    }

    [Fact]
    public void A_payment_in_another_currency_is_refused()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-14", 100m, currency: "USD");

        var refusal = Assert.Throws<AllocationException>(() => books.Service().AllocateInFull(Ana, NewActionId(), payment.Id, "A0000001"));

        Assert.Equal(AllocationCodes.NotCad, refusal.Code);
        Assert.Contains("USD", refusal.MessageIn("fr"));
    }

    [Fact]
    public void Nobody_but_analysts_and_approvers_moves_money()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-15", 100m);
        var service = books.Service();

        foreach (var actor in new[] { Leo, Agnes, Stranger })
        {
            var refusal = Assert.Throws<AllocationException>(() => service.AllocateInFull(actor, NewActionId(), payment.Id, "A0000001"));
            Assert.Equal(AllocationCodes.NotAllowed, refusal.Code);
            Assert.Equal("You can't allocate payments: that needs the role of analyst or approver. A team leader can add you in the settings.",
                refusal.MessageIn("en"));
        }
        Assert.Empty(books.AllocationsOf(payment));
        Assert.Equal(AllocationCodes.Applied, service.AllocateInFull(Paula, NewActionId(), payment.Id, "A0000001").Code);
    }

    [Fact]
    public void Someone_with_no_role_cannot_even_look_a_payment_up()
    {
        using var books = new Books();
        var payment = books.Payment("BR-19", 100m);
        var service = books.Service();

        Assert.Equal(AllocationCodes.NotAllowed, Assert.Throws<AllocationException>(() => service.View(Stranger, payment.Id)).Code);
        Assert.Equal(AllocationCodes.NotAllowed, Assert.Throws<AllocationException>(() => service.View(Stranger, "BR-19")).Code);
        Assert.Equal(100m, service.View(Agnes, "BR-19")!.Available);
    }

    [Fact]
    public void A_card_number_typed_in_the_note_is_kept_masked()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-16", 100m);
        var number = SyntheticBank.CardNumberFor(77, 0);

        books.Service().AllocateInFull(Ana, NewActionId(), payment.Id, "A0000001", "customer said " + number);

        var note = Assert.Single(books.AllocationsOf(payment)).Note!;
        Assert.False(note.Contains(number, StringComparison.Ordinal), "the note kept the card number in clear");
        Assert.EndsWith(number[^4..], note);
        Assert.False(books.Store.AuditEvents.FindAll().Any(e => (e.Detail ?? "").Contains(number, StringComparison.Ordinal)),
            "the audit trail kept the card number in clear");
    }

    [Fact]
    public void An_action_on_a_picture_that_changed_meanwhile_is_refused_naming_who_acted()
    {
        using var books = new Books();
        books.Account("A0000001");
        books.Account("A0000002");
        var payment = books.Payment("BR-17", 100m);
        var service = books.Service();
        var seen = service.View(Ana, payment.Id)!.Version;
        service.Split(Bob, NewActionId(), payment.Id, [new AllocationLine("A0000002", 10m)], seenVersion: seen);

        var refusal = Assert.Throws<AllocationException>(() =>
            service.Split(Ana, NewActionId(), payment.Id, [new AllocationLine("A0000001", 10m)], seenVersion: seen));

        Assert.Equal(AllocationCodes.PaymentChanged, refusal.Code);
        Assert.Contains("Bob Analyst acted on it first", refusal.MessageIn("en"));
        Assert.Single(books.AllocationsOf(payment));
    }

    [Fact]
    public void Every_allocation_leaves_an_audit_event_with_who_and_the_state_before_and_after()
    {
        using var books = new Books();
        books.Account("A0000001");
        var payment = books.Payment("BR-18", 100m);

        books.Service().Split(Ana, "act-1", payment.Id, [new AllocationLine("A0000001", 40m)]);

        var e = Assert.Single(books.Store.AuditEvents.FindAll());
        Assert.Equal((AuditKinds.Allocation, Ana.Id, $"payment:{payment.Id}"), (e.Kind, e.Actor, e.Subject));
        Assert.Contains("\"status\":\"unapplied\"", e.Before);
        Assert.Contains("\"status\":\"partially-applied\"", e.After);
        Assert.Contains("\"allocated\":40", e.After);
        Assert.Contains("act-1", e.Detail);
        var verification = new AuditLog(books.Store, books.Time).Verify();
        Assert.True(verification.Intact, verification.Problem);
    }
}
