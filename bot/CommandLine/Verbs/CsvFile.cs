using System.Text;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>Writes a CSV file whole or not at all: to a temporary file beside it, then moved into place.</summary>
internal static class CsvFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder)) throw new CliException($"--csv: the folder of '{path}' does not exist.", 2);
        var temporary = full + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                write(writer);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CliException($"--csv: could not write '{path}': {e.Message}");
        }
    }
}
