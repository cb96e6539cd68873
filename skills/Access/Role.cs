namespace OpsBot.Skills.Access;

/// <summary>The four hats a member of the team can wear; one person may wear several.</summary>
public enum Role
{
    /// <summary>Researches and allocates payments (the maker).</summary>
    Analyst,
    /// <summary>Approves what needs a second pair of eyes (the checker), and may allocate too.</summary>
    Approver,
    /// <summary>Watches the queue and the team's numbers; signs the day off.</summary>
    Leader,
    /// <summary>Customer-facing: looks payments up and drafts emails to customers, moves no money.</summary>
    Agent,
}
