using System.Globalization;
using System.Text;

namespace OpsBot.Skills.Emails;

/// <summary>
/// A draft as a standard Internet message (RFC 5322, MIME): UTF-8 text, quoted-printable, CRLF line endings, a
/// non-ASCII subject as RFC 2047 encoded words, and <c>X-Unsent: 1</c> so that Outlook opens it as a draft to send
/// (other clients open it as a message they can forward or edit).
/// </summary>
public static class EmlMessage
{
    private const string Crlf = "\r\n";
    private const int MaxEncodedLine = 76;

    public static byte[] Bytes(EmailDraft draft, string from, DateTimeOffset date) =>
        Encoding.ASCII.GetBytes(Compose(draft, from, date));

    /// <summary>The message text: every character ASCII, every line ending CRLF.</summary>
    public static string Compose(EmailDraft draft, string from, DateTimeOffset date)
    {
        var sb = new StringBuilder();
        Header(sb, "Date", Rfc5322Date(date));
        Header(sb, "From", Mailbox(from));
        if (!string.IsNullOrWhiteSpace(draft.To)) Header(sb, "To", Mailbox(draft.To));
        Header(sb, "Subject", Unstructured(draft.Subject, "Subject: ".Length));
        Header(sb, "Message-ID", $"<{Guid.NewGuid():N}@{Domain(from)}>");
        Header(sb, "MIME-Version", "1.0");
        Header(sb, "Content-Type", "text/plain; charset=utf-8");
        Header(sb, "Content-Transfer-Encoding", "quoted-printable");
        Header(sb, "X-Unsent", "1");
        sb.Append(Crlf);
        sb.Append(QuotedPrintable(draft.Body));
        sb.Append(Crlf);
        return sb.ToString();
    }

    /// <summary>"Tue, 01 Dec 2026 10:35:36 -0500" (RFC 5322 section 3.3), whatever the current culture.</summary>
    public static string Rfc5322Date(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
               + $"{sign}{abs.Hours:00}{abs.Minutes:00}";
    }

    /// <summary>
    /// A header's text: as is when it is printable ASCII (folded at spaces past 78 characters), else UTF-8 "B"
    /// encoded words of at most 75 characters each, one per folded line, never splitting a character.
    /// </summary>
    public static string Unstructured(string text, int nameLength)
    {
        text = OneLine(text);
        if (text.All(c => c is >= ' ' and <= '~')) return FoldAscii(text, nameLength);
        var words = new List<string>();
        var chunk = new List<byte>();
        // 45 bytes make 60 base64 characters: with "=?utf-8?B?" and "?=", 72, under RFC 2047's 75 and, after the
        // folding space, under 78 a line. The first word shares its line with the header's name.
        const int wordMarkers = 12;
        var budget = Math.Min(45, (78 - nameLength - wordMarkers) / 4 * 3);
        foreach (var rune in text.EnumerateRunes())
        {
            var bytes = new byte[rune.Utf8SequenceLength];
            rune.EncodeToUtf8(bytes);
            if (chunk.Count + bytes.Length > budget)
            {
                words.Add(EncodedWord(chunk));
                chunk.Clear();
                budget = 45;
            }
            chunk.AddRange(bytes);
        }
        if (chunk.Count > 0) words.Add(EncodedWord(chunk));
        return string.Join(Crlf + " ", words);
    }

    /// <summary>Quoted-printable (RFC 2045 section 6.7) of UTF-8 text, lines of at most 76 characters, CRLF breaks.</summary>
    public static string QuotedPrintable(string text)
    {
        var sb = new StringBuilder();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0) sb.Append(Crlf);
            var bytes = Encoding.UTF8.GetBytes(lines[l]);
            var lineLength = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                var last = i == bytes.Length - 1;
                // Spaces at a line's end would be stripped in transit: those are encoded.
                var literal = (b is >= 33 and <= 126 && b != (byte)'=') || (b is (byte)' ' or (byte)'\t' && !last);
                var token = literal ? ((char)b).ToString() : $"={b:X2}";
                // Keep room for the soft break "=" unless this is the line's last token.
                var room = last ? MaxEncodedLine : MaxEncodedLine - 1;
                if (lineLength + token.Length > room)
                {
                    sb.Append('=').Append(Crlf);
                    lineLength = 0;
                }
                sb.Append(token);
                lineLength += token.Length;
            }
        }
        return sb.ToString();
    }

    private static void Header(StringBuilder sb, string name, string value) => sb.Append(name).Append(": ").Append(value).Append(Crlf);

    private static string EncodedWord(List<byte> bytes) => "=?utf-8?B?" + Convert.ToBase64String(bytes.ToArray()) + "?=";

    /// <summary>"Name &lt;address&gt;" or a bare address; a non-ASCII display name becomes encoded words.</summary>
    private static string Mailbox(string text)
    {
        text = OneLine(text);
        var open = text.LastIndexOf('<');
        if (open <= 0 || !text.EndsWith('>')) return text;
        var name = text[..open].Trim().Trim('"');
        var address = text[open..];
        if (name.Length == 0) return address;
        var shown = name.All(c => c is >= ' ' and <= '~')
            ? "\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : Unstructured(name, 0).Replace(Crlf + " ", " ");
        return shown + " " + address;
    }

    private static string Domain(string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at < 0 ? "" : new string(from[(at + 1)..].TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-').ToArray());
        return domain.Length > 0 ? domain : "opsbot.invalid";
    }

    // A header value never holds a line break: a name or subject with one would start a new header.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string FoldAscii(string text, int firstLineUsed)
    {
        var sb = new StringBuilder();
        var used = firstLineUsed;
        foreach (var word in text.Split(' '))
        {
            if (sb.Length > 0)
            {
                if (used + 1 + word.Length > 78) { sb.Append(Crlf); used = 0; }
                sb.Append(' ');
                used++;
            }
            sb.Append(word);
            used += word.Length;
        }
        return sb.ToString();
    }
}
