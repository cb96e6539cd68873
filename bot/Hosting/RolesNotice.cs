using OpsBot.Skills.Access;

namespace OpsBot.Bot.Hosting;

/// <summary>
/// Says at start who holds roles (counts only), or warns that a local trial gives everyone every role. Reading the
/// roles at start also means a misspelt Roles setting stops the bot before it takes a message.
/// </summary>
public sealed class RolesNotice(Roles roles, ILogger<RolesNotice> log) : IStartupSeeder
{
    public Task SeedAsync(CancellationToken cancellationToken)
    {
        if (roles.IsLocalTrial) log.LogWarning("{Notice}", roles.StartupNotice);
        else log.LogInformation("{Notice}", roles.StartupNotice);
        return Task.CompletedTask;
    }
}
