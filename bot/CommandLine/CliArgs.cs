namespace OpsBot.Bot.CommandLine;

/// <summary>A verb, its positional arguments and its --options. Flags without a value are "true".</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.OrdinalIgnoreCase);

    public string? Verb { get; private set; }
    public List<string> Positional { get; } = [];
    /// <summary>The arguments as given, for verbs that hand them on (serve passes them to ASP.NET Core).</summary>
    public string[] Raw { get; private set; } = [];

    // Options that never take a value, so "--json file.xml" keeps file.xml positional.
    private static readonly HashSet<string> Flags = new(StringComparer.OrdinalIgnoreCase)
        { "json", "help", "verbose", "force", "dry-run" };

    public static CliArgs Parse(string[] args)
    {
        var parsed = new CliArgs { Raw = args };
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                string value;
                var eq = name.IndexOf('=');
                if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
                else if (Flags.Contains(name) || i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) value = "true";
                else value = args[++i];
                if (!parsed._options.TryGetValue(name, out var list)) parsed._options[name] = list = [];
                list.Add(value);
            }
            else if (parsed.Verb is null && parsed.Positional.Count == 0 && !arg.StartsWith('-'))
                parsed.Verb = arg;
            else
                parsed.Positional.Add(arg);
        }
        return parsed;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public bool Flag(string name) =>
        _options.TryGetValue(name, out var v) && !string.Equals(v[^1], "false", StringComparison.OrdinalIgnoreCase);

    public string? Option(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public string Required(string name) =>
        Option(name) ?? throw new CliException($"Missing --{name}.", 2);

    public int IntOption(string name, int fallback)
    {
        var text = Option(name);
        if (text is null) return fallback;
        return int.TryParse(text, out var n) && n > 0 ? n : throw new CliException($"--{name} takes a positive whole number, not '{text}'.", 2);
    }

    public DateOnly? DateOption(string name)
    {
        var text = Option(name);
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out var d)
            ? d
            : throw new CliException($"--{name} takes a date as yyyy-mm-dd, not '{text}'.", 2);
    }
}
