#!/usr/bin/env node
// Preview latency: from writing an article's Markdown file to the open page's load event after its live reload.
//
//   node preview-latency.js SYNAPSE_DLL SITE_ROOT EDITS [ARTICLE_MD [URL_PATH]]
//
// Starts `dotnet SYNAPSE_DLL preview --root SITE_ROOT --port 0` (port 0: a free port on 127.0.0.1; the command prints
// "Serving URL from memory"), opens the article in headless Chromium (ARTICLE_MD relative to SITE_ROOT/input, default
// the first file of input/articles; URL_PATH default articles/NAME/), then EDITS times: appends a paragraph with a new
// marker word to the original file, and waits for the page's load event. Every time is taken on this process's clock:
// the write, each line preview prints, and the browser's CDP events (document request, load event) as they arrive
// here; the reloaded page must contain the marker. The file is restored and preview stopped at the end.
// PREVIEW_LOG=FILE keeps everything preview prints, each line with its time (ms since the epoch).
// Prints one line per edit, then `PREVIEW edits=… median_ms=… max_ms=… …` (write → load event).
'use strict'
const fs = require('fs')
const path = require('path')
const readline = require('readline')
const { spawn } = require('child_process')
const { performance } = require('perf_hooks')
const { launch, median, ms, load } = require('./chromium')

const [dll, root, editsArg, articleArg, urlArg] = process.argv.slice(2)
if (!dll || !root || !editsArg) { console.error('usage: node preview-latency.js SYNAPSE_DLL SITE_ROOT EDITS [ARTICLE_MD [URL_PATH]]'); process.exit(2) }
const edits = Number(editsArg)
const startTimeout = Number(process.env.PREVIEW_START_TIMEOUT || 900) * 1000
const settle = Number(process.env.PREVIEW_SETTLE_MS || 1000)
const now = () => performance.timeOrigin + performance.now() // ms since the epoch, sub-millisecond
const sleep = t => new Promise(done => setTimeout(done, t))

const article = articleArg || path.join('articles', fs.readdirSync(path.join(root, 'input', 'articles')).filter(f => f.endsWith('.md')).sort()[0])
const file = path.join(root, 'input', article)
const urlPath = urlArg || `${path.dirname(article)}/${path.basename(article, '.md')}/`
const original = fs.readFileSync(file, 'utf8')

// Preview's stdout, each line with the time it arrived.
const lines = []
let waiters = []
const preview = spawn('dotnet', [dll, 'preview', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
const log = process.env.PREVIEW_LOG ? fs.createWriteStream(process.env.PREVIEW_LOG) : null // everything preview prints, timed
readline.createInterface({ input: preview.stdout }).on('line', text => {
  lines.push({ t: now(), text })
  if (log) log.write(`${now().toFixed(1)} ${text}\n`)
  waiters = waiters.filter(w => !w())
})
let lastError = ''
readline.createInterface({ input: preview.stderr }).on('line', text => {
  if (log) log.write(`${now().toFixed(1)} ${text}\n`)
  if (/: error /.test(text)) lastError = text
})
const exited = new Promise(done => preview.on('exit', code => done(code)))
const nextLine = (pattern, after, timeout) => new Promise((resolve, reject) => {
  const check = () => { const l = lines.find(x => x.t >= after && pattern.test(x.text)); if (l) resolve(l); return !!l }
  if (check()) return
  waiters.push(check)
  setTimeout(() => reject(new Error(`preview printed no line matching ${pattern} within ${timeout / 1000} s`)), timeout).unref()
  exited.then(code => reject(new Error(`preview exited (code ${code}) ${lastError}`)))
})

;(async () => {
  let browser
  try {
    const started = now()
    const serving = await nextLine(/^Serving (\S+) from memory/, 0, startTimeout)
    const base = /^Serving (\S+)/.exec(serving.text)[1]
    console.log(`  preview: first build and server start ${((serving.t - started) / 1000).toFixed(1)} s; ${base}${urlPath}`)

    browser = await launch()
    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)
    const events = []
    let onLoad = () => {}
    cdp.on('Page.loadEventFired', () => { const e = { t: now(), kind: 'load' }; events.push(e); onLoad(e) })
    cdp.on('Network.requestWillBeSent', e => { if (e.type === 'Document') events.push({ t: now(), kind: 'request' }) })
    await cdp.send('Page.enable')
    await cdp.send('Network.enable')
    const connected = () => page.waitForResponse(r => r.url().endsWith('/_synapse/events'), { timeout: 60000 })
    let stream = connected()
    await page.goto(base + urlPath, { waitUntil: 'load' })
    await stream
    await sleep(settle)

    const rows = []
    for (let i = 1; i <= edits; i++) {
      const marker = `previewmark${i}x${Math.random().toString(36).slice(2, 8)}`
      const text = original.replace(/\s*$/, `\n\nThis paragraph was edited: ${marker}.\n`)
      events.length = 0
      stream = connected()
      const t0 = now()
      fs.writeFileSync(file, text)
      const t1 = now()
      const loaded = await new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error(`edit ${i}: no reload within 60 s`)), 60000).unref()
        onLoad = resolve
      })
      const seen = await page.evaluate(m => ({
        has: document.body.textContent.includes(m),
        origin: performance.timeOrigin,
        loadEnd: performance.getEntriesByType('navigation')[0].loadEventEnd,
      }), marker)
      if (!seen.has) throw new Error(`edit ${i}: the page reloaded without the edit`)
      const rendered = await nextLine(/re-rendered \d+ of \d+ pages/, t0, 60000)
      const checked = lines.filter(l => l.t >= t0 && /pages in [\d.]+ s/.test(l.text)).pop()
      const request = events.find(x => x.kind === 'request')
      const row = {
        total: loaded.t - t0,
        write: t1 - t0,
        rebuilt: rendered.t - t0,
        // The page's own render when preview rendered it alone ("… at once in N ms"), else the whole build's time.
        build: /at once in \d+ ms/.test(rendered.text) ? Number(/at once in (\d+) ms/.exec(rendered.text)[1])
          : checked ? Number(/in ([\d.]+) s/.exec(checked.text)[1]) * 1000 : NaN,
        request: request ? request.t - t0 : NaN,
        browserLoad: seen.origin + seen.loadEnd - t0,
        pages: /re-rendered (\d+ of \d+)/.exec(rendered.text)[1],
      }
      rows.push(row)
      console.log(`  edit ${String(i).padStart(2)}: write → load event ${ms(row.total)} ms (preview printed "re-rendered" at ${ms(row.rebuilt)} ms, render ${ms(row.build)} ms; ` +
        `document requested at ${ms(row.request)} ms; page's own loadEventEnd at ${ms(row.browserLoad)} ms; re-rendered ${row.pages} pages) · load ${load()}`)
      await stream
      // The full build that follows a page rendered alone ends before the next edit, as between an editor's saves.
      if (/at once/.test(rendered.text)) await nextLine(/re-rendered \d+ of \d+ pages$/, t0, 600000)
      await sleep(settle)
    }
    const col = k => rows.map(r => r[k])
    console.log(`PREVIEW edits=${edits} median_ms=${ms(median(col('total')))} max_ms=${ms(Math.max(...col('total')))} ` +
      `rebuilt_median_ms=${ms(median(col('rebuilt')))} render_median_ms=${ms(median(col('build')))} request_median_ms=${ms(median(col('request')))} ` +
      `load=${load()}`)
  } catch (e) {
    console.error(`preview latency: ${e.message}`)
    process.exitCode = 1
  } finally {
    fs.writeFileSync(file, original)
    if (browser) await browser.close()
    preview.kill('SIGTERM')
    await Promise.race([exited, sleep(5000)])
  }
})()
