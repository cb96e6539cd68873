using Microsoft.Extensions.Configuration;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Research;

namespace OpsBot.Tests.Research;

public class AutoApplyPolicyTests
{
    private static readonly string Card = ResearchFixture.Card("37123456789012");
    private static readonly string ClosedCard = ResearchFixture.Card("37661234509876");

    private static ResearchFixture Book() => new ResearchFixture()
        .Account("A-1", "Jean Tremblay", Card)
        .Account("A-CLOSED", "Paul Roy", null, 0m, 0m, new AccountCard { Number = ClosedCard, Status = CardStatus.Closed });

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void By_default_only_an_exact_card_number_is_credited_without_an_analyst()
    {
        var book = Book();
        var service = book.Service();
        var policy = new AutoApplyPolicy(AutoApplySettings.From(Settings()));

        var exact = service.Propose(book.Payment(Card, "JEAN TREMBLAY"));
        var repaired = service.Propose(book.Payment(ResearchFixture.Mistype(Card, 4), "JEAN TREMBLAY"));
        var named = service.Propose(book.Payment(null, "JEAN TREMBLAY", amount: 12.34m));

        Assert.True(policy.ShouldAutoApply(exact));
        Assert.True(repaired.HasConfidentCandidate);
        Assert.False(policy.ShouldAutoApply(repaired));
        Assert.False(policy.ShouldAutoApply(named));
        Assert.Equal("auto-applying repaired references is off", policy.Decide(repaired).Reason);
    }

    [Fact]
    public void With_repairs_allowed_a_confident_repair_is_credited_and_a_name_never_is()
    {
        var book = Book();
        var service = book.Service();
        var policy = new AutoApplyPolicy(AutoApplySettings.From(Settings(
            (AutoApplySettings.RepairsKey, "true"), (AutoApplySettings.MinimumConfidenceKey, "0.99"))));

        var repaired = service.Propose(book.Payment(ResearchFixture.Mistype(Card, 4), "JEAN TREMBLAY"));
        var decision = policy.Decide(repaired);
        Assert.True(decision.Apply, decision.Reason);
        Assert.Equal("A-1", decision.AccountId);

        var lastDigits = service.Propose(book.Payment("ending " + Card[^4..], "JEAN TREMBLAY"));
        Assert.False(policy.ShouldAutoApply(lastDigits));
    }

    [Fact]
    public void A_repair_under_the_minimum_confidence_waits_for_an_analyst()
    {
        var book = Book();
        var policy = new AutoApplyPolicy(new AutoApplySettings { Repairs = true, MinimumConfidence = 1.0 });
        var repaired = book.Service().Propose(book.Payment(ResearchFixture.Mistype(Card, 4), "SOMEONE ELSE"));
        Assert.True(repaired.Best!.Confidence < 1.0);
        Assert.False(policy.ShouldAutoApply(repaired));
    }

    [Fact]
    public void A_closed_account_is_never_credited_without_an_approver()
    {
        var book = Book();
        var policy = new AutoApplyPolicy(new AutoApplySettings { Repairs = true });
        var proposal = book.Service().Propose(book.Payment(ClosedCard, "PAUL ROY"));
        Assert.Equal("A-CLOSED", proposal.Best!.AccountId);
        Assert.False(policy.ShouldAutoApply(proposal));
    }

    [Theory]
    [InlineData("Research:AutoApply:Repairs", "sometimes")]
    [InlineData("Research:AutoApply:MinimumConfidence", "0.5")]
    [InlineData("Research:AutoApply:MinimumConfidence", "high")]
    public void A_bad_setting_is_an_error_naming_the_key(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => AutoApplySettings.From(Settings((key, value))));
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void Without_settings_repairs_are_off_and_the_bar_is_0_99()
    {
        var settings = AutoApplySettings.From(Settings());
        Assert.False(settings.Repairs);
        Assert.Equal(0.99, settings.MinimumConfidence);
    }
}
