using OpsBot.Skills.Access;
using OpsBot.Skills.Audit;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Reconciliation;
using OpsBot.Skills.Time;
using OpsBot.Tests.Allocations;
using static OpsBot.Tests.Allocations.Books;

namespace OpsBot.Tests.Reconciliation;

public class DaySignOffsTests
{
    private static DaySignOffs SignOffs(Books books) =>
        new(books.Store, new AccessPolicy(Team), new OpsClock(books.Time, OpsClock.FindZone(null)));

    [Fact]
    public void A_leader_signs_a_balanced_day_off_once_and_it_is_an_audit_event()
    {
        using var books = new Books();
        SampleDay.Build(books);
        var signOffs = SignOffs(books);
        var eventsBefore = books.Store.AuditEvents.Count();

        var first = signOffs.SignOff(Leo, Day);
        var second = signOffs.SignOff(Paula, Day);

        Assert.Equal((ReconcilingCodes.SignedOff, false, true), (first.Code, first.Repeated, first.SignOff.Balanced));
        Assert.True(second.Repeated);
        Assert.Equal(Leo.Id, second.SignOff.By);
        var e = Assert.Single(books.Store.AuditEvents.Find(x => x.Kind == AuditKinds.SignOff));
        Assert.Equal((Leo.Id, "day:2026-11-30"), (e.Actor, e.Subject));
        Assert.Contains("\"balanced\":true", e.After);
        Assert.Equal(eventsBefore + 1, books.Store.AuditEvents.Count());
        Assert.Equal("November 30, 2026 is signed off by Leo Leader: balanced, 2 exception(s) noted.", first.MessageIn("en"));
        Assert.Equal("La journée du 30 novembre 2026 est signée par Leo Leader\u00A0: équilibrée, 2 exception(s) notée(s).", first.MessageIn("fr"));
    }

    [Fact]
    public void An_approver_may_sign_but_an_analyst_or_agent_may_not()
    {
        using var books = new Books();
        var signOffs = SignOffs(books);

        Assert.Equal(ReconcilingCodes.NotAllowed, Assert.Throws<SignOffException>(() => signOffs.SignOff(Ana, Day)).Code);
        Assert.Equal(ReconcilingCodes.NotAllowed, Assert.Throws<SignOffException>(() => signOffs.SignOff(Agnes, Day)).Code);
        Assert.Null(signOffs.Find(Day));
        Assert.False(signOffs.SignOff(Quinn, Day).Repeated);
    }

    [Fact]
    public void A_day_that_does_not_balance_is_refused_unless_the_signer_explains_it()
    {
        using var books = new Books();
        var sample = SampleDay.Build(books);
        books.Store.Payments.Update(books.Reload(sample.Full) with { AllocatedAmount = 200m, Status = PaymentStatus.PartiallyApplied });
        var signOffs = SignOffs(books);

        var refusal = Assert.Throws<SignOffException>(() => signOffs.SignOff(Leo, Day, "  "));
        Assert.Equal(ReconcilingCodes.DayNotBalanced, refusal.Code);
        Assert.Equal("November 30, 2026 does not balance (difference -$50.50, 1 break(s)). Fix it, or sign with an explanation.", refusal.MessageIn("en"));
        Assert.Null(signOffs.Find(Day));

        var signed = signOffs.SignOff(Leo, Day, "bank correction for BR-FULL expected tomorrow");

        Assert.Equal(ReconcilingCodes.SignedOffWithBreak, signed.Code);
        Assert.Equal((false, -50.50m, "bank correction for BR-FULL expected tomorrow"),
            (signed.SignOff.Balanced, signed.SignOff.Difference, signed.SignOff.Explanation));
        Assert.Contains("bank correction", books.Store.AuditEvents.FindOne(e => e.Kind == AuditKinds.SignOff).Detail);
    }

    [Fact]
    public void A_day_that_has_not_happened_yet_cannot_be_signed()
    {
        using var books = new Books();

        var refusal = Assert.Throws<SignOffException>(() => SignOffs(books).SignOff(Leo, Day.AddDays(1)));

        Assert.Equal(ReconcilingCodes.DayInFuture, refusal.Code);
    }
}
