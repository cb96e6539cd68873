namespace OpsBot.Skills.Access;

/// <summary>
/// Who is acting: the Teams user's AAD object id, which every right and every audit event is keyed on, and a
/// display name that is only ever used to word messages (names change and collide; ids do not).
/// </summary>
public sealed record Actor
{
    public Actor(string id, string? displayName = null)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("An actor needs an id (the AAD object id).", nameof(id));
        Id = Roles.NormalizeId(id);
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? Id : displayName.Trim();
    }

    public string Id { get; }
    public string DisplayName { get; }

    public override string ToString() => DisplayName;
}
