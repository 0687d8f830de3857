#!/usr/bin/env node
// Lighthouse (pinned in package.json) performance and accessibility scores, mobile (Lighthouse's default config: a
// Moto G Power screen, simulated slow 4G and 4× CPU slowdown), for pages of a built site served over HTTP with
// compression by ../static-server.js, in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
//
//   node scores.js SITE_OUTPUT RUNS LABEL=PATH...      e.g. node scores.js out 3 home= article=neurotransmitters/serotonin/ search=search/
//
// Each run of each page is a fresh Lighthouse CLI run (its own Chromium). Prints per run the two scores, the metrics and
// every audit in those categories that is not passed; then per page the medians and the CSS and JS the page loads
// (uncompressed, from Lighthouse's network records; "search aside" leaves out search.css, search.js and lunr.js);
// then `LIGHTHOUSE runs=… LABEL_perf=… LABEL_a11y=… …` and `PAGE_CSS_JS LABEL=… …` (bytes, search aside).
// LIGHTHOUSE_KEEP=DIR keeps each run's JSON report there (LABEL-RUN.json).
'use strict'
const fs = require('fs')
const os = require('os')
const path = require('path')
const { execFile } = require('child_process')
const { serve } = require('../static-server')

const [out, runsArg, ...pages] = process.argv.slice(2)
if (!out || !runsArg || !pages.length) { console.error('usage: node scores.js SITE_OUTPUT RUNS LABEL=PATH...'); process.exit(2) }
const runs = Number(runsArg)
const cli = path.join(__dirname, 'node_modules', 'lighthouse', 'cli', 'index.js')
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium'
const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync'
const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join('/')
const median = xs => { const s = [...xs].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2 }
const searchAsset = url => /\/assets\/(search\.(css|js)|lunr\.js)$/.test(new URL(url).pathname)

const lighthouse = (url, file) => new Promise((resolve, reject) => {
  execFile(process.execPath, [cli, url, '--quiet', '--output=json', `--output-path=${file}`, '--only-categories=performance,accessibility',
    `--chrome-flags=${flags}`], { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
    if (error) return reject(new Error(`lighthouse ${url}: ${(stderr || error.message).trim().split('\n').slice(-3).join(' ')}`))
    resolve(JSON.parse(fs.readFileSync(file, 'utf8')))
  })
})

// Audits of a category that count and did not pass (score below 1), with their shown value.
const failing = (lhr, category) => lhr.categories[category].auditRefs
  .map(ref => ({ ref, audit: lhr.audits[ref.id] }))
  .filter(({ ref, audit }) => audit.score !== null && audit.score < 1 && (ref.weight > 0 || category === 'performance' && audit.details?.type === 'opportunity'))
  .map(({ audit }) => `${audit.id} (${audit.score.toFixed(2)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`)

;(async () => {
  const host = await serve(out)
  const keep = process.env.LIGHTHOUSE_KEEP // a folder for the JSON reports, kept
  const dir = keep ? (fs.mkdirSync(keep, { recursive: true }), keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'))
  const results = Object.fromEntries(pages.map(p => [p.split('=')[0], []]))
  try {
    for (let run = 1; run <= runs; run++) {
      for (const page of pages) {
        const [label, urlPath] = page.split(/=(.*)/s)
        const l = load()
        const lhr = await lighthouse(host.url + urlPath, path.join(dir, `${label}-${run}.json`))
        if (lhr.runtimeError) throw new Error(`${label}: ${lhr.runtimeError.message}`)
        const perf = Math.round(lhr.categories.performance.score * 100), a11y = Math.round(lhr.categories.accessibility.score * 100)
        const metric = id => lhr.audits[id].displayValue?.replace(/\s/g, ' ')
        const requests = lhr.audits['network-requests'].details.items
        const assets = requests.filter(r => ['Script', 'Stylesheet'].includes(r.resourceType))
        const bytes = list => list.reduce((s, r) => s + r.resourceSize, 0)
        results[label].push({ perf, a11y, cssJs: bytes(assets), cssJsAside: bytes(assets.filter(r => !searchAsset(r.url))), assets: assets.map(r => `${new URL(r.url).pathname} ${r.resourceSize}`) })
        console.log(`  ${label.padEnd(8)} run ${run}: performance ${perf}, accessibility ${a11y} · FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
          `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')} · benchmarkIndex ${lhr.environment.benchmarkIndex} · load ${l}`)
        for (const category of ['performance', 'accessibility']) {
          const list = failing(lhr, category)
          if (list.length) console.log(`           not passed (${category}): ${list.join('; ')}`)
        }
        const errors = ['performance', 'accessibility'].flatMap(c => lhr.categories[c].auditRefs).map(r => lhr.audits[r.id]).filter(a => a.scoreDisplayMode === 'error')
        if (errors.length) console.log(`           audits that could not run: ${errors.map(a => a.id).join(', ')} (${[...new Set(errors.map(a => a.errorMessage.replace(/^.*: /, '')))].join('; ')})`)
        for (const w of lhr.runWarnings) console.log(`           warning: ${w}`)
      }
    }
    const summary = [], weights = []
    for (const [label, rows] of Object.entries(results)) {
      const perf = median(rows.map(r => r.perf)), a11y = median(rows.map(r => r.a11y)), last = rows[rows.length - 1]
      console.log(`  ${label.padEnd(8)} median performance ${perf}, accessibility ${a11y}; CSS + JS ${last.cssJs.toLocaleString('en')} B uncompressed, ` +
        `${last.cssJsAside.toLocaleString('en')} B search aside (${last.assets.join(', ')})`)
      summary.push(`${label}_perf=${perf} ${label}_a11y=${a11y}`)
      weights.push(`${label}=${last.cssJsAside}`)
    }
    console.log(`LIGHTHOUSE runs=${runs} ${summary.join(' ')} load=${load()}`)
    console.log(`PAGE_CSS_JS ${weights.join(' ')} budget=30720`)
  } catch (e) {
    console.error(`lighthouse: ${e.message}`)
    process.exitCode = 1
  } finally {
    await host.close()
    if (!keep) fs.rmSync(dir, { recursive: true, force: true })
  }
})()
