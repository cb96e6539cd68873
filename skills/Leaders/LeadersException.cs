namespace OpsBot.Skills.Leaders;

/// <summary>A request the leaders' features refuse, with the reason in both languages for the person who asked.</summary>
public sealed class LeadersException(string english, string french) : InvalidOperationException(english)
{
    public string French { get; } = french;

    public string In(string language) => Formatting.CanadianFormat.IsFrench(language) ? French : Message;
}
