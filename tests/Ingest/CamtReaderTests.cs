using System.Text;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.Ingest;

public class CamtReaderTests
{
    private static RemittanceFile Read(string name) => RemittanceReader.Read(Bytes(name));

    private static RemittanceFileException Rejects(string name) =>
        Assert.Throws<RemittanceFileException>(() => RemittanceReader.Read(Bytes(name)));

    [Fact]
    public void A_camt054_v02_gives_one_payment_per_transaction_and_one_for_an_entry_without_details()
    {
        var file = Read("camt054-v02.xml");

        Assert.Equal("camt.054.001.02", file.Format);
        Assert.Equal(["TX-V02-0001", "TX-V02-0002", "E2E-V02-0003", "NTRY-V02-002/3", "NTRY-V02-004"],
            file.Credits.Select(c => c.BankReference));
        Assert.Equal([250.00m, 100.00m, 150.00m, 50.00m, 42.00m], file.Credits.Select(c => c.Amount));
        Assert.Equal(1, file.Skipped); // the debit
        Assert.All(file.Credits, c => Assert.Equal(new DateOnly(2026, 11, 30), c.ReceivedOn));
        Assert.All(file.Credits, c => Assert.Equal("CAD", c.Currency));
    }

    [Fact]
    public void A_camt054_v02_reads_the_debtor_from_Dbtr_Nm_and_the_reference_from_Ustrd_or_Strd()
    {
        var file = Read("camt054-v02.xml");

        Assert.Equal("Marie Tremblay", file.Credits[0].PayerName);
        Assert.Equal("Northwind Traders Ltd.", file.Credits[2].PayerName);
        Assert.Equal("•••• •••••• •1006", CardMask.MaskText(file.Credits[0].Reference)?.Replace("AMEX ", ""));
        // The structured creditor reference is the reference when the remitter gave one.
        Assert.Equal(15, file.Credits[2].Reference!.Length);
        Assert.Equal("2001", file.Credits[2].Reference![^4..]);
        Assert.Equal("card ending 91006", file.Credits[3].Reference);
        Assert.Null(file.Credits[4].Reference);
        Assert.Equal("CHEQUE DEPOSIT", file.Credits[4].Memo);
    }

    [Fact]
    public void A_camt054_v02_maps_bank_transaction_codes_to_channels()
    {
        var file = Read("camt054-v02.xml");

        Assert.Equal(Channels.BillPayment, file.Credits[0].Channel); // PMNT/RCDT/VCOM
        Assert.Equal(Channels.Eft, file.Credits[1].Channel);         // PMNT/RCDT/DMCT
        Assert.Equal(Channels.Cheque, file.Credits[4].Channel);      // PMNT/RCHQ
    }

    [Fact]
    public void A_camt054_v08_reads_Sts_Cd_and_Dbtr_Pty_Nm_and_skips_pending_entries()
    {
        var file = Read("camt054-v08.xml");

        Assert.Equal("camt.054.001.08", file.Format);
        Assert.Equal(9, file.Credits.Count);
        Assert.Equal(1, file.Skipped); // PDNG
        Assert.DoesNotContain(file.Credits, c => c.BankReference == "NTRY-V08-007");
        Assert.Equal("Jean-François Côté", file.Credits[0].PayerName);
        Assert.Equal(125.50m, file.Credits[0].Amount);
        Assert.Equal("USD", file.Credits.Single(c => c.BankReference == "TX-V08-0006").Currency);
    }

    [Fact]
    public void A_structured_reference_wins_over_unstructured_text_which_goes_to_the_memo()
    {
        var credit = Read("camt054-v08.xml").Credits.Single(c => c.BankReference == "TX-V08-0009");

        Assert.StartsWith("AMEX ", credit.Reference);
        Assert.Contains("Payment for November", credit.Memo);
        Assert.Equal(Channels.Interac, credit.Channel); // the bank's words beat PMNT/RCDT/DMCT
    }

    [Fact]
    public void Camt053_statements_are_read_in_versions_02_04_and_08()
    {
        var v02 = Read("camt053-v02.xml");
        var v04 = Read("camt053-v04.xml");
        var v08 = Read("camt053-v08.xml");

        Assert.Equal("camt.053.001.02", v02.Format);
        Assert.Equal("camt.053.001.04", v04.Format);
        Assert.Equal("camt.053.001.08", v08.Format);
        Assert.Equal((1, 1), (v02.Credits.Count, v02.Skipped));
        Assert.Equal("Sean O'Brien", v02.Credits[0].PayerName);
        Assert.Equal(("E2E-S04-0001", new DateOnly(2026, 11, 30), Channels.Cheque),
            (v04.Credits[0].BankReference, v04.Credits[0].ReceivedOn, v04.Credits[0].Channel));
        Assert.Equal((2, 1), (v08.Credits.Count, v08.Skipped));
        Assert.Equal(Channels.Wire, v08.Credits[1].Channel); // PMNT/RCDT/XBCT
    }

    [Fact]
    public void A_truncated_camt_file_is_rejected_with_the_line_where_it_stops()
    {
        var error = Rejects("camt054-truncated.xml");

        var problem = Assert.Single(error.Problems);
        Assert.Matches(@"^line \d+, position \d+$", problem.Record);
        Assert.Contains("truncated", problem.Reason);
    }

    [Fact]
    public void Malformed_xml_is_rejected_naming_the_line()
    {
        var xml = "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\">\n<BkToCstmrDbtCdtNtfctn>\n</Ntfctn>\n</Document>";

        var error = Assert.Throws<RemittanceFileException>(() => RemittanceReader.Read(Encoding.UTF8.GetBytes(xml)));

        Assert.StartsWith("line 4", error.Problems[0].Record);
        Assert.Contains("malformed", error.Problems[0].Reason);
    }

    [Fact]
    public void Xml_that_is_not_a_camt_message_is_rejected()
    {
        var error = Rejects("pain001-not-camt.xml");

        Assert.Contains("not a camt.054 or camt.053", error.Problems[0].Reason);
        Assert.Contains("<CstmrCdtTrfInitn>", error.Problems[0].Reason);
    }

    [Fact]
    public void A_batch_whose_transactions_do_not_add_up_to_the_entry_is_rejected()
    {
        var error = Rejects("camt054-batch-mismatch.xml");

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("entry 1 (line ", problem.Record);
        Assert.Contains("add up to 450.00", problem.Reason);
        Assert.Contains("500.00", problem.Reason);
    }

    [Fact]
    public void A_camt_version_outside_the_supported_range_is_rejected_by_name()
    {
        var xml = Encoding.UTF8.GetString(Bytes("camt054-v08.xml")).Replace("camt.054.001.08", "camt.054.001.01");

        var error = Assert.Throws<RemittanceFileException>(() => RemittanceReader.Read(Encoding.UTF8.GetBytes(xml)));

        Assert.Contains("001.01 is not supported", error.Problems[0].Reason);
    }

    [Fact]
    public void The_debtor_name_is_read_from_either_shape_whatever_the_version_says()
    {
        // Some banks mix shapes across versions; the reader looks for both rather than trusting the namespace.
        var xml = Encoding.UTF8.GetString(Bytes("camt054-v02.xml"))
            .Replace("<Dbtr><Nm>Marie Tremblay</Nm></Dbtr>", "<Dbtr><Pty><Nm>Marie Tremblay</Nm></Pty></Dbtr>");

        var file = RemittanceReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("Marie Tremblay", file.Credits[0].PayerName);
    }
}
