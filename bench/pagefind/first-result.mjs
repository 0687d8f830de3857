// Bytes a reader downloads before Pagefind's first results, with Pagefind's own browser API (pagefind.js and its
// WebAssembly) run by Node over a fetch that reads the files from disk and notes each one.
// usage: node first-result.mjs PAGEFIND_DIR N QUERY...   (N: result fragments loaded, as a results list shows them)
// Prints one JSON line per query: {"query", "bytes", "results", "files": [[name, bytes], …]}; bytes per file are
// min(raw, gzip -9), as a server compressing responses sends them (Pagefind's index, fragment and wasm files are
// gzip already, so they count as they are).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

const [dir, shown, ...queries] = process.argv.slice(2)
const transfer = file => { const raw = fs.readFileSync(file); return Math.min(raw.length, zlib.gzipSync(raw, { level: 9 }).length) }

// pagefind.js finds its files from import.meta.url: a copy in a module folder, with fetch mapped back to `dir`.
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-node-'))
fs.writeFileSync(path.join(copy, 'package.json'), '{"type":"module"}')
fs.copyFileSync(path.join(dir, 'pagefind.js'), path.join(copy, 'pagefind.js'))
let fetched
globalThis.fetch = async url => {
  const name = new URL(url, 'file:///').pathname.slice(copy.length + 1)
  fetched.push(name)
  return new Response(fs.readFileSync(path.join(dir, name)))
}

for (const [i, query] of queries.entries()) {
  fetched = ['pagefind.js']
  const pagefind = await import(`${path.join(copy, 'pagefind.js')}?cold=${i}`) // a fresh module: nothing cached
  await pagefind.init()
  const search = await pagefind.search(query)
  await Promise.all(search.results.slice(0, Number(shown)).map(r => r.data()))
  const files = [...new Set(fetched)].map(f => [f, transfer(path.join(dir, f))])
  console.log(JSON.stringify({ query, bytes: files.reduce((s, [, b]) => s + b, 0), results: search.results.length, files }))
}
fs.rmSync(copy, { recursive: true })
