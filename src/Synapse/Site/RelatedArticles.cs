namespace Synapse.Site;

/// <summary>
/// "Articles sharing the most tags" without comparing every pair: articles are grouped by their tag list, each group
/// sorted by URL, with an inverted index from tag to the groups that have it. For one article, only the groups
/// sharing a tag are visited, and from each only its first few URLs are candidates, so the cost per article is the
/// number of distinct tag lists sharing one of its tags, not the number of articles. The order is the pairwise one:
/// most shared tags first (a tag listed twice counts twice, as <c>Count(tags.Contains)</c> does), then by URL.
/// </summary>
internal sealed class RelatedArticles<T> where T : class
{
    private readonly Func<T, IReadOnlyList<string>> _tags;
    private readonly Func<T, string> _url;
    private readonly (string[] Tags, T[] Items)[] _groups;
    private readonly Dictionary<string, List<int>> _groupsByTag = new(StringComparer.Ordinal);

    public RelatedArticles(IEnumerable<T> items, Func<T, IReadOnlyList<string>> tags, Func<T, string> url)
    {
        (_tags, _url) = (tags, url);
        _groups = items
            .Select(item => (Item: item, Tags: tags(item).Order(StringComparer.Ordinal).ToArray()))
            .Where(x => x.Tags.Length > 0)
            .GroupBy(x => string.Join('\n', x.Tags), StringComparer.Ordinal)
            .Select(g => (g.First().Tags, g.Select(x => x.Item).OrderBy(url, StringComparer.Ordinal).ToArray()))
            .ToArray();
        for (int g = 0; g < _groups.Length; g++)
            foreach (string tag in _groups[g].Tags.Distinct(StringComparer.Ordinal))
            {
                if (!_groupsByTag.TryGetValue(tag, out var list)) _groupsByTag[tag] = list = [];
                list.Add(g);
            }
    }

    /// <summary>
    /// Up to <paramref name="count"/> items sharing at least one tag with <paramref name="item"/>, most shared tags
    /// first, then by URL (ordinal); never the item itself (by <c>Equals</c>) nor any of <paramref name="excluded"/>.
    /// The groups are taken level by level, most shared tags first, and only the levels the answer reaches are sorted:
    /// from each group of a level, its first items by URL (as many as are still missing) are enough.
    /// </summary>
    public List<T> Top(T item, IReadOnlyCollection<T> excluded, int count)
    {
        var result = new List<T>();
        if (count <= 0) return result;
        var tags = _tags(item).ToHashSet(StringComparer.Ordinal);
        var visited = new HashSet<int>();
        var levels = new SortedDictionary<int, List<int>>(Comparer<int>.Create((a, b) => b.CompareTo(a))); // shared tags → groups
        foreach (string tag in tags)
        {
            if (!_groupsByTag.TryGetValue(tag, out var groups)) continue;
            foreach (int g in groups)
            {
                if (!visited.Add(g)) continue;
                int shared = 0;
                foreach (var t in _groups[g].Tags)
                    if (tags.Contains(t)) shared++;
                if (!levels.TryGetValue(shared, out var level)) levels[shared] = level = [];
                level.Add(g);
            }
        }

        var candidates = new List<T>();
        foreach (var level in levels.Values)
        {
            int missing = count - result.Count;
            candidates.Clear();
            foreach (int g in level)
            {
                var items = _groups[g].Items;
                int taken = 0;
                for (int i = 0; i < items.Length && taken < missing; i++)
                {
                    if (items[i].Equals(item) || excluded.Contains(items[i])) continue;
                    candidates.Add(items[i]);
                    taken++;
                }
            }
            result.AddRange(candidates.OrderBy(_url, StringComparer.Ordinal).Take(missing));
            if (result.Count == count) break;
        }
        return result;
    }
}
