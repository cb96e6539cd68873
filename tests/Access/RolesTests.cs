using Microsoft.Extensions.Configuration;
using OpsBot.Skills.Access;

namespace OpsBot.Tests.Access;

public class RolesTests
{
    private const string AnaId = "6f1d2c3b-1111-4aaa-8bbb-000000000001";
    private const string PaulaId = "6f1d2c3b-1111-4aaa-8bbb-000000000002";
    private const string LeoId = "6f1d2c3b-1111-4aaa-8bbb-000000000003";
    private const string AgnesId = "6f1d2c3b-1111-4aaa-8bbb-000000000004";

    private static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void Roles_are_read_from_lists_keyed_on_object_ids()
    {
        var roles = Roles.FromConfiguration(Settings(
            ("Roles:Analysts:0", AnaId), ("Roles:Approvers:0", PaulaId), ("Roles:Approvers:1", AnaId),
            ("Roles:Leaders:0", LeoId), ("Roles:Agents:0", AgnesId), ("MicrosoftAppId", "app")));

        Assert.False(roles.IsLocalTrial);
        Assert.Equal(new HashSet<Role> { Role.Analyst, Role.Approver }, roles.Of(AnaId));
        Assert.Equal(new HashSet<Role> { Role.Approver }, roles.Of(PaulaId));
        Assert.Equal(new HashSet<Role> { Role.Leader }, roles.Of(LeoId));
        Assert.Equal(new HashSet<Role> { Role.Agent }, roles.Of(AgnesId));
        Assert.Equal(4, roles.PeopleCount);
        Assert.Equal("Roles: 4 people hold a role (Analysts 1, Approvers 2, Leaders 1, Agents 1).", roles.StartupNotice);
    }

    [Fact]
    public void Environment_style_keys_with_double_underscores_work()
    {
        const string prefix = "OPSBOT_ROLES_TEST_";
        Environment.SetEnvironmentVariable(prefix + "Roles__Analysts__0", AnaId);
        Environment.SetEnvironmentVariable(prefix + "Roles__Approvers__0", PaulaId.ToUpperInvariant());
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();

            var roles = Roles.FromConfiguration(configuration);

            Assert.True(roles.Holds(new Actor(AnaId), Role.Analyst));
            // Object ids arrive in either case; they are the same person.
            Assert.True(roles.Holds(new Actor(PaulaId), Role.Approver));
            Assert.False(roles.IsLocalTrial);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Roles__Analysts__0", null);
            Environment.SetEnvironmentVariable(prefix + "Roles__Approvers__0", null);
        }
    }

    [Fact]
    public void The_sample_settings_with_empty_lists_and_no_app_id_are_a_local_trial()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
                "{\"Roles\": { \"Analysts\": [], \"Approvers\": [], \"Leaders\": [], \"Agents\": [] }}")))
            .Build();

        Assert.True(Roles.FromConfiguration(configuration).IsLocalTrial);
    }

    [Fact]
    public void A_list_can_also_be_one_comma_separated_value()
    {
        var roles = Roles.FromConfiguration(Settings(("Roles:Analysts", $"{AnaId}, {AgnesId}")));

        Assert.True(roles.Holds(new Actor(AnaId), Role.Analyst));
        Assert.True(roles.Holds(new Actor(AgnesId), Role.Analyst));
    }

    [Fact]
    public void Someone_on_no_list_holds_no_role_and_can_read_nothing()
    {
        var policy = new AccessPolicy(Roles.FromConfiguration(Settings(("Roles:Analysts:0", AnaId))));
        var stranger = new Actor("6f1d2c3b-1111-4aaa-8bbb-0000000000ff", "Stranger");

        Assert.Empty(policy.Roles.Of(stranger));
        Assert.All(Enum.GetValues<Permission>(), p => Assert.False(policy.Can(stranger, p)));
    }

    [Fact]
    public void With_no_role_configured_and_no_app_id_everyone_holds_every_role_and_the_host_can_say_so()
    {
        var roles = Roles.FromConfiguration(Settings(("Storage:Path", "x.db")));
        var anyone = new Actor("6f1d2c3b-1111-4aaa-8bbb-0000000000aa");

        Assert.True(roles.IsLocalTrial);
        Assert.Equal(Enum.GetValues<Role>().ToHashSet(), roles.Of(anyone));
        Assert.True(new AccessPolicy(roles).CanApprove(anyone));
        Assert.StartsWith("Local trial: no role is configured", roles.StartupNotice);
    }

    [Fact]
    public void With_an_app_id_set_and_no_role_configured_nobody_holds_anything()
    {
        var roles = Roles.FromConfiguration(Settings(("MicrosoftAppId", "00000000-aaaa-bbbb-cccc-000000000000")));

        Assert.False(roles.IsLocalTrial);
        Assert.Empty(roles.Of(new Actor(AnaId)));
    }

    [Fact]
    public void With_one_role_configured_and_no_app_id_it_is_not_a_trial()
    {
        var roles = Roles.FromConfiguration(Settings(("Roles:Leaders:0", LeoId)));

        Assert.False(roles.IsLocalTrial);
        Assert.Empty(roles.Of(new Actor(AnaId)));
    }

    [Fact]
    public void A_misspelt_role_list_is_refused_with_its_key_named_rather_than_turning_the_bot_into_a_trial()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Roles.FromConfiguration(Settings(("Roles:Approver:0", PaulaId))));

        Assert.Contains("Roles:Approver", e.Message);
        Assert.Contains("Roles:Approvers", e.Message);
    }

    [Fact]
    public void An_actor_is_known_by_id_and_the_display_name_is_only_for_messages()
    {
        var roles = Roles.FromConfiguration(Settings(("Roles:Approvers:0", PaulaId)));

        Assert.True(roles.Holds(new Actor(PaulaId, "Someone renamed"), Role.Approver));
        Assert.False(roles.Holds(new Actor(AnaId, "Paula Approver"), Role.Approver));
        Assert.Throws<ArgumentException>(() => new Actor(" ", "Nobody"));
    }
}
