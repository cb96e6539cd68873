using OpsBot.Dialogs.Understanding;

namespace OpsBot.Dialogs.Leaders;

/// <summary>The leaders' feature's own intent: the daily controls checklist. Status and escalation are built in.</summary>
public static class LeadersIntents
{
    public const string Controls = "controls";

    /// <summary>"controls", "daily controls", "checklist", "contrôles", "contrôles quotidiens", "show the controls"…, alone on the line.</summary>
    public static readonly IntentPattern ControlsPattern = new(Controls,
        @"^\s*((show|see|list|open)\s+(me\s+)?(the\s+|today'?s\s+)?|(montre[rz]?|affiche[rz]?|voir|ouvr(e|ir|ez))\s+(-?moi\s+)?(les\s+)?)?((daily\s+)?controls?(\s+checklist)?|(daily\s+)?checklist|contr[ôo]les?(\s+(quotidiens|du\s+jour))?|liste\s+de\s+contr[ôo]le)(\s+(for\s+)?today|\s+d'aujourd'hui)?\s*[?.!]*\s*$");
}
