using Synapse.Bibliography;

namespace Synapse.Tests.Bibliography;

public sealed class VancouverFormatterTests
{
    private readonly SiteBibliography _bibliography = Fixtures.Load();

    private string Plain(string key) => VancouverFormatter.ToPlainText(_bibliography.Get(key));

    [Fact]
    public void Journal_article_with_seven_authors_lists_six_then_et_al_and_ends_with_doi_and_pmid()
    {
        Assert.Equal(
            "Rose ME, Huerbin MB, Melick J, Marion DW, Palmer AM, Schiding JK, et al. Regulation of interstitial excitatory " +
            "amino acid concentrations after cortical contusion injury. Brain Res. 2002;935(1-2):40-46. " +
            "doi: 10.1016/s0006-8993(02)02445-9. PMID: 12062471.",
            Plain("rose2002"));
    }

    [Fact]
    public void Journal_article_html_links_the_doi_to_doi_org_and_the_pmid_to_pubmed()
    {
        var html = VancouverFormatter.ToHtml(_bibliography.Get("rose2002"));
        Assert.Contains("doi: <a href=\"https://doi.org/10.1016/s0006-8993(02)02445-9\">10.1016/s0006-8993(02)02445-9</a>.", html);
        Assert.Contains("PMID: <a href=\"https://pubmed.ncbi.nlm.nih.gov/12062471/\">12062471</a>.", html);
    }

    [Fact]
    public void Book_has_edition_place_publisher_and_year()
    {
        Assert.Equal("Murray PR, Rosenthal KS, Kobayashi GS, Pfaller MA. Medical microbiology. 4th ed. St. Louis: Mosby; 2002.",
            Plain("murray2002"));
    }

    [Fact]
    public void Book_without_authors_lists_editors_with_their_name_suffix()
    {
        Assert.Equal("Gilstrap LC 3rd, Cunningham FG, VanDorsten JP, editors. Operative obstetrics. 2nd ed. New York: McGraw-Hill; 2002.",
            Plain("gilstrap2002"));
    }

    [Fact]
    public void Chapter_names_the_book_editors_after_in_and_ends_with_pages()
    {
        Assert.Equal(
            "Meltzer PS, Kallioniemi A, Trent JM. Chromosome alterations in human solid tumors. In: Vogelstein B, Kinzler KW, " +
            "editors. The genetic basis of human cancer. New York: McGraw-Hill; 2002. p. 93-113.",
            Plain("meltzer2002"));
    }

    [Fact]
    public void Report_by_an_organisation_has_number_access_date_and_url()
    {
        Assert.Equal(
            "World Health Organization. Depression and other common mental disorders: global health estimates [Internet]. " +
            "Geneva: World Health Organization; 2017 [cited 2024 Jan 5]. Report No.: WHO/MSD/MER/2017.2. " +
            "Available from: https://apps.who.int/iris/handle/10665/254610",
            Plain("who2017"));
    }

    [Fact]
    public void Webpage_is_marked_internet_with_cited_date_and_available_from()
    {
        Assert.Equal(
            "Depression [Internet]. Bethesda (MD): National Institute of Mental Health; 2023 Apr [cited 2024 Jan 5]. " +
            "Available from: https://www.nimh.nih.gov/health/topics/depression",
            Plain("nimh-depression"));
    }

    [Fact]
    public void Regulatory_document_has_the_regulator_as_author_the_genre_the_decision_date_and_number()
    {
        Assert.Equal(
            "U.S. Food and Drug Administration. NDA approval letter: Spravato (esketamine) nasal spray [Approval letter]. " +
            "Silver Spring (MD): U.S. Food and Drug Administration; 2019 Mar 5 [cited 2024 Jan 10]. NDA 211243. " +
            "Available from: https://www.accessdata.fda.gov/drugsatfda_docs/appletter/2019/211243Orig1s000ltr.pdf",
            Plain("fda-spravato-2019"));
    }

    [Fact]
    public void Html_escapes_every_field_and_links_only_http_urls()
    {
        var bibliography = Fixtures.Load("""
            - id: evil
              type: webpage
              title: <script>alert("x")</script> & more
              publisher: A & B <i>
              URL: javascript:alert(1)
              accessed: 2024-01-05
            """);
        var html = VancouverFormatter.ToHtml(bibliography.Get("evil"));
        Assert.Equal("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more [Internet]. A &amp; B &lt;i&gt;; " +
            "[cited 2024 Jan 5]. Available from: javascript:alert(1)", html);
        Assert.DoesNotContain("<a", html);
    }

    [Fact]
    public void Url_with_ampersand_is_escaped_inside_the_href()
    {
        var bibliography = Fixtures.Load("""
            - id: q
              type: webpage
              title: Search
              URL: https://example.org/?a=1&b=2
              accessed: 2024-01-05
            """);
        Assert.EndsWith("<a href=\"https://example.org/?a=1&amp;b=2\">https://example.org/?a=1&amp;b=2</a>",
            VancouverFormatter.ToHtml(bibliography.Get("q")));
    }
}
