#!/usr/bin/env node
// Runs queries through theme/assets/search.js's query code (parse, engine, search, mark, suggest) with lunr.js,
// against the search-index/ files written by the C# SearchIndexWriter.
// usage: node search-queries.js DIR < ["query", ...]  ->  {"query": {"refs": [...], "partial": bool,
//        "title": "<marked title of the first hit>", "excerpt": "...", "suggestions": [...]}, ...}
'use strict'
const fs = require('fs')
const path = require('path')
global.lunr = require('lunr')
const { parse, engine, search, mark, suggest } = require(path.join(__dirname, '..', '..', 'theme', 'assets', 'search.js'))

const dir = path.join(process.argv[2], 'search-index')
const read = async f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))
;(async () => {
  const meta = await read('meta.json')
  const idx = engine(meta, read)
  const out = {}
  for (const q of JSON.parse(fs.readFileSync(0, 'utf8'))) {
    const { hits, partial } = await search(idx, parse(q, meta.synonyms))
    const docs = await Promise.all(hits.map(h => idx.doc(h.ref)))
    const first = docs[0]
    out[q] = {
      refs: docs.map(d => d[0]),
      partial,
      title: first ? mark(first[1], hits[0].terms) : '',
      summary: first ? mark(first[3], hits[0].terms) : '',
      suggestions: suggest(await idx.words(), q)
    }
  }
  process.stdout.write(JSON.stringify(out))
})().catch(e => { console.error(e); process.exit(1) })
