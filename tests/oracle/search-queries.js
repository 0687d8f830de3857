#!/usr/bin/env node
// Runs queries through theme/assets/search.js's query code (parse, search, mark, suggest) with lunr.js,
// against search-index.json and search-docs.json written by the C# SearchIndexWriter.
// usage: node search-queries.js DIR < ["query", ...]  ->  {"query": {"refs": [...], "partial": bool,
//        "title": "<marked title of the first hit>", "excerpt": "...", "suggestions": [...]}, ...}
'use strict'
const fs = require('fs')
const path = require('path')
global.lunr = require('lunr')
const { parse, search, mark, suggest } = require(path.join(__dirname, '..', '..', 'theme', 'assets', 'search.js'))

const dir = process.argv[2]
const idx = lunr.Index.load(JSON.parse(fs.readFileSync(path.join(dir, 'search-index.json'), 'utf8')))
const store = JSON.parse(fs.readFileSync(path.join(dir, 'search-docs.json'), 'utf8'))
const out = {}
for (const q of JSON.parse(fs.readFileSync(0, 'utf8'))) {
  const { hits, partial } = search(idx, parse(q, store.synonyms))
  const first = hits[0] && store.docs[hits[0].ref]
  out[q] = {
    refs: hits.map(h => h.ref),
    partial,
    title: first ? mark(first[0], hits[0].terms) : '',
    summary: first ? mark(first[2], hits[0].terms) : '',
    suggestions: suggest(store.docs, q)
  }
}
process.stdout.write(JSON.stringify(out))
