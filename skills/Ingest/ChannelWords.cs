using System.Globalization;
using System.Text;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Ingest;

/// <summary>
/// Channels told by words: the CSV's channel column, and the text banks put on a transaction ("INTERAC
/// E-TRANSFER", "BILL PAYMENT", "PAIEMENT DE FACTURE"). Bank codes give the rail; these words say more when
/// present, because no BAI2 or ISO code distinguishes a bill payment or an Interac e-Transfer.
/// </summary>
public static class ChannelWords
{
    private static readonly (string Word, string Channel)[] Spoken =
    [
        ("interac", Channels.Interac), ("e-transfer", Channels.Interac), ("etransfer", Channels.Interac),
        ("e transfer", Channels.Interac), ("virement interac", Channels.Interac), ("virement electronique", Channels.Interac),
        ("bill payment", Channels.BillPayment), ("bill pmt", Channels.BillPayment), ("billpay", Channels.BillPayment),
        ("bill pay", Channels.BillPayment), ("paiement de facture", Channels.BillPayment), ("paiement facture", Channels.BillPayment),
        ("pmt facture", Channels.BillPayment),
    ];

    /// <summary>Bill payment or Interac when the bank's text says so; null otherwise.</summary>
    public static string? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var plain = Plain(text);
        foreach (var (word, channel) in Spoken)
            if (plain.Contains(word, StringComparison.Ordinal)) return channel;
        return null;
    }

    /// <summary>The CSV channel column: our own names, and the usual ways people write them.</summary>
    public static string FromCsv(string? value)
    {
        var plain = Plain(value ?? "").Replace('_', '-').Trim();
        if (plain.Length == 0) return Channels.Other;
        foreach (var known in Channels.All)
            if (plain == known) return known;
        return plain switch
        {
            "bill payment" or "billpayment" or "bill" or "billpay" or "paiement de facture" => Channels.BillPayment,
            "check" or "chq" or "cheque" or "lockbox" => Channels.Cheque,
            "e-transfer" or "etransfer" or "interac e-transfer" or "virement interac" => Channels.Interac,
            "ach" or "pad" or "direct deposit" or "eft" or "dmct" => Channels.Eft,
            "wire" or "lvts" or "lynx" or "swift" or "virement telegraphique" => Channels.Wire,
            _ => FromText(plain) ?? Channels.Other,
        };
    }

    /// <summary>Lower case without accents, so "Virement électronique" matches "virement electronique".</summary>
    private static string Plain(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }
}
