using System.Text;
using OpsBot.Skills.Ingest.Bai2;
using OpsBot.Skills.Ingest.Camt;
using OpsBot.Skills.Ingest.Csv;

namespace OpsBot.Skills.Ingest;

/// <summary>
/// Reads a bank file of any supported format into plain records, telling the format from the content, never from
/// the file's name (banks and people name files however they like). Parsing only: nothing is stored here.
/// </summary>
public static class RemittanceReader
{
    public enum Kind { Xml, Bai2, Csv, Unknown }

    /// <summary>Reads the file, or throws <see cref="RemittanceFileException"/> saying what is wrong and where.</summary>
    public static RemittanceFile Read(byte[] content)
    {
        switch (Detect(content))
        {
            case Kind.Xml:
                using (var stream = new MemoryStream(content, writable: false))
                    return CamtReader.Read(stream);
            case Kind.Bai2:
                return Bai2Reader.Read(Decode(content));
            case Kind.Csv:
                return PaymentCsvReader.Read(Decode(content));
            default:
                throw new RemittanceFileException(RemittanceFormats.Unknown, "line 1",
                    content.Length == 0
                        ? "the file is empty"
                        : "not a recognized bank file: expected ISO 20022 camt.053/camt.054 XML, BAI2 (starting with a 01 record) or CSV with a payment_id, received_date, amount, currency header");
        }
    }

    /// <summary>The format the content looks like, from its first non-blank characters.</summary>
    public static Kind Detect(byte[] content)
    {
        var text = Decode(content.AsSpan(0, Math.Min(content.Length, 4096)).ToArray());
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('<')) return Kind.Xml;
        if (start.StartsWith("01,", StringComparison.Ordinal)) return Kind.Bai2;
        var firstLine = start.Split('\n', 2)[0];
        var header = firstLine.Split(',').Select(CsvTable.NormalizeHeader).ToHashSet();
        if (header.Contains("payment_id") && header.Contains("amount")) return Kind.Csv;
        return Kind.Unknown;
    }

    /// <summary>
    /// Text files arrive as UTF-8 or, from older systems, Windows-1252/Latin-1 (French names). Strict UTF-8 first;
    /// if the bytes are not valid UTF-8 they are Latin-1.
    /// </summary>
    internal static string Decode(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }
}
