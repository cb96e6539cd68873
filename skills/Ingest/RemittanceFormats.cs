namespace OpsBot.Skills.Ingest;

/// <summary>The names formats go by in results and on stored payments. camt formats carry their version.</summary>
public static class RemittanceFormats
{
    public const string Camt054 = "camt.054";
    public const string Camt053 = "camt.053";
    public const string Bai2 = "bai2";
    public const string Csv = "csv";
    public const string Unknown = "unknown";

    /// <summary>"camt.054.001.08": the message and its version, as its namespace names them.</summary>
    public static string CamtWithVersion(string message, int version) => $"{message}.001.{version:00}";
}
