using System.Globalization;

namespace OpsBot.Skills.Reconciliation;

/// <summary>
/// CSV for the accounting team's spreadsheets (RFC 4180). Text that a spreadsheet would take for a formula
/// (= + - @ first) is prefixed with an apostrophe: bank references come from outside.
/// </summary>
internal static class Csv
{
    public static void Row(TextWriter writer, params object?[] cells) =>
        writer.Write(string.Join(',', cells.Select(Cell)) + "\r\n");

    private static string Cell(object? value) => value switch
    {
        null => "",
        decimal amount => amount.ToString("0.00", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Text(value.ToString() ?? ""),
    };

    private static string Text(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
