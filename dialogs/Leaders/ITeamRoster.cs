namespace OpsBot.Dialogs.Leaders;

/// <summary>
/// Names for the user ids the records keep (allocations, ticks are keyed on AAD object ids), so a leader reads
/// "Marie Gagnon" rather than a GUID. The bot's host knows the names from the conversations it has had.
/// </summary>
public interface ITeamRoster
{
    /// <summary>A function from a user id to the name to show; the id itself when the name is unknown. Take one per card.</summary>
    Func<string, string> Names();
}

/// <summary>No names known: ids are shown as they are.</summary>
public sealed class IdsOnlyRoster : ITeamRoster
{
    public Func<string, string> Names() => id => id;
}
