using OpsBot.Skills.Payments;

namespace OpsBot.Skills.Ingest.Bai2;

/// <summary>
/// The channel of a BAI2 credit from its detail type code, refined by the bank's text:
/// <list type="bullet">
/// <item>110–119 lockbox, 170–189 deposits, cheque deposit packages, drafts, cash letters, 301 commercial deposit: cheque.</item>
/// <item>120–169 EDI, concentration and ACH credits (121 EDI credit, 142 ACH credit received, 165 preauthorized ACH…),
/// 201–207 automatic and book transfers: EFT.</item>
/// <item>190–199 incoming money transfers (191, 195, 196), 208–239 international money transfers and remittances: wire.</item>
/// <item>Any other credit code: other.</item>
/// </list>
/// No BAI2 code marks a bill payment or an Interac e-Transfer, so the text decides those ("BILL PAYMENT",
/// "PAIEMENT DE FACTURE", "INTERAC", "E-TRANSFER").
/// </summary>
public static class Bai2Channels
{
    public static string From(int typeCode, string? text) => ChannelWords.FromText(text) ?? FromCode(typeCode);

    public static string FromCode(int typeCode) => typeCode switch
    {
        >= 110 and <= 119 => Channels.Cheque,
        >= 170 and <= 189 => Channels.Cheque,
        301 => Channels.Cheque,
        >= 120 and <= 169 => Channels.Eft,
        >= 201 and <= 207 => Channels.Eft,
        >= 190 and <= 199 => Channels.Wire,
        >= 208 and <= 239 => Channels.Wire,
        _ => Channels.Other,
    };

    public static bool IsCredit(int typeCode) => typeCode is >= 100 and <= 399;
    public static bool IsDebit(int typeCode) => typeCode is >= 400 and <= 699;
}
