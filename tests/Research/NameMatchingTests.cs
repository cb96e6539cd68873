using OpsBot.Skills.Research.Names;

namespace OpsBot.Tests.Research;

public class NameMatchingTests
{
    private static NameLevel Grade(string payer, string holder, string? company = null)
    {
        var builder = new NameIndex.Builder();
        builder.Add(holder, company);
        return builder.Build().Grade(0, PayerName.Parse(payer));
    }

    [Theory]
    [InlineData("GENEVIEVE LEVESQUE-BOUCHARD", "Geneviève Lévesque-Bouchard")]
    [InlineData("LEVESQUE-BOUCHARD, GENEVIEVE", "Geneviève Lévesque-Bouchard")]
    [InlineData("MME GENEVIEVE LEVESQUE BOUCHARD", "Geneviève Lévesque-Bouchard")]
    [InlineData("geneviève lévesque-bouchard", "Geneviève Lévesque-Bouchard")]
    [InlineData("DR JOHN SMITH", "John Smith")]
    [InlineData("SMITH JOHN", "John Smith")]
    [InlineData("M. FRANCOIS COTE", "François Côté")]
    [InlineData("O'BRIEN, PATRICK", "Patrick O'Brien")]
    [InlineData("JEAN PIERRE ST PIERRE", "Jean-Pierre Saint-Pierre")]
    [InlineData("GENEVIEVE LEVESQ", "Geneviève Lévesque")]
    [InlineData("MARIE GAGNON OU JEAN TREMBLAY", "Jean Tremblay")]
    public void The_holders_name_matches_whatever_the_accents_case_order_titles_or_punctuation(string payer, string holder)
    {
        Assert.Equal(NameLevel.Full, Grade(payer, holder));
    }

    [Theory]
    [InlineData("J TREMBLAY", "Jean Tremblay")]
    [InlineData("J. TREMBLAY", "Jean Tremblay")]
    [InlineData("TREMBLAY J", "Jean Tremblay")]
    [InlineData("J P TREMBLAY", "Jean-Pierre Tremblay")]
    [InlineData("MR J. SMITH", "John Smith")]
    [InlineData("D. OUELLET", "Denis Ouellet")]
    [InlineData("L LACROIX", "Luc Lacroix")]
    [InlineData("A SMITH", "Anne Smith")]
    public void Initials_match_the_given_names(string payer, string holder)
    {
        Assert.Equal(NameLevel.Initials, Grade(payer, holder));
    }

    [Fact]
    public void A_name_without_the_middle_name_is_a_partial_match()
    {
        Assert.Equal(NameLevel.Partial, Grade("JEAN TREMBLAY", "Jean-Pierre Tremblay"));
        Assert.Equal(NameLevel.Partial, Grade("JOHN SMITH", "John Edward Smith"));
    }

    [Fact]
    public void Another_given_name_with_the_holders_surname_is_family_not_the_holder()
    {
        Assert.Equal(NameLevel.Family, Grade("MARIE TREMBLAY", "Jean Tremblay"));
        Assert.Equal(NameLevel.Family, Grade("M TREMBLAY", "Jean Tremblay"));
        Assert.Equal(NameLevel.SurnameOnly, Grade("TREMBLAY", "Jean Tremblay"));
    }

    [Fact]
    public void The_holders_given_name_alone_or_another_surname_is_no_match()
    {
        Assert.Equal(NameLevel.NoMatch, Grade("JEAN GAGNON", "Jean Tremblay"));
        Assert.Equal(NameLevel.NoMatch, Grade("JEAN", "Jean Tremblay"));
        Assert.Equal(NameLevel.Absent, Grade("", "Jean Tremblay"));
    }

    [Theory]
    [InlineData("LES ENTREPRISES COTE LTEE", "Les Entreprises Côté ltée")]
    [InlineData("ENTREPRISES COTE", "Les Entreprises Côté ltée")]
    [InlineData("BOULANGERIE DE LA RIVE SENC", "Boulangerie de la Rive S.E.N.C.")]
    [InlineData("BOULANGERIE RIVE", "Boulangerie de la Rive S.E.N.C.")]
    [InlineData("9123-4567 QUEBEC INC", "9123-4567 Québec inc.")]
    [InlineData("NORTHERN MAPLE LOGISTICS LTD", "Northern Maple Logistics Ltd.")]
    [InlineData("GAGNON PLOMBERIE", "Plomberie Gagnon inc.")]
    public void A_company_matches_without_its_suffix_or_small_words(string payer, string company)
    {
        Assert.Equal(NameLevel.Company, Grade(payer, "Luc Gagnon", company));
    }

    [Fact]
    public void A_company_name_with_words_added_is_a_partial_company_match()
    {
        Assert.Equal(NameLevel.CompanyPartial, Grade("PLOMBERIE GAGNON INC MONTREAL", "Luc Gagnon", "Plomberie Gagnon inc."));
    }

    [Fact]
    public void The_index_finds_accounts_by_any_word_and_counts_them_by_level()
    {
        var builder = new NameIndex.Builder();
        builder.Add("Jean Tremblay", null);
        builder.Add("Marie Tremblay", null);
        builder.Add("Jean Gagnon", null);
        builder.Add("Jean-Pierre Tremblay", null);
        var matches = builder.Build().Match(PayerName.Parse("TREMBLAY, JEAN"));

        Assert.Equal(NameLevel.Full, matches.Accounts[0]);
        Assert.Equal(NameLevel.Family, matches.Accounts[1]);
        Assert.False(matches.Accounts.ContainsKey(2));
        Assert.Equal(NameLevel.Partial, matches.Accounts[3]);
        Assert.Equal(1, matches.CountAt(NameLevel.Full));
    }

    [Fact]
    public void The_history_key_is_the_same_however_the_bank_writes_the_name()
    {
        Assert.Equal(PayerName.Parse("TREMBLAY, JEAN")[0].Key, PayerName.Parse("Jean Tremblay")[0].Key);
        Assert.Equal(PayerName.Parse("MR JEAN TREMBLAY")[0].Key, PayerName.Parse("jean tremblay")[0].Key);
    }
}
