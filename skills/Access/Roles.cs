using Microsoft.Extensions.Configuration;

namespace OpsBot.Skills.Access;

/// <summary>
/// Who holds which role, from settings keyed on AAD object ids: <c>Roles:Analysts</c>, <c>Roles:Approvers</c>,
/// <c>Roles:Leaders</c>, <c>Roles:Agents</c>, each a list (so <c>Roles__Analysts__0=&lt;id&gt;</c> works from the
/// environment) or one comma-separated value. Someone on no list holds no role and can read nothing.
/// </summary>
public sealed class Roles
{
    /// <summary>The settings key of each role's list, under <c>Roles:</c>.</summary>
    public static readonly IReadOnlyDictionary<Role, string> SettingNames = new Dictionary<Role, string>
    {
        [Role.Analyst] = "Analysts",
        [Role.Approver] = "Approvers",
        [Role.Leader] = "Leaders",
        [Role.Agent] = "Agents",
    };

    private static readonly IReadOnlySet<Role> EveryRole = Enum.GetValues<Role>().ToHashSet();
    private static readonly IReadOnlySet<Role> NoRole = new HashSet<Role>();

    private readonly Dictionary<string, HashSet<Role>> _byId = new(StringComparer.Ordinal);

    public Roles(IReadOnlyDictionary<Role, IEnumerable<string>> members, bool localTrial = false)
    {
        foreach (var (role, ids) in members)
            foreach (var id in ids.Where(i => !string.IsNullOrWhiteSpace(i)))
            {
                var key = NormalizeId(id);
                if (!_byId.TryGetValue(key, out var held)) _byId[key] = held = [];
                held.Add(role);
            }
        if (localTrial && _byId.Count > 0)
            throw new ArgumentException("A local trial is only for a bot with no role configured at all.", nameof(localTrial));
        IsLocalTrial = localTrial;
    }

    /// <summary>
    /// True when no role is configured and no Microsoft app id is set: a trial on a developer's machine, where
    /// everyone holds every role. The host logs it at start, because it must never happen in Teams.
    /// </summary>
    public bool IsLocalTrial { get; }

    /// <summary>What the host logs at start: a warning during a local trial, else who holds roles (counts only).</summary>
    public string StartupNotice => IsLocalTrial
        ? "Local trial: no role is configured (Roles:Analysts, Roles:Approvers, Roles:Leaders, Roles:Agents) and no MicrosoftAppId is set, so everyone holds every role. Never run a bot like this in Teams."
        : $"Roles: {PeopleCount} people hold a role ({string.Join(", ", Enum.GetValues<Role>().Select(r => $"{SettingNames[r]} {_byId.Values.Count(h => h.Contains(r))}"))}).";

    /// <summary>How many distinct people hold at least one role.</summary>
    public int PeopleCount => _byId.Count;

    public IReadOnlySet<Role> Of(string actorId) =>
        IsLocalTrial ? EveryRole : _byId.TryGetValue(NormalizeId(actorId), out var held) ? held : NoRole;

    public IReadOnlySet<Role> Of(Actor actor) => Of(actor.Id);

    public bool Holds(Actor actor, Role role) => Of(actor).Contains(role);

    /// <summary>
    /// Reads the <c>Roles</c> section and <c>MicrosoftAppId</c>. A key under <c>Roles</c> that is not one of the
    /// four lists is refused rather than ignored: a misspelt list would silently leave approvers without rights, or
    /// worse, leave no role configured and turn a deployed bot into a local trial.
    /// </summary>
    public static Roles FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Roles");
        var known = SettingNames.Values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = section.GetChildren().Select(c => c.Key).Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"Settings: Roles:{unknown[0]} is not a role list; the lists are Roles:Analysts, Roles:Approvers, Roles:Leaders and Roles:Agents.");

        var members = SettingNames.ToDictionary(
            pair => pair.Key,
            pair => (IEnumerable<string>)IdsIn(section.GetSection(pair.Value)).ToList());
        var noneConfigured = members.Values.All(ids => !ids.Any());
        var noAppId = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        return new Roles(members, localTrial: noneConfigured && noAppId);
    }

    private static IEnumerable<string> IdsIn(IConfigurationSection list)
    {
        // "Roles:Analysts": "id1,id2" as well as "Roles:Analysts:0": "id1".
        var values = list.Value is { } single ? [single] : list.GetChildren().Select(c => c.Value ?? "");
        return values
            .SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(v => v.Length > 0);
    }

    /// <summary>AAD object ids are GUIDs that arrive in either case; compare them in one.</summary>
    public static string NormalizeId(string id) => id.Trim().ToLowerInvariant();
}
