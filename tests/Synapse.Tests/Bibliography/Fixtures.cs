using Synapse.Diagnostics;
using SiteBibliography = Synapse.Bibliography.SiteBibliography;
using BibliographyLoader = Synapse.Bibliography.BibliographyLoader;

namespace Synapse.Tests.Bibliography;

/// <summary>A small hand-written bibliography covering every kind of reference we format.</summary>
internal static class Fixtures
{
    public const int Year = 2025;
    public const string Path = "input/_data/references.yaml";

    public const string Yaml = """
        - id: rose2002
          type: article-journal
          title: Regulation of interstitial excitatory amino acid concentrations after cortical contusion injury
          author:
            - {family: Rose, given: Marie E.}
            - {family: Huerbin, given: Michael B.}
            - {family: Melick, given: John}
            - {family: Marion, given: Donald W.}
            - {family: Palmer, given: Alan M.}
            - {family: Schiding, given: Joanne K.}
            - {family: Kochanek, given: Patrick M.}
          container-title: Brain Research
          container-title-short: Brain Res
          issued: {date-parts: [[2002, 6, 7]]}
          volume: 935
          issue: 1-2
          page: 40–46
          DOI: 10.1016/s0006-8993(02)02445-9
          PMID: 12062471
        - id: murray2002
          type: book
          title: Medical microbiology
          author:
            - {family: Murray, given: Patrick R.}
            - {family: Rosenthal, given: Ken S.}
            - {family: Kobayashi, given: George S.}
            - {family: Pfaller, given: Michael A.}
          edition: 4
          publisher: Mosby
          publisher-place: St. Louis
          issued: {date-parts: [[2002]]}
        - id: gilstrap2002
          type: book
          title: Operative obstetrics
          editor:
            - {family: Gilstrap, given: Larry C., suffix: 3rd}
            - {family: Cunningham, given: F. Gary}
            - {family: VanDorsten, given: J. Peter}
          edition: 2
          publisher: McGraw-Hill
          publisher-place: New York
          issued: 2002
        - id: meltzer2002
          type: chapter
          title: Chromosome alterations in human solid tumors
          author:
            - {family: Meltzer, given: Paul S.}
            - {family: Kallioniemi, given: Anne}
            - {family: Trent, given: Jeffrey M.}
          editor:
            - {family: Vogelstein, given: Bert}
            - {family: Kinzler, given: Kenneth W.}
          container-title: The genetic basis of human cancer
          publisher: McGraw-Hill
          publisher-place: New York
          issued: {date-parts: [[2002]]}
          page: 93-113
        - id: who2017
          type: report
          title: 'Depression and other common mental disorders: global health estimates'
          author:
            - literal: World Health Organization
          publisher: World Health Organization
          publisher-place: Geneva
          number: WHO/MSD/MER/2017.2
          issued: {date-parts: [[2017]]}
          URL: https://apps.who.int/iris/handle/10665/254610
          accessed: {date-parts: [[2024, 1, 5]]}
        - id: nimh-depression
          type: webpage
          title: Depression
          publisher: National Institute of Mental Health
          publisher-place: Bethesda (MD)
          issued: 2023-04
          url: https://www.nimh.nih.gov/health/topics/depression
          accessed: 2024-01-05
        - id: fda-spravato-2019
          type: regulatory
          title: 'NDA approval letter: Spravato (esketamine) nasal spray'
          genre: Approval letter
          publisher: U.S. Food and Drug Administration
          publisher-place: Silver Spring (MD)
          number: NDA 211243
          issued: {date-parts: [[2019, 3, 5]]}
          URL: https://www.accessdata.fda.gov/drugsatfda_docs/appletter/2019/211243Orig1s000ltr.pdf
          accessed: {date-parts: [[2024, 1, 10]]}
        """;

    public static SiteBibliography Load(string yaml = Yaml) => Load(yaml, new DiagnosticBag());

    public static SiteBibliography Load(string yaml, DiagnosticBag bag) =>
        BibliographyLoader.Load([(Path, yaml)], bag, Year);

    public static Synapse.Bibliography.Reference Get(this SiteBibliography bibliography, string key) =>
        bibliography.TryGet(key, out var reference) ? reference : throw new KeyNotFoundException(key);
}
