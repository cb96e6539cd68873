using System.Text;
using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.Ingest;

public class Bai2ReaderTests
{
    private static RemittanceFile Read(string name) => RemittanceReader.Read(Bytes(name));

    private static RemittanceFileException Rejects(string name) =>
        Assert.Throws<RemittanceFileException>(() => RemittanceReader.Read(Bytes(name)));

    private static RemittanceFileException Rejects(StringBuilder text) =>
        Assert.Throws<RemittanceFileException>(() => RemittanceReader.Read(Encoding.UTF8.GetBytes(text.ToString())));

    [Fact]
    public void Credits_are_read_across_continuation_records_and_funds_types_V_S_and_D()
    {
        var file = Read("bai2-continuation.bai");

        Assert.Equal("bai2", file.Format);
        Assert.Equal(["BR0001", "BR0002", "BR0003", "BR0004", "bai2:BANKCA:2611300600:1:1234567:7", "BR0101"],
            file.Credits.Select(c => c.BankReference));
        Assert.Equal([250.00m, 100.00m, 75.50m, 120.00m, 50.00m, 99.00m], file.Credits.Select(c => c.Amount));
        Assert.Equal(2, file.Skipped); // a debit (475) and a credit with a blank amount
        Assert.All(file.Credits, c => Assert.Equal(new DateOnly(2026, 11, 30), c.ReceivedOn));
    }

    [Fact]
    public void A_continuation_record_carries_on_the_fields_or_the_text_where_the_record_stopped()
    {
        var file = Read("bai2-continuation.bai");

        var lockbox = file.Credits.Single(c => c.BankReference == "BR0002");
        Assert.Equal("LOCKBOX ITEM CHEQUE 1234", lockbox.Memo);       // text continued by 88
        Assert.Equal("6781", lockbox.Reference![^4..]);
        var ach = file.Credits.Single(c => c.BankReference == "BR0003");
        Assert.Equal("2001", ach.Reference![^4..]);                   // the 88 brought the customer reference
        Assert.Equal("ACH CREDIT B/O NORTHWIND TRADERS", ach.Memo);     // a slash inside text is text
        Assert.Equal("NORTHWIND TRADERS", ach.PayerName);
        Assert.Equal("line 8 (16)", ach.Source);
    }

    [Fact]
    public void Type_codes_and_the_banks_words_give_the_channel()
    {
        var channels = Read("bai2-continuation.bai").Credits.ToDictionary(c => c.BankReference, c => c.Channel);

        Assert.Equal(Channels.BillPayment, channels["BR0001"]); // 165 with "BILL PAYMENT" in the text
        Assert.Equal(Channels.Cheque, channels["BR0002"]);      // 115 lockbox
        Assert.Equal(Channels.Eft, channels["BR0003"]);         // 142 ACH credit
        Assert.Equal(Channels.Wire, channels["BR0004"]);        // 195 incoming money transfer
        Assert.Equal(Channels.BillPayment, channels["BR0101"]); // "PAIEMENT DE FACTURE"
    }

    [Fact]
    public void A_file_without_final_slashes_with_blank_lines_and_CRLF_reads_the_same()
    {
        var plain = Read("bai2-continuation.bai");
        var loose = Read("bai2-no-slashes.txt");

        Assert.Equal(plain.Credits.Select(c => (c.BankReference, c.Amount, c.Reference, c.Memo, c.Channel)),
            loose.Credits.Select(c => (c.BankReference, c.Amount, c.Reference, c.Memo, c.Channel)));
        Assert.Equal(plain.Skipped, loose.Skipped);
    }

    [Fact]
    public void A_wrong_account_control_total_rejects_the_file_naming_the_49_record()
    {
        var error = Rejects("bai2-bad-49.bai");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("line 14 (49)", problem.Record);
        Assert.Contains("control total is 3337650", problem.Reason);
        Assert.Contains("add up to 3337550", problem.Reason);
    }

    [Fact]
    public void A_wrong_group_control_total_rejects_the_file_naming_the_98_record()
    {
        var error = Rejects("bai2-bad-98.bai");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("line 18 (98)", problem.Record);
        Assert.Contains("group control total is 3347449", problem.Reason);
    }

    [Fact]
    public void A_wrong_file_record_count_rejects_the_file_naming_the_99_record()
    {
        var error = Rejects("bai2-bad-99-count.bai");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("line 19 (99)", problem.Record);
        Assert.Contains("record count is 20 but the file has 19", problem.Reason);
    }

    [Fact]
    public void A_file_that_stops_before_its_trailers_is_rejected_as_truncated()
    {
        var error = Rejects("bai2-truncated.bai");

        Assert.StartsWith("end of file", error.Problems[0].Record);
        Assert.Contains("truncated", error.Problems[0].Reason);
    }

    [Fact]
    public void A_wrong_account_record_count_is_caught_too()
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(Bytes("bai2-continuation.bai")).Replace("49,9900,3/", "49,9900,4/"));

        var error = Rejects(text);

        Assert.Equal("line 17 (49)", error.Problems[0].Record);
        Assert.Contains("record count is 4 but the account has 3", error.Problems[0].Reason);
    }

    [Fact]
    public void A_transaction_outside_an_account_is_rejected()
    {
        var text = new StringBuilder()
            .AppendLine("01,BANKCA,OPSBOT,261130,0600,1,,,2/")
            .AppendLine("02,OPSBOT,BANKCA,1,261130,0600,CAD,2/")
            .AppendLine("16,165,25000,0,BR9,,TEXT/")
            .AppendLine("98,0,0,3/")
            .AppendLine("99,0,1,5/");

        var error = Rejects(text);

        Assert.Equal("line 3 (16)", error.Problems[0].Record);
        Assert.Contains("outside an account", error.Problems[0].Reason);
    }

    [Fact]
    public void A_test_only_group_is_not_money_to_post()
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(Bytes("bai2-continuation.bai")).Replace("02,OPSBOT,BANKCA,1,", "02,OPSBOT,BANKCA,4,"));

        var error = Rejects(text);

        Assert.Equal("line 2 (02)", error.Problems[0].Record);
        Assert.Contains("test only", error.Problems[0].Reason);
    }

    [Fact]
    public void An_unknown_funds_type_is_rejected_naming_its_record()
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(Bytes("bai2-continuation.bai")).Replace("16,475,3000,0,", "16,475,3000,Q,"));

        var error = Rejects(text);

        Assert.Contains(error.Problems, p => p.Record == "line 11 (16)" && p.Reason.Contains("funds type 'Q'"));
    }
}
