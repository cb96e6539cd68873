using OpsBot.Skills.Access;

namespace OpsBot.Tests.Access;

public class AccessPolicyTests
{
    private static readonly Actor Analyst = new("a1"), Approver = new("b1"), Leader = new("c1"), Agent = new("d1");

    private static readonly AccessPolicy Policy = new(new Roles(new Dictionary<Role, IEnumerable<string>>
    {
        [Role.Analyst] = ["a1"], [Role.Approver] = ["b1"], [Role.Leader] = ["c1"], [Role.Agent] = ["d1"],
    }));

    public static TheoryData<string, Permission, bool> Grid => new()
    {
        { "a1", Permission.Read, true }, { "a1", Permission.Allocate, true }, { "a1", Permission.Approve, false },
        { "a1", Permission.Lead, false }, { "a1", Permission.SignOff, false }, { "a1", Permission.DraftEmails, true },
        { "b1", Permission.Read, true }, { "b1", Permission.Allocate, true }, { "b1", Permission.Approve, true },
        { "b1", Permission.Lead, false }, { "b1", Permission.SignOff, true }, { "b1", Permission.DraftEmails, true },
        { "c1", Permission.Read, true }, { "c1", Permission.Allocate, false }, { "c1", Permission.Approve, false },
        { "c1", Permission.Lead, true }, { "c1", Permission.SignOff, true }, { "c1", Permission.DraftEmails, false },
        { "d1", Permission.Read, true }, { "d1", Permission.Allocate, false }, { "d1", Permission.Approve, false },
        { "d1", Permission.Lead, false }, { "d1", Permission.SignOff, false }, { "d1", Permission.DraftEmails, true },
    };

    [Theory]
    [MemberData(nameof(Grid))]
    public void Each_role_may_do_what_its_job_needs_and_nothing_more(string actorId, Permission permission, bool allowed)
    {
        Assert.Equal(allowed, Policy.Can(new Actor(actorId), permission));
    }

    [Fact]
    public void The_short_questions_agree_with_the_grid()
    {
        Assert.Equal((true, true, false, false, true), (Policy.CanRead(Analyst), Policy.CanAllocate(Analyst), Policy.CanApprove(Analyst), Policy.CanLead(Analyst), Policy.CanDraftEmails(Analyst)));
        Assert.Equal((true, true, true), (Policy.CanApprove(Approver), Policy.CanSignOff(Approver), Policy.CanAllocate(Approver)));
        Assert.Equal((true, true, false), (Policy.CanLead(Leader), Policy.CanSignOff(Leader), Policy.CanAllocate(Leader)));
        Assert.Equal((true, false), (Policy.CanDraftEmails(Agent), Policy.CanAllocate(Agent)));
    }
}
