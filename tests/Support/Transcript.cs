using System.Runtime.CompilerServices;
using System.Text;

namespace OpsBot.Tests.Support;

/// <summary>
/// Keeps a copy of everything the test run prints, logs and replies, in the folder named by OPSBOT_TRANSCRIPTS,
/// so that test.sh can scan it for card numbers in clear text after the run (scan-cards). Without the variable it
/// records nothing.
/// </summary>
public static class Transcript
{
    private static readonly object Gate = new();
    private static readonly string? Folder = Environment.GetEnvironmentVariable("OPSBOT_TRANSCRIPTS");
    private static readonly string? FilePath = Folder is null ? null : Path.Combine(Folder, $"tests-{Environment.ProcessId}.log");

    [ModuleInitializer]
    internal static void TeeConsole()
    {
        if (FilePath is null) return;
        Directory.CreateDirectory(Folder!);
        Console.SetOut(new TeeWriter(Console.Out, "stdout"));
        Console.SetError(new TeeWriter(Console.Error, "stderr"));
    }

    public static void Record(string source, string? text)
    {
        if (FilePath is null || string.IsNullOrEmpty(text)) return;
        lock (Gate) File.AppendAllText(FilePath, $"[{source}] {text}\n");
    }

    private sealed class TeeWriter(TextWriter inner, string source) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;
        public override void Write(char value) { inner.Write(value); Record(source, value.ToString()); }
        public override void Write(string? value) { inner.Write(value); Record(source, value); }
        public override void WriteLine(string? value) { inner.WriteLine(value); Record(source, value); }
    }
}
