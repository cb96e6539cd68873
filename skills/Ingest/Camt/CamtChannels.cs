using System.Xml.Linq;
using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Ingest.Camt;

/// <summary>
/// The channel of a camt transaction from its ISO bank transaction code (BkTxCd Domain/Family/SubFamily), else
/// its proprietary code, then refined by the bank's words. Mapping (domain PMNT):
/// <list type="bullet">
/// <item>RCDT (received credit transfers): VCOM (credit transfer with agreed commercial information, i.e. a biller
/// reference) is a bill payment; XBCT, SDVA, PRCT, FICT (cross-border, same-day value, priority, FI) are wires;
/// every other subfamily (DMCT, ESCT, BOOK, ACDT, AUTT, STDO, SALA…) is EFT.</item>
/// <item>RRCT (received real-time credit transfers): Interac (Canada's real-time consumer rail).</item>
/// <item>RCHQ (received cheques), LBOX (lockbox), DRFT (drafts): cheque.</item>
/// <item>RDDT (received direct debits): EFT.</item>
/// <item>Anything else: other. A proprietary code is read for the words BILL, INTERAC/ETRF, CHQ/CHEQUE/CHECK,
/// WIRE, EFT/ACH.</item>
/// </list>
/// Words in the bank's text ("INTERAC E-TRANSFER", "BILL PAYMENT", "PAIEMENT DE FACTURE") win over codes: no ISO
/// code tells a bill payment or an e-Transfer apart.
/// </summary>
public static class CamtChannels
{
    public static string From(XElement? bankTransactionCode, string? words)
    {
        return ChannelWords.FromText(words) ?? FromCode(bankTransactionCode);
    }

    public static string FromCode(XElement? code)
    {
        var domain = code.Child("Domn");
        if (domain is not null)
        {
            var domainCode = domain.Child("Cd").Text()?.ToUpperInvariant();
            var family = domain.Child("Fmly").Child("Cd").Text()?.ToUpperInvariant();
            var subFamily = domain.Child("Fmly").Child("SubFmlyCd").Text()?.ToUpperInvariant();
            var mapped = FromIso(domainCode, family, subFamily);
            if (mapped != Channels.Other) return mapped;
        }
        return FromProprietary(code.Child("Prtry").Child("Cd").Text());
    }

    public static string FromIso(string? domain, string? family, string? subFamily)
    {
        if (domain != "PMNT") return Channels.Other;
        return family switch
        {
            "RCDT" => subFamily switch
            {
                "VCOM" => Channels.BillPayment,
                "XBCT" or "SDVA" or "PRCT" or "FICT" => Channels.Wire,
                _ => Channels.Eft,
            },
            "RRCT" => Channels.Interac,
            "RCHQ" or "LBOX" or "DRFT" => Channels.Cheque,
            "RDDT" => Channels.Eft,
            _ => Channels.Other,
        };
    }

    public static string FromProprietary(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return Channels.Other;
        var upper = code.ToUpperInvariant();
        if (upper.Contains("BILL", StringComparison.Ordinal)) return Channels.BillPayment;
        if (upper.Contains("INTERAC", StringComparison.Ordinal) || upper.Contains("ETRF", StringComparison.Ordinal)) return Channels.Interac;
        if (upper.Contains("CHQ", StringComparison.Ordinal) || upper.Contains("CHEQUE", StringComparison.Ordinal) || upper.Contains("CHECK", StringComparison.Ordinal)) return Channels.Cheque;
        if (upper.Contains("WIRE", StringComparison.Ordinal)) return Channels.Wire;
        if (upper.Contains("EFT", StringComparison.Ordinal) || upper.Contains("ACH", StringComparison.Ordinal)) return Channels.Eft;
        return Channels.Other;
    }
}
