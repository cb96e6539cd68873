using System.Text.Json;
using System.Text.RegularExpressions;
using OpsBot.Bot.CommandLine;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Storage;

namespace OpsBot.Tests.Research;

public sealed partial class ProposeVerbTests : IDisposable
{
    private static readonly string Card = ResearchFixture.Card("37123456789012");
    private readonly string _folder = Directory.CreateTempSubdirectory("opsbot-propose-").FullName;
    private string Db => Path.Combine(_folder, "ops.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A store with two accounts, a mistyped payment, a Visa payment and one already applied.</summary>
    private void Seed()
    {
        using var store = new OpsStore(Db);
        var seal = ReferenceSeal.ForStore(store.Path);
        store.Accounts.Insert(new CardAccount
        {
            Id = "A-TREMBLAY", HolderName = "Jean Tremblay", StatementBalance = 250m, MinimumDue = 10m,
            Cards = [new AccountCard { Number = Card, Status = CardStatus.Active }],
        });
        store.Accounts.Insert(new CardAccount
        {
            Id = "A-COTE", HolderName = "Geneviève Côté",
            Cards = [new AccountCard { Number = ResearchFixture.Card("34987612345678"), Status = CardStatus.Active }],
        });
        Payment Make(string bankReference, string? reference, string payer, PaymentStatus status) => new()
        {
            BankReference = bankReference, ReceivedOn = new DateOnly(2026, 11, 30), Amount = 250m, PayerName = payer,
            Reference = CardMask.MaskText(reference), SealedReference = CardMask.ContainsPanLike(reference) ? seal.Seal(reference!) : null,
            Status = status, SourceFile = "day.csv", Format = "csv",
        };
        store.Payments.Insert(Make("BR1", ResearchFixture.Mistype(Card, 6), "TREMBLAY, JEAN", PaymentStatus.Unapplied));
        store.Payments.Insert(Make("BR2", ResearchFixture.Card("452012345678901"), "ZORVAN KELLIBRAND", PaymentStatus.Unapplied));
        var applied = Make("BR3", Card, "JEAN TREMBLAY", PaymentStatus.Applied) with { AllocatedAmount = 250m };
        var id = store.Payments.Insert(applied).AsInt64;
        store.Allocations.Insert(new Allocation { PaymentId = id, AccountId = "A-TREMBLAY", Amount = 250m, By = Allocation.Auto });
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Cli.RunAsync(["propose", "--db", Db, .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex(@"\d{15,}")]
    private static partial Regex FullNumber();

    [Fact]
    public async Task Json_lists_every_unapplied_payment_in_exactly_the_agreed_shape()
    {
        Seed();
        var (code, output, _) = await Run("--json");

        Assert.Equal(0, code);
        Assert.False(FullNumber().IsMatch(output), "the output holds a full card number");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["proposals"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var proposals = json.RootElement.GetProperty("proposals").EnumerateArray().ToList();
        Assert.Equal(["BR1", "BR2"], proposals.Select(p => p.GetProperty("bankReference").GetString()));
        foreach (var proposal in proposals)
        {
            Assert.Equal(["paymentId", "bankReference", "candidates"], proposal.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Number, proposal.GetProperty("paymentId").ValueKind);
            foreach (var candidate in proposal.GetProperty("candidates").EnumerateArray())
            {
                Assert.Equal(["accountId", "confidence", "evidence"], candidate.EnumerateObject().Select(p => p.Name));
                Assert.InRange(candidate.GetProperty("confidence").GetDouble(), 0, 1);
                Assert.All(candidate.GetProperty("evidence").EnumerateArray(), e => Assert.Equal(JsonValueKind.String, e.ValueKind));
            }
        }

        var repaired = proposals[0].GetProperty("candidates")[0];
        Assert.Equal("A-TREMBLAY", repaired.GetProperty("accountId").GetString());
        Assert.True(repaired.GetProperty("confidence").GetDouble() >= 0.9);
        Assert.Contains(repaired.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("card ending " + Card[^4..]));
        Assert.Contains(repaired.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("applied to this account before"));

        Assert.All(proposals[1].GetProperty("candidates").EnumerateArray(), c => Assert.True(c.GetProperty("confidence").GetDouble() < 0.9));
    }

    [Fact]
    public async Task One_payment_is_named_by_bank_reference_or_id_and_the_evidence_can_be_French()
    {
        Seed();
        var (code, output, _) = await Run("--payment", "BR1", "--json", "--lang", "fr", "--top", "1");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var proposal = Assert.Single(json.RootElement.GetProperty("proposals").EnumerateArray());
        var candidate = Assert.Single(proposal.GetProperty("candidates").EnumerateArray());
        Assert.Contains(candidate.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("la carte se terminant par " + Card[^4..]));

        var byId = await Run("--payment", proposal.GetProperty("paymentId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.Contains("\"bankReference\": \"BR1\"", byId.Out);
    }

    [Fact]
    public async Task Text_output_shows_the_masked_reference_candidates_and_why_nobody_fits_a_stranger()
    {
        Seed();
        var (code, output, _) = await Run();

        Assert.Equal(0, code);
        Assert.False(FullNumber().IsMatch(output), "the output holds a full card number");
        Assert.Contains("BR1", output);
        Assert.Contains("1. A-TREMBLAY  Jean Tremblay, card ending " + Card[^4..], output);
        Assert.Contains("Visa", output);
        Assert.Contains("No confident candidate", output);
    }

    [Fact]
    public async Task An_unknown_payment_is_a_one_line_error()
    {
        Seed();
        var (code, output, error) = await Run("--payment", "BR404");
        Assert.NotEqual(0, code);
        Assert.Equal("", output);
        Assert.Equal("error: No payment 'BR404': give its id or its bank reference.", error.Trim());
    }

    [Fact]
    public async Task An_unknown_language_is_refused()
    {
        Seed();
        var (code, _, error) = await Run("--lang", "de");
        Assert.Equal(2, code);
        Assert.Contains("--lang takes en or fr", error);
    }

    [Fact]
    public async Task An_empty_queue_says_so()
    {
        using (new OpsStore(Db)) { }
        var (code, output, _) = await Run();
        Assert.Equal(0, code);
        Assert.Equal("No unapplied payments.", output.Trim());
        var json = await Run("--json");
        Assert.Equal("{\"proposals\":[]}", json.Out.Replace(" ", "").Replace("\n", "").Replace("\r", ""));
    }
}
