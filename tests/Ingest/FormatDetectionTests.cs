using System.Text;
using OpsBot.Skills.Ingest;
using static OpsBot.Tests.Ingest.IngestTestKit;

namespace OpsBot.Tests.Ingest;

public class FormatDetectionTests
{
    [Theory]
    [InlineData("camt054-v02.xml", RemittanceReader.Kind.Xml)]
    [InlineData("camt053-v08.xml", RemittanceReader.Kind.Xml)]
    [InlineData("bai2-continuation.bai", RemittanceReader.Kind.Bai2)]
    [InlineData("bai2-no-slashes.txt", RemittanceReader.Kind.Bai2)]
    [InlineData("payments.csv", RemittanceReader.Kind.Csv)]
    [InlineData("accounts-as-payments.csv", RemittanceReader.Kind.Unknown)]
    public void The_format_comes_from_the_content(string name, RemittanceReader.Kind expected)
    {
        Assert.Equal(expected, RemittanceReader.Detect(Bytes(name)));
    }

    [Fact]
    public void A_file_named_like_one_format_is_read_as_the_format_its_content_has()
    {
        using var store = StoreWithAccounts();
        var service = Service(store);

        var result = service.Ingest("statement.csv", Bytes("camt054-v08.xml"));

        Assert.False(result.IsRejected);
        Assert.Equal("camt.054.001.08", result.Format);
    }

    [Fact]
    public void A_byte_order_mark_and_leading_blank_lines_do_not_hide_the_format()
    {
        var bai = Encoding.UTF8.GetPreamble().Concat("\r\n\r\n"u8.ToArray()).Concat(Bytes("bai2-continuation.bai")).ToArray();

        Assert.Equal(RemittanceReader.Kind.Bai2, RemittanceReader.Detect(bai));
        Assert.Equal(6, RemittanceReader.Read(bai).Credits.Count);
    }

    [Fact]
    public void An_unrecognized_file_is_rejected_saying_what_was_expected()
    {
        var error = Assert.Throws<RemittanceFileException>(() => RemittanceReader.Read(Bytes("accounts-as-payments.csv")));

        Assert.Equal("unknown", error.Format);
        Assert.Contains("not a recognized bank file", error.Problems[0].Reason);
    }

    [Fact]
    public void A_latin1_file_keeps_its_french_accents()
    {
        var csv = Encoding.Latin1.GetBytes("payment_id,received_date,amount,currency,payer_name\nP1,2026-11-30,10.00,CAD,Hélène Bélanger\n");

        var file = RemittanceReader.Read(csv);

        Assert.Equal("Hélène Bélanger", file.Credits[0].PayerName);
    }
}
