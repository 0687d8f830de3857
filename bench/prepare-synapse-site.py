#!/usr/bin/env python3
"""Turn a make-corpus.py corpus into a Synapse site.

usage: prepare-synapse-site.py [--as-articles] CORPUS_ARTICLES_DIR REFERENCES_YAML THEME_DIR SITE_DIR

SITE_DIR gets input/articles/*.md (the corpus articles), input/_data/references.yaml,
theme/ (a copy of THEME_DIR) and statiq.json {"title":"Bench","baseUrl":"https://bench.example.org"}.
The only change to the articles: a summary longer than 160 characters (an error in our content
model) is cut to 157 characters followed by "…". Prints how many summaries were cut.

With the default statiq.json, "articles" is not a configured section, so the generator treats the
corpus files as stand-alone pages: no related articles, no reading-level check, no tag pages, no feed
entries. --as-articles (a supplementary measurement, closer to the real site and to what Hugo does
with tags) also declares an "articles" section in statiq.json and adds the front-matter keys an
article requires (authors, reviewer) to every file.
"""
import os, re, shutil, sys

LIMIT, KEEP = 160, 157
SUMMARY = re.compile(r'^summary: "(.*)"$', re.M)


def shorten(m):
    s = m.group(1)
    if len(s) <= LIMIT:
        return m.group(0)
    shorten.count += 1
    return 'summary: "' + s[:KEEP].rstrip() + '…"'


shorten.count = 0


def main():
    args = sys.argv[1:]
    as_articles = "--as-articles" in args
    args = [a for a in args if a != "--as-articles"]
    if len(args) != 4:
        sys.exit(__doc__)
    articles, refs, theme, site = args
    dest = os.path.join(site, "input", "articles")
    os.makedirs(dest, exist_ok=True)
    os.makedirs(os.path.join(site, "input", "_data"), exist_ok=True)
    for name in sorted(os.listdir(articles)):
        if not name.endswith(".md"):
            continue
        with open(os.path.join(articles, name), encoding="utf-8") as f:
            text = f.read()
        # Only the front matter (between the first two '---' lines) is touched.
        end = text.index("\n---\n", 4)
        front = SUMMARY.sub(shorten, text[:end], count=1)
        if as_articles:
            front += "\nauthors: [Synapse editorial team]\nreviewer: Synapse editorial team"
        text = front + text[end:]
        with open(os.path.join(dest, name), "w", encoding="utf-8") as f:
            f.write(text)
    shutil.copy(refs, os.path.join(site, "input", "_data", "references.yaml"))
    shutil.copytree(theme, os.path.join(site, "theme"))
    with open(os.path.join(site, "statiq.json"), "w", encoding="utf-8") as f:
        if as_articles:
            f.write('{"title":"Bench","baseUrl":"https://bench.example.org",\n'
                    ' "sections":[{"id":"articles","title":"Articles","description":"Benchmark corpus."}]}\n')
        else:
            f.write('{"title":"Bench","baseUrl":"https://bench.example.org"}\n')
    print(f"summaries shortened: {shorten.count}")


main()
