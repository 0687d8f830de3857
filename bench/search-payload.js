#!/usr/bin/env node
// Bytes a reader downloads before Synapse's search shows its first results, with theme/assets/search.js's own query
// code (parse, engine, search) over a built site's search-index/ files read from disk.
// usage: node search-payload.js SITE_OUTPUT N QUERY...   (N: documents fetched for the results shown; the header box shows 8)
// Prints one JSON line per query, as bench/pagefind/first-result.mjs does: {"query", "bytes", "results", "files": [[name, bytes], …]}
// for the header box, plus "page": {"bytes", "instant", "files"} for the search page, which loads lunr.js, search.js and
// search-index/page.js with itself and shows title and summary matches from page.js ("instant": how many); when those
// match nothing, or page.js holds no documents, the files the full ranking fetches before it shows results are added.
// Each query starts cold (nothing cached). Bytes per file are min(raw, gzip -9), as a server compressing responses
// sends them: assets/lunr.js, assets/search.js, search-index/meta.json, then every file the query fetches.
'use strict'
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')
const repo = path.join(__dirname, '..')
global.lunr = require(path.join(repo, 'tests', 'oracle', 'node_modules', 'lunr'))

const [out, shown, ...queries] = process.argv.slice(2)
const { parse, engine, search, instant } = require(path.join(out, 'assets', 'search.js'))
const transfer = file => { const raw = fs.readFileSync(path.join(out, file)); return Math.min(raw.length, zlib.gzipSync(raw, { level: 9 }).length) }
const read = file => JSON.parse(fs.readFileSync(path.join(out, 'search-index', file), 'utf8'))

;const pageData = (() => {
  const file = path.join(out, 'search-index', 'page.js')
  if (!fs.existsSync(file)) return null
  const self = {}
  new Function('self', fs.readFileSync(file, 'utf8'))(self)
  return self.synapseSearchData
})()
const searchPage = query => pageData && (async () => {
  const fetched = ['assets/lunr.js', 'assets/search.js', 'search-index/page.js']
  const groups = parse(query, pageData.meta.synonyms), early = pageData.docs ? instant(pageData.docs, groups).hits.length : 0
  if (!early) {
    const idx = engine(pageData.meta, async f => { fetched.push(`search-index/${f}`); return read(f) })
    const { hits } = await search(idx, groups)
    if (!pageData.docs) await Promise.all(hits.slice(0, 50).map(h => idx.doc(h.ref)))
    if (!hits.length) await idx.words()
  }
  const files = [...new Set(fetched)].map(f => [f, transfer(f)])
  return { bytes: files.reduce((s, [, b]) => s + b, 0), instant: early, files }
})()

;(async () => {
  for (const query of queries) {
    const fetched = ['assets/lunr.js', 'assets/search.js', 'search-index/meta.json']
    const meta = read('meta.json')
    const idx = engine(meta, async f => { fetched.push(`search-index/${f}`); return read(f) })
    const { hits } = await search(idx, parse(query, meta.synonyms))
    await Promise.all(hits.slice(0, Number(shown)).map(h => idx.doc(h.ref)))
    if (!hits.length) await idx.words()
    const files = [...new Set(fetched)].map(f => [f, transfer(f)])
    console.log(JSON.stringify({ query, bytes: files.reduce((s, [, b]) => s + b, 0), results: hits.length, files, page: await searchPage(query) }))
  }
})().catch(e => { console.error(e); process.exit(1) })
