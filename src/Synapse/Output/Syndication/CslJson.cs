using Synapse.Bibliography;

namespace Synapse.Output.Syndication;

/// <summary>A reference as a CSL-JSON item (the format Zotero, Pandoc and citeproc read), with only the fields it has.</summary>
internal static class CslJson
{
    public static Dictionary<string, object> Item(Reference r)
    {
        var item = new Dictionary<string, object> { ["id"] = r.Id, ["type"] = r.Type };
        void Text(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) item[key] = value;
        }
        Text("title", r.Title);
        if (r.Authors.Count > 0) item["author"] = r.Authors.Select(Name).ToList();
        if (r.Editors.Count > 0) item["editor"] = r.Editors.Select(Name).ToList();
        Text("container-title", r.ContainerTitle);
        Text("container-title-short", r.ContainerTitleShort);
        if (r.Issued is { } issued) item["issued"] = Date(issued);
        if (r.Accessed is { } accessed) item["accessed"] = Date(accessed);
        Text("DOI", r.Doi);
        Text("PMID", r.Pmid);
        Text("URL", r.Url);
        Text("publisher", r.Publisher);
        Text("publisher-place", r.PublisherPlace);
        Text("volume", r.Volume);
        Text("issue", r.Issue);
        Text("page", r.Page);
        Text("number", r.Number);
        Text("genre", r.Genre);
        Text("edition", r.Edition);
        return item;
    }

    private static Dictionary<string, object> Name(PersonName n)
    {
        var name = new Dictionary<string, object>();
        void Text(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) name[key] = value;
        }
        Text("family", n.Family);
        Text("given", n.Given);
        Text("literal", n.Literal);
        Text("non-dropping-particle", n.NonDroppingParticle);
        Text("dropping-particle", n.DroppingParticle);
        Text("suffix", n.Suffix);
        return name;
    }

    private static Dictionary<string, object> Date(CslDate d)
    {
        var parts = new List<int> { d.Year };
        if (d.Month is { } m)
        {
            parts.Add(m);
            if (d.Day is { } day) parts.Add(day);
        }
        return new Dictionary<string, object> { ["date-parts"] = new[] { parts } };
    }
}
