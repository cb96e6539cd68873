namespace OpsBot.Dialogs.Layer;
internal static class Placeholder { }
