#!/usr/bin/env node
// The sharded search files (search-index/, written by SearchShards.cs) against lunr.js 2.3.9 over one full index.
// usage: node search-shards.js < {"dir": "<output folder>", "full": "<lunr index JSON file>" | null,
//          "assemble": bool, "queries": ["lunr query string", …], "ui": ["what a reader types", …], "payload": ["…", …]}
// "full" is lunr's serialized index of the same documents; when null it is reassembled from the shards.
// Prints {"assembled": "<with assemble: the index reassembled from the shards, as JSON.stringify writes it>",
//   "queries": n, "withResults": n, "ui": n, "uiWithResults": n, "mismatches": ["…"],
//   "payload": {"query": {"bytes": n, "files": ["…"]}}, "pagePayload": {"query": {"bytes": n, "instant": n, "files": ["…"]}}}
// A result matches when both sides return the same refs in the same order with identical scores (===) and the
// same matched terms, or both throw the same error. Payload bytes: what a reader with an empty cache downloads
// before the header box shows its first results — lunr.js, search.js, meta.json, the shards the query needs and
// the documents shown — each file counted at min(raw, gzip -9) bytes, as a server compressing responses sends it.
// Page payload: the same before the search page shows its first results — lunr.js, search.js and page.js, which load
// with the page; when the titles and summaries in page.js match nothing ("instant": 0), also the files the full
// ranking needs before it shows its results (the documents shown are in page.js).
'use strict'
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')
global.lunr = require('lunr')
const assets = path.join(__dirname, '..', '..', 'theme', 'assets')
const { parse, engine, search, instant } = require(path.join(assets, 'search.js'))

const req = JSON.parse(fs.readFileSync(0, 'utf8'))
const dir = path.join(req.dir, 'search-index')
const read = f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))
const meta = read('meta.json')
const refs = Array.from({ length: meta.docs }, (_, d) => read(`d/${d}.json`)[0])

// Every term, every shard: the index as lunr.Index.toJSON would serialize it.
function assemble () {
  const terms = []
  meta.blocks.forEach((b, k) => {
    let prev = ''
    for (const w of read(`w/${k}.json`).split(' ')) terms.push(prev = prev.slice(0, w.charCodeAt(0) - 48) + w.slice(1))
    if (terms.length !== (k + 1 < meta.blocks.length ? meta.blocks[k + 1][1] : meta.terms)) throw new Error(`block ${k} has ${terms.length} terms so far`)
  })
  let inBuckets = 0
  for (let h = 0; h < meta.rests; h++) {
    const list = read(`r/${h}.json`)
    inBuckets += list.length / 2
    for (let i = 0; i < list.length; i += 2) if (terms[list[i]] !== list[i + 1]) throw new Error(`rest bucket ${h}: term ${list[i]} is ${terms[list[i]]}, not ${list[i + 1]}`)
  }
  if (inBuckets !== terms.length) throw new Error(`${inBuckets} terms in rest buckets, ${terms.length} in blocks`)
  const vectors = refs.map(() => meta.fields.map(() => []))
  const invertedIndex = []
  meta.shards.forEach((start, k) => read(`t/${k}.json`).forEach((p, j) => {
    const posting = { _index: p[0] }
    meta.fields.forEach((f, i) => {
      const docs = posting[f] = {}
      for (let x = 0, d = -1; x < p[i + 1].length; x += 2) {
        docs[refs[d += p[i + 1][x]]] = {}
        vectors[d][i].push([p[0], p[i + 1][x + 1]])
      }
    })
    invertedIndex.push([terms[start + j], posting])
  }))
  const fieldVectors = []
  refs.forEach((ref, d) => meta.fields.forEach((f, i) =>
    fieldVectors.push([`${f}/${ref}`, vectors[d][i].sort((a, b) => a[0] - b[0]).flat()])))
  return JSON.stringify({ version: '2.3.9', fields: meta.fields, fieldVectors, invertedIndex, pipeline: ['stemmer'] })
}

const gzipped = new Map()
const transfer = file => {
  if (!gzipped.has(file)) {
    const raw = fs.readFileSync(file)
    gzipped.set(file, Math.min(raw.length, zlib.gzipSync(raw, { level: 9 }).length))
  }
  return gzipped.get(file)
}

// An engine reading the files from disk, noting each file it fetches.
const local = fetched => engine(meta, async f => { fetched.push(f); return read(f) })

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i])
const describe = r => r.map(x => `${x.ref}:${x.score}`).slice(0, 10).join(' ')
function compare (label, full, sharded, mismatches) {
  if (full.error !== undefined || sharded.error !== undefined) {
    if (full.error !== sharded.error) mismatches.push(`${label}: full ${full.error ?? 'ok'}, sharded ${sharded.error ?? 'ok'}`)
    return
  }
  const a = full.results, b = sharded.results
  const ok = a.length === b.length && a.every((x, i) => x.ref === refs[b[i].ref] && x.score === b[i].score &&
    same(Object.keys(x.matchData.metadata).sort(), Object.keys(b[i].matchData.metadata).sort()))
  if (!ok) mismatches.push(`${label}: full [${describe(a)}], sharded [${describe(b.map(x => ({ ref: refs[x.ref], score: x.score })))}]`)
}
const attempt = async fn => { try { return { results: await fn() } } catch (e) { return { error: String(e && e.message) } } }

;(async () => {
  const assembled = assemble()
  const full = lunr.Index.load(JSON.parse(req.full ? fs.readFileSync(req.full, 'utf8') : assembled))
  const sharded = local([])
  const out = { assembled: req.assemble ? assembled : '', queries: 0, withResults: 0, ui: 0, uiWithResults: 0, mismatches: [], payload: {}, pagePayload: {} }

  for (const q of req.queries || []) {
    const a = await attempt(() => full.search(q)), b = await attempt(() => sharded.search(q))
    compare(JSON.stringify(q), a, b, out.mismatches)
    out.queries++
    if (a.results && a.results.length) out.withResults++
  }
  // The site's own query (search.js parse/search: exact, typo, prefix and synonym clauses, then "most words" filter).
  const wholeIndex = { query: async fn => full.query(fn) }
  for (const q of req.ui || []) {
    const groups = parse(q, meta.synonyms)
    const a = await search(wholeIndex, groups), b = await search(sharded, groups)
    compare(`ui ${JSON.stringify(q)}`, { results: a.hits }, { results: b.hits }, out.mismatches)
    if (a.partial !== b.partial) out.mismatches.push(`ui ${JSON.stringify(q)}: partial ${a.partial} vs ${b.partial}`)
    out.ui++
    if (a.hits.length) out.uiWithResults++
  }
  for (const q of req.payload || []) {
    const fetched = []
    const cold = local(fetched)
    const { hits } = await search(cold, parse(q, meta.synonyms))
    await Promise.all(hits.slice(0, 8).map(h => cold.doc(h.ref)))
    if (!hits.length) await cold.words()
    const files = [path.join(assets, 'lunr.js'), path.join(assets, 'search.js'), path.join(dir, 'meta.json'), ...fetched.map(f => path.join(dir, f))]
    out.payload[q] = { bytes: files.reduce((sum, f) => sum + transfer(f), 0), results: hits.length, files: files.map(f => `${path.basename(path.dirname(f))}/${path.basename(f)}:${transfer(f)}`) }
  }
  global.self = {}
  new Function('self', fs.readFileSync(path.join(dir, 'page.js'), 'utf8'))(global.self)
  const pageData = global.self.synapseSearchData
  if (JSON.stringify(pageData.meta) !== JSON.stringify(meta)) throw new Error('page.js holds another meta than meta.json')
  for (const q of req.payload || []) {
    const fetched = []
    const groups = parse(q, meta.synonyms), early = pageData.docs ? instant(pageData.docs, groups).hits.length : 0
    if (!early) {
      const cold = local(fetched), { hits } = await search(cold, groups)
      if (!pageData.docs) await Promise.all(hits.slice(0, 50).map(h => cold.doc(h.ref)))
      if (!hits.length) fetched.push('words.json')
    }
    const files = [path.join(assets, 'lunr.js'), path.join(assets, 'search.js'), path.join(dir, 'page.js'), ...[...new Set(fetched)].map(f => path.join(dir, f))]
    out.pagePayload[q] = { bytes: files.reduce((sum, f) => sum + transfer(f), 0), instant: early, files: files.map(f => `${path.basename(path.dirname(f))}/${path.basename(f)}:${transfer(f)}`) }
  }
  process.stdout.write(JSON.stringify(out))
})().catch(e => { console.error(e); process.exit(1) })
