using System.Text;
using System.Text.RegularExpressions;

namespace OpsBot.Tests.Emails;

/// <summary>
/// Reads an Internet message the way a mail client does, written independently of the code under test: split at
/// the first empty line, unfold headers, decode RFC 2047 encoded words and the quoted-printable body.
/// </summary>
internal sealed partial class MimeReading
{
    public MimeReading(string message)
    {
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        HeaderBlock = message[..split];
        RawBody = message[(split + 4)..];
        var unfolded = HeaderBlock.Replace("\r\n ", " ").Replace("\r\n\t", "\t");
        foreach (var line in unfolded.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            Headers.Add((line[..colon], line[(colon + 1)..].TrimStart()));
        }
    }

    public string HeaderBlock { get; }
    public string RawBody { get; }
    public List<(string Name, string Value)> Headers { get; } = [];

    public string Header(string name) => Headers.Single(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    /// <summary>RFC 2047: adjacent encoded words are joined with the white space between them dropped.</summary>
    public static string DecodeWords(string value)
    {
        var joined = Regex.Replace(value, @"\?=\s+=\?", "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            Assert.Equal("utf-8", m.Groups[1].Value, ignoreCase: true);
            Assert.Equal("B", m.Groups[2].Value, ignoreCase: true);
            return Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value));
        });
    }

    public static IEnumerable<string> EncodedWords(string value) => EncodedWord().Matches(value).Select(m => m.Value);

    /// <summary>RFC 2045 section 6.7: soft breaks ("=" at a line's end) vanish, "=XX" is a byte.</summary>
    public static string DecodeQuotedPrintable(string body)
    {
        var text = body.Replace("=\r\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=')
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add((byte)text[i]);
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
