namespace Synapse.Diagnostics;

/// <summary>
/// The rules reported by the build's stages themselves (reading, front matter, settings, bibliography, Markdown,
/// layouts, outputs). Rules of registered checks are declared by the checks (<c>ICheck.Rules</c>); together they
/// make the catalogue (<c>Checks.RuleCatalogue</c>).
/// </summary>
internal static class StageRules
{
    private const string FrontMatter = "front matter of every Markdown page";
    private const string Bibliography = "input/_data/bibliography.yaml (or .json)";

    public static IReadOnlyList<Rule> All { get; } =
    [
        new("site/no-input", Severity.Error, "The site has no input/ folder.", "Run from the site's root folder (with statiq.json), or create input/.", "the site folder"),
        new("content/not-utf8", Severity.Error, "A Markdown file is not valid UTF-8.", "Re-save the file with UTF-8 encoding.", "every Markdown file"),
        new("content/empty", Severity.Error, "A Markdown file is empty.", "Add front matter and a body, or delete the file.", "every Markdown file"),
        new("front-matter/missing", Severity.Error, "A page has no front matter.", "Start the file with a '---' block holding at least 'title:'.", FrontMatter),
        new("front-matter/unclosed", Severity.Error, "The front matter is never closed.", "End the front matter with a line of '---'.", FrontMatter),
        new("front-matter/yaml", Severity.Error, "The front matter is not valid YAML.", "Check indentation, colons and quotes on the line shown.", FrontMatter),
        new("front-matter/not-mapping", Severity.Error, "The front matter is not a list of 'key: value' lines.", "Write each setting as 'key: value'.", FrontMatter),
        new("front-matter/unknown-key", Severity.Warning, "A front-matter key is not one Synapse knows.", "Check the spelling against the front-matter table in README.md.", FrontMatter),
        new("front-matter/duplicate-key", Severity.Error, "A front-matter key is set twice.", "Keep one of the two lines.", FrontMatter),
        new("front-matter/missing-key", Severity.Error, "A required front-matter key is missing or empty.", "Add the key; articles need title, summary, tags, authors, reviewer and reviewed.", FrontMatter),
        new("front-matter/summary-too-long", Severity.Error, "The summary is longer than the limit.", "Shorten the summary to one or two sentences.", FrontMatter),
        new("front-matter/review-order", Severity.Error, "next-review is not after reviewed.", "Set next-review to a later date (default: reviewed + 3 years).", "front matter of articles"),
        new("front-matter/bad-date", Severity.Error, "A date in front matter cannot be read.", "Write dates as YYYY-MM-DD.", FrontMatter),
        new("front-matter/bad-evidence", Severity.Error, "The evidence level is not one of the four levels.", "Use established, moderate, emerging or investigational.", "front matter of articles"),
        new("front-matter/wrong-type", Severity.Error, "A front-matter value has the wrong type (e.g. text where a list is needed).", "Change the value to the type the message names.", FrontMatter),
        new("config/not-object", Severity.Error, "statiq.json is not one JSON object.", "Wrap the settings in { … }.", "statiq.json"),
        new("config/unknown-key", Severity.Warning, "statiq.json has a setting Synapse does not know.", "Check the spelling against the statiq.json reference in README.md.", "statiq.json"),
        new("config/json", Severity.Error, "statiq.json is not valid JSON, or a value has the wrong type.", "Fix the JSON at the position shown.", "statiq.json"),
        new("config/base-url", Severity.Error, "baseUrl is not an absolute URL.", "Use a full origin such as https://synapse.example.org.", "statiq.json"),
        new("config/date", Severity.Error, "A date in statiq.json cannot be read.", "Write dates as YYYY-MM-DD.", "statiq.json"),
        new("config/rules", Severity.Error, "A \"rules\" entry names an unknown rule or severity.", "Use a rule id from `synapse rules` and one of error, warning, info, off.", "statiq.json"),
        new("config/repository", Severity.Error, "repository.url is not an https URL of a repository.", "Use the repository's https address, e.g. https://github.com/owner/site.", "statiq.json"),
        new("config/unsafe-url", Severity.Error, "A URL in statiq.json uses a scheme pages may not link to (javascript:, data:, …).", "Use an http:, https:, mailto: or tel: address.", "statiq.json"),
        new("glossary/yaml", Severity.Error, "The glossary is not valid YAML.", "Check indentation and quoting on the line shown.", "input/_data/glossary.yaml"),
        new("glossary/missing-field", Severity.Error, "A glossary entry lacks 'term' or 'definition'.", "Add the missing field.", "input/_data/glossary.yaml"),
        new("glossary/duplicate-id", Severity.Error, "Two glossary entries have one id.", "Give each entry a unique id.", "input/_data/glossary.yaml"),
        new("bib/yaml", Severity.Error, "The bibliography is not valid YAML.", "Fix the YAML at the position shown.", Bibliography),
        new("bib/json", Severity.Error, "The bibliography is not valid JSON.", "Fix the JSON at the position shown.", Bibliography),
        new("bib/io", Severity.Error, "The bibliography file cannot be read.", "Check that the file exists and is readable.", Bibliography),
        new("bib/structure", Severity.Error, "The bibliography is not a list of references.", "Write a list of CSL references, each a set of fields.", Bibliography),
        new("bib/duplicate-id", Severity.Error, "Two references have one id.", "Give each reference a unique id.", Bibliography),
        new("bib/duplicate-field", Severity.Warning, "A reference sets a field twice.", "Keep one of the two fields.", Bibliography),
        new("bib/missing-field", Severity.Error, "A reference lacks a required field (id, type, title, author or date).", "Add the field the message names.", Bibliography),
        new("bib/bad-field", Severity.Error, "A reference field has the wrong shape.", "Use text, a list of names, or a date as the field needs.", Bibliography),
        new("bib/unknown-type", Severity.Warning, "A reference type is not a CSL type Synapse formats.", "Use a CSL type such as article-journal, book, chapter, webpage or report.", Bibliography),
        new("bib/bad-doi", Severity.Error, "A DOI is not a DOI.", "Write the DOI as 10.xxxx/… without https://doi.org/.", Bibliography),
        new("bib/bad-pmid", Severity.Error, "A PMID is not a PubMed id.", "Write the PMID as digits only.", Bibliography),
        new("bib/bad-year", Severity.Error, "A year is out of range.", "Check the year of the date.", Bibliography),
        new("bib/bad-date", Severity.Error, "A date cannot be read or has no such day.", "Write the date as date-parts or YYYY-MM-DD.", Bibliography),
        new("bib/bad-url", Severity.Error, "A URL is not an http or https address.", "Use a full https:// address.", Bibliography),
        new("content/remote-resource", Severity.Error, "A page loads an image or other resource from another site.", "Save the file under input/ and link it with a relative path.", "Markdown bodies"),
        new("content/unsafe-url", Severity.Error, "A link or image uses a scheme that runs script or embeds a document (javascript:, vbscript:, data:, file:).", "Use http:, https:, mailto:, tel:, a path on this site or a #fragment.", "Markdown links, images and raw HTML"),
        new("content/image-alt", Severity.Warning, "An image has no alternative text.", "Describe the image inside the brackets: ![A diagram of a synapse](synapse.svg).", "Markdown bodies"),
        new("content/h1-in-body", Severity.Warning, "An article contains a level-1 heading.", "Use '## ' for the article's top-level sections; the title is the only h1.", "Markdown bodies of articles"),
        new("link/unknown-xref", Severity.Error, "An xref: link names no page id.", "Use a page's slug (file name without .md) or its 'xref' key.", "Markdown links"),
        new("xref/duplicate-id", Severity.Error, "Two pages have one page id.", "Give one page a unique file name or an 'xref:' key.", FrontMatter),
        new("layout/syntax", Severity.Error, "A Liquid layout has a syntax error.", "Fix the template at the position shown; every {% tag %} needs its {% end… %}.", "theme/layouts and input/_layouts"),
        new("layout/missing", Severity.Error, "The base layout _base.liquid is missing.", "Restore theme/layouts/_base.liquid.", "theme/layouts"),
        new("layout/unknown", Severity.Error, "A page asks for a layout that does not exist.", "Add the layout or use an existing one.", "front matter 'layout'"),
        new("layout/unsafe-html", Severity.Error, "A layout override has inline script, an event-handler attribute or an unsafe URL.", "Keep behaviour in a .js file under theme/assets/ and load it with <script src>; links may use http:, https:, mailto:, tel: or a path.", "input/_layouts"),
        new("layout/render", Severity.Error, "A layout failed while rendering a page.", "Check the layout's variables and includes.", "theme/layouts and input/_layouts"),
        new("redirect/unsafe-path", Severity.Error, "A redirect-from value is not a path of this site (it leaves the site, is empty, or is another site's address).", "Write the old URL as a site path, e.g. redirect-from: [old/lithium].", "front matter 'redirect-from'"),
        new("redirect/conflict", Severity.Error, "A redirect-from value is an existing page's URL or another page's redirect.", "Remove the redirect or keep it on one page.", "front matter 'redirect-from'"),
        new("tag/empty-slug", Severity.Error, "A tag has no letter or digit, so its topic page has no address.", "Use a tag with at least one letter or digit.", "front matter 'tags'"),
        new("output/unsafe-path", Severity.Error, "An output would write outside the output folder or to a malformed path.", "Check the file name, slug or redirect-from value that makes the path.", "every output file"),
        new("output/path-collision", Severity.Error, "Two outputs produce one path (or a file sits where a folder is needed).", "Rename or remove one of the two sources named.", "every output file"),
    ];
}
