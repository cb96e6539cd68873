using System.Text;

namespace OpsBot.Skills.Ingest.Csv;

/// <summary>One data row of a CSV file, with the line it starts on (a quoted field may span lines).</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

/// <summary>A CSV file that the text could not be read as, and where.</summary>
public sealed class CsvFormatException(int line, string reason) : Exception($"line {line}: {reason}")
{
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}

/// <summary>
/// A comma-separated file with a header row (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
/// Columns are found by name, so their order does not matter. Blank lines are ignored.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows, Dictionary<string, int> columns)
    {
        Header = header;
        Rows = rows;
        _columns = columns;
    }

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The column's index, or null when the header does not have it.</summary>
    public int? ColumnOf(string name) => _columns.TryGetValue(NormalizeHeader(name), out var i) ? i : null;

    /// <summary>The trimmed value of a column in a row; "" when the column is absent or the row is short.</summary>
    public static string Value(CsvRow row, int? column) =>
        column is int i && i < row.Fields.Count ? row.Fields[i].Trim() : "";

    /// <summary>"Payment ID" and "payment-id" both name the column payment_id.</summary>
    public static string NormalizeHeader(string name) =>
        name.Trim().Trim('"').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    public static CsvTable Parse(string text)
    {
        var records = ReadRecords(text.TrimStart('\uFEFF')).ToList();
        if (records.Count == 0) throw new CsvFormatException(1, "the file is empty: a header row is expected");
        var header = records[0];
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = NormalizeHeader(header.Fields[i]);
            if (name.Length == 0) continue;
            if (!columns.TryAdd(name, i))
                throw new CsvFormatException(header.Line, $"the header names the column '{name}' twice");
        }
        return new CsvTable(header.Fields.Select(NormalizeHeader).ToList(), records.Skip(1).ToList(), columns);
    }

    private static IEnumerable<CsvRow> ReadRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;       // inside a quoted field
        var wasQuoted = false;    // the current field was quoted (only spaces may follow its closing quote)
        var quoteLine = 1;
        var i = 0;

        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    quoted = false; i++; continue;
                }
                if (c == '\n' || (c == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n'))) line++;
                field.Append(c); i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0 && !wasQuoted:
                    quoted = true; wasQuoted = true; quoteLine = line; field.Clear(); i++;
                    break;
                case ',':
                    fields.Add(field.ToString()); field.Clear(); wasQuoted = false; i++;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    i++;
                    fields.Add(field.ToString());
                    if (!(fields.Count == 1 && fields[0].Trim().Length == 0 && !wasQuoted))
                        yield return new CsvRow(recordLine, fields.ToList());
                    fields.Clear(); field.Clear(); wasQuoted = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (wasQuoted && !char.IsWhiteSpace(c))
                        throw new CsvFormatException(line, "a quoted field is followed by other characters before the next comma");
                    if (!wasQuoted) field.Append(c);
                    i++;
                    break;
            }
        }

        if (quoted) throw new CsvFormatException(quoteLine, "a quoted field is never closed");
        fields.Add(field.ToString());
        if (!(fields.Count == 1 && fields[0].Trim().Length == 0 && !wasQuoted))
            yield return new CsvRow(recordLine, fields.ToList());
    }
}
