using OpsBot.Tests.Support;
using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;

namespace OpsBot.Tests.Allocations;

public class AllocationMessagesTests
{
    public static TheoryData<string> Codes => [.. typeof(AllocationCodes).GetFields().Select(f => (string)f.GetValue(null)!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_an_English_and_a_French_sentence(string code)
    {
        var args = new Dictionary<string, object?>();
        var en = AllocationMessages.Text(code, "en", args);
        var fr = AllocationMessages.Text(code, "fr", args);

        Assert.NotEqual(code, en);
        Assert.NotEqual(en, fr);
        // Canadian French typography: never an ordinary space before a colon or semicolon.
        Assert.DoesNotContain(" :", fr);
        Assert.DoesNotContain(" ;", fr);
    }

    private static readonly Dictionary<string, object?> Over = new()
    {
        ["payment"] = "BR-77", ["amount"] = 1234.5m, ["available"] = 1000m,
    };

    [Fact]
    [UseCulture("fr-CA")]
    public void Amounts_read_the_Canadian_way_under_a_French_culture() => AssertWording();

    [Fact]
    [UseCulture("en-CA")]
    public void Amounts_read_the_Canadian_way_under_an_English_culture() => AssertWording();

    [Fact]
    [UseCulture("de-DE")]
    public void Amounts_read_the_Canadian_way_under_an_unrelated_culture() => AssertWording();

    private static void AssertWording()
    {
        Assert.Equal("$1,234.50 is more than what is left of BR-77: $1,000.00. Nothing was allocated.",
            AllocationMessages.Text(AllocationCodes.AmountExceedsUnapplied, "en", Over));
        Assert.Equal("1\u00A0234,50\u00A0$ dépasse ce qui reste du paiement BR-77\u00A0: 1\u00A0000,00\u00A0$. Rien n'a été imputé.",
            AllocationMessages.Text(AllocationCodes.AmountExceedsUnapplied, "fr-CA", Over));
    }

    [Fact]
    public void A_refusal_for_lack_of_a_role_names_the_roles_that_may_in_each_language()
    {
        var e = new AllocationException(AllocationCodes.NotAllowed, new Dictionary<string, object?>
        {
            ["action"] = AllocationMessages.Action(Permission.Approve),
            ["roles"] = AllocationMessages.RoleNames(AccessPolicy.RolesFor(Permission.SignOff)),
        });

        Assert.Equal("You can't approve: that needs the role of team leader or approver. A team leader can add you in the settings.", e.MessageIn("en"));
        Assert.Equal("Vous ne pouvez pas approuver\u00A0: il faut le rôle chef d'équipe ou approbateur. Un chef d'équipe peut vous ajouter dans les paramètres.", e.MessageIn("fr"));
        Assert.Equal(e.MessageIn("en"), e.Message);
    }

    [Fact]
    public void French_says_au_compte_for_one_account_and_aux_comptes_for_several()
    {
        var one = new AllocationOutcome
        {
            ActionId = "x", Code = AllocationCodes.Approved, PaymentId = 1, BankReference = "BR-1", Amount = 10m,
            AccountIds = ["A0000001"], Maker = "m", MakerName = "Marie", DecidedBy = "p", DecidedByName = "Paul",
        };
        var two = one with { AccountIds = ["A0000001", "A0000002"] };

        Assert.Equal("Approuvé par Paul\u00A0: 10,00\u00A0$ du paiement BR-1 crédités au compte A0000001.", one.MessageIn("fr"));
        Assert.Equal("Approuvé par Paul\u00A0: 10,00\u00A0$ du paiement BR-1 crédités aux comptes A0000001 et A0000002.", two.MessageIn("fr"));
        Assert.Equal("Approved by Paul: $10.00 from BR-1 credited to A0000001 and A0000002.", two.MessageIn("en"));
        Assert.Equal("m", one.MakerToNotify);
    }
}
