using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Allocations;
using OpsBot.Dialogs.Conversation;
using OpsBot.Skills.Access;
using OpsBot.Tests.Support;
using static OpsBot.Tests.Allocations.FlowTeam;

namespace OpsBot.Tests.Allocations;

/// <summary>Who may do what in the allocation dialogs: roles from settings, keyed on the AAD object id only.</summary>
public class AccessFlowTests : IDisposable
{
    private const string Nbsp = "\u00A0";
    private readonly FlowTeam _team = new();

    public AccessFlowTests()
    {
        _team.Account("A0001234", "Marie Tremblay");
        _team.Payment("BR2611300000017", 250m);
    }

    public void Dispose() => _team.Dispose();

    private static readonly string StrangerRefusal =
        $"You have no role in OpsBot, so I can't show or change anything for you. Ask a team leader to add your id ({Stranger.Id}) to the Roles settings.";

    [Theory]
    [InlineData("allocate BR2611300000017 to A0001234")]
    [InlineData("approvals")]
    [InlineData("my requests")]
    [InlineData("reconcile today")]
    [InlineData("reverse allocation 1 because wrong account")]
    [InlineData("return BR2611300000017 to sender: not ours")]
    public async Task Someone_with_no_role_reads_nothing_and_is_told_how_to_get_one(string request)
    {
        await _team.Flow(Stranger).Send(request).AssertReply(StrangerRefusal).AssertNoReply().StartTestAsync();
    }

    [Theory]
    [InlineData("applique BR2611300000017 au compte A0001234")]
    [InlineData("à approuver")]
    [InlineData("rapprochement")]
    public async Task Quelqu_un_sans_role_est_refuse_en_francais(string request)
    {
        await _team.Flow(Stranger, "fr-CA").Send(request)
            .AssertReply($"Vous n'avez aucun rôle dans OpsBot{Nbsp}: je ne peux donc rien vous montrer ni rien modifier pour vous. Demandez à un chef d'équipe d'ajouter votre identifiant ({Stranger.Id}) aux paramètres Roles.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_confirmation_button_pressed_by_someone_with_no_role_is_refused_in_the_invoke_and_changes_nothing()
    {
        JObject? card = null;
        await _team.Flow(Ana).Send("allocate BR2611300000017 to A0001234: called").AssertReply(a => card = CardOf(a)).StartTestAsync();

        await _team.Flow(Stranger).Send(Press(Button(card!, AllocationVerbs.Confirm)))
            .AssertReply(a => Assert.Equal(StrangerRefusal, InvokeMessage(a)))
            .StartTestAsync();
        Assert.Empty(_team.AllocationsOf(1));
    }

    [Fact]
    public async Task Roles_follow_the_aad_object_id_not_the_display_name()
    {
        // Someone named like an analyst, with an id no list holds.
        var impostor = new Actor("6f1c2e3a-0000-4000-8000-0000000000ff", Ana.DisplayName);
        await _team.Flow(impostor).Send("allocate BR2611300000017 to A0001234")
            .AssertReply(a => Assert.StartsWith("You have no role in OpsBot", FlowTeam.TextOf(a)))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_agent_reads_but_neither_allocates_nor_approves_and_an_analyst_does_not_approve()
    {
        await _team.Flow(Agnes)
            .Send("allocate BR2611300000017 to A0001234")
            .AssertReply("You can't allocate payments: that needs the role of analyst or approver. A team leader can add you in the settings.")
            .Send("my requests")
            .AssertReply("You have no request waiting for an approver, and nothing new was decided.")
            .StartTestAsync();
        await _team.Flow(Ana, "fr-CA").Send("à approuver")
            .AssertReply($"Vous ne pouvez pas approuver{Nbsp}: il faut le rôle approbateur. Un chef d'équipe peut vous ajouter dans les paramètres.")
            .StartTestAsync();
    }

    [Fact]
    public void Outside_teams_the_channel_user_id_stands_in_but_in_teams_only_the_aad_object_id_counts()
    {
        var console = new Activity { ChannelId = "console", From = new ChannelAccount("ana", "Ana") };
        var teamsWithout = new Activity { ChannelId = "msteams", From = new ChannelAccount("29:abc", "Ana") };
        var teams = new Activity { ChannelId = "msteams", From = new ChannelAccount("29:abc", "Ana", aadObjectId: Ana.Id.ToUpperInvariant()) };

        Assert.Equal("ana", Actors.ActorOf(console)!.Id);
        Assert.Null(Actors.ActorOf(teamsWithout));
        Assert.Equal(Ana.Id, Actors.ActorOf(teams)!.Id);
    }
}
