using OpsBot.Skills.Ingest;
using OpsBot.Skills.Payments;
using OpsBot.Tests.Accounts;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.Ingest;

public class PaymentCsvReaderTests
{
    [Fact]
    public void A_csv_file_gives_its_credits_with_quoted_fields_intact_and_skips_negative_amounts()
    {
        var file = RemittanceReader.Read(Bytes("payments.csv"));

        Assert.Equal("csv", file.Format);
        Assert.Equal(["CSV-0001", "CSV-0002", "CSV-0003", "CSV-0005"], file.Credits.Select(c => c.BankReference));
        Assert.Equal(1, file.Skipped);
        Assert.Equal("Tremblay, Marie", file.Credits[0].PayerName);
        Assert.Equal(1250.00m, file.Credits[1].Amount);
        Assert.Equal("Invoice 42, paid in full", file.Credits[1].Memo);
        Assert.StartsWith("she wrote \"my card is ", file.Credits[2].Memo);
        Assert.Equal([Channels.BillPayment, Channels.Eft, Channels.Interac, Channels.Cheque], file.Credits.Select(c => c.Channel));
        Assert.Null(file.Credits[3].Reference);
    }

    [Fact]
    public void Every_bad_row_is_reported_by_line_and_the_whole_file_is_rejected()
    {
        var error = Assert.Throws<RemittanceFileException>(() => RemittanceReader.Read(Bytes("payments-bad.csv")));

        Assert.Equal(["line 3", "line 4", "line 5"], error.Problems.Select(p => p.Record));
        Assert.Contains("received_date '30/11/2026'", error.Problems[0].Reason);
        Assert.Contains("amount 'ten dollars'", error.Problems[1].Reason);
        Assert.Contains("6 fields, the header 8", error.Problems[2].Reason);
    }

    [Fact]
    public void A_bad_value_that_holds_a_card_number_is_quoted_masked()
    {
        var card = TestCards.Generate(11);
        var csv = System.Text.Encoding.UTF8.GetBytes($"payment_id,received_date,amount,currency\nP1,{card},10.00,CAD\n");

        var error = Assert.Throws<RemittanceFileException>(() => RemittanceReader.Read(csv));

        Assert.Contains("•" + card[^4..], error.Problems[0].Reason);
        Assert.False(HoldsFullCardNumber(error.Message), "the message quotes a full card number");
    }

    [Fact]
    public void An_amount_with_fractions_of_a_cent_is_refused()
    {
        var csv = "payment_id,received_date,amount,currency\nP1,2026-11-30,10.005,CAD\n"u8.ToArray();

        var error = Assert.Throws<RemittanceFileException>(() => RemittanceReader.Read(csv));

        Assert.Contains("more than two decimals", error.Problems[0].Reason);
    }
}
