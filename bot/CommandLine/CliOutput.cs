using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsBot.Bot.CommandLine;

/// <summary>Where a verb writes: text or JSON on stdout, one-line failures on stderr.</summary>
public sealed class CliOutput(TextWriter stdout, TextWriter stderr, TextReader stdin)
{
    public TextWriter Out { get; } = stdout;
    public TextWriter Err { get; } = stderr;
    public TextReader In { get; } = stdin;

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public void WriteJson<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, Json));

    public void Fail(string message) => Err.WriteLine("error: " + message.ReplaceLineEndings(" "));
}
