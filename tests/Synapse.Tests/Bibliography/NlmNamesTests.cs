using Synapse.Bibliography;

namespace Synapse.Tests.Bibliography;

public sealed class NlmNamesTests
{
    [Theory]
    [InlineData("John Paul", "JP")]
    [InlineData("J. R. R.", "JRR")]
    [InlineData("Jean-Pierre", "JP")]
    [InlineData("émile", "É")]
    [InlineData("", "")]
    public void Initials_take_the_first_letter_of_each_given_name(string given, string expected) =>
        Assert.Equal(expected, NlmNames.Initials(given));

    [Fact]
    public void Particles_stay_with_the_family_name_and_organisations_stay_whole()
    {
        Assert.Equal("van Gogh V", NlmNames.Format(new PersonName("Gogh", "Vincent", NonDroppingParticle: "van")));
        Assert.Equal("National Institute for Health and Care Excellence",
            NlmNames.Format(new PersonName(null, null, "National Institute for Health and Care Excellence")));
    }

    [Fact]
    public void Six_authors_are_all_listed_and_seven_become_six_and_et_al()
    {
        var six = Enumerable.Range(1, 6).Select(i => new PersonName($"Author{i}", "A")).ToList();
        Assert.Equal("Author1 A, Author2 A, Author3 A, Author4 A, Author5 A, Author6 A", NlmNames.List(six));
        var seven = six.Append(new PersonName("Author7", "A")).ToList();
        Assert.Equal("Author1 A, Author2 A, Author3 A, Author4 A, Author5 A, Author6 A, et al.", NlmNames.List(seven));
    }
}
