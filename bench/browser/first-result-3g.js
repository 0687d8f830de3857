#!/usr/bin/env node
// First search result on a cold page over "Fast 3G": from the reader's first keystroke on the search page to the first
// result element in the page.
//
//   node first-result-3g.js SITE_OUTPUT ROUNDS QUERY...
//
// Serves SITE_OUTPUT with ../static-server.js (precompressed .br/.gz siblings, other text compressed on the fly, as a
// real host) over HTTP/2 with TLS, as hosts serve sites (SEARCH_HTTP=1: HTTP/1.1, where Chromium opens at most six
// connections to a host, so more than six files wanted at once wait for one another), then ROUNDS times for each QUERY: a new browser context (empty cache) with the cache disabled and the
// network throttled to Fast 3G, opens search/, waits for the load event, clicks the search box (focus starts loading
// lunr.js and meta.json, as theme/assets/search.js does) and types the query with SEARCH_KEY_DELAY ms between keys
// (default 0: one quick burst, so the search runs once, for the whole query). All times are the page's own clock
// (performance.now(), 0 = navigation start): the first keydown, the load event, and the moment a result element is added
// to the results list (MutationObserver), plus the next animation frame; and when the status line first gives the
// result count for the whole query (the full ranking, scored over the index's shards). The search's requests (those started from the
// focus on) are counted from Resource Timing (transferSize: compressed bytes on the wire, headers included).
// Prints one line per query and round (SEARCH_FILES=1: also each request of the search, with its start and end), then
// `FIRST_RESULT … median_ms=… max_ms=…` (first keystroke → first result).
'use strict'
const { serve } = require('../static-server')
const { launch, median, ms, load } = require('./chromium')

const [out, roundsArg, ...queries] = process.argv.slice(2)
if (!out || !roundsArg || !queries.length) { console.error('usage: node first-result-3g.js SITE_OUTPUT ROUNDS QUERY...'); process.exit(2) }
const rounds = Number(roundsArg)
const keyDelay = Number(process.env.SEARCH_KEY_DELAY || 0)
const http2 = process.env.SEARCH_HTTP !== '1'

// Chrome DevTools' "Fast 3G" preset, as defined in front_end/core/sdk/NetworkManager.ts (renamed "3G" and kept as
// "Slow 4G" in newer DevTools; the values are unchanged) and in Puppeteer's PredefinedNetworkConditions['Fast 3G']:
// 1.6 Mbps down and 750 kbps up, each × 0.9, and 150 ms RTT × 3.75 request latency — the same adjustment factors as
// Lighthouse's mobile "devtools" throttling (core/config/constants.js, DEVTOOLS_RTT_ADJUSTMENT_FACTOR and
// DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR). Bytes per second and milliseconds, as Network.emulateNetworkConditions takes them.
const FAST_3G = {
  offline: false,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, // 180,000 B/s
  uploadThroughput: ((750 * 1000) / 8) * 0.9, // 84,375 B/s
  latency: 150 * 3.75, // 562.5 ms
  connectionType: 'cellular3g',
}

// Runs in the page before its own scripts: the first keydown and the first result element, on the page's clock.
const instrument = () => {
  const m = window.__firstResult = { focus: null, keys: [], result: null, frame: null, value: null, full: null }
  addEventListener('focus', () => { m.focus ??= performance.now() }, true)
  addEventListener('keydown', () => m.keys.push(performance.now()), true)
  new MutationObserver((_, observer) => {
    const input = document.querySelector('#search-page-q')
    if (m.result !== null || !document.querySelector('#search-page-results .search__result')) return
    m.result = performance.now()
    m.value = input && input.value
    observer.disconnect()
    requestAnimationFrame(() => { m.frame = performance.now() })
  }).observe(document, { childList: true, subtree: true })
  // The full ranking: the status line says how many results the query has (search.js writes it once the index's shards
  // have been scored), for the whole query as typed.
  new MutationObserver((_, observer) => {
    const input = document.querySelector('#search-page-q'), status = document.querySelector('.search--page [role=status]')
    if (m.full !== null || !status || !input || !/ results? for /.test(status.textContent) || status.textContent.indexOf(`“${input.value.trim()}”`) < 0) return
    m.full = performance.now()
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true, characterData: true })
}

;(async () => {
  const host = await serve(out, 0, { http2 })
  const browser = await launch()
  const rows = []
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const query of queries) {
        const context = await browser.newContext({ ignoreHTTPSErrors: true })
        const page = await context.newPage()
        const cdp = await context.newCDPSession(page)
        await cdp.send('Network.enable')
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
        await cdp.send('Network.emulateNetworkConditions', FAST_3G)
        await page.addInitScript(instrument)
        await page.goto(host.url + 'search/', { waitUntil: 'load', timeout: 120000 })
        await page.click('#search-page-q')
        await page.keyboard.type(query, { delay: keyDelay })
        await page.waitForFunction(() => {
          const m = window.__firstResult
          return (m.result !== null && m.frame !== null && m.full !== null) || /^No result/.test(document.querySelector('.search--page [role=status]')?.textContent || '')
        }, null, { timeout: 120000, polling: 50 })
        const m = await page.evaluate(() => {
          const m = window.__firstResult, nav = performance.getEntriesByType('navigation')[0]
          const resources = performance.getEntriesByType('resource').filter(r => !r.name.endsWith('favicon.svg'))
          const after = resources.filter(r => r.startTime >= m.focus)
          return {
            ...m,
            loadEnd: nav.loadEventEnd,
            protocol: nav.nextHopProtocol,
            pageBytes: resources.filter(r => r.startTime < m.focus).reduce((s, r) => s + r.transferSize, 0) + nav.transferSize,
            requests: after.length,
            bytes: after.reduce((s, r) => s + r.transferSize, 0),
            files: after.map(r => `${new URL(r.name).pathname} ${Math.round(r.startTime - m.keys[0])}→${Math.round(r.responseEnd - m.keys[0])}`),
          }
        })
        await context.close()
        if (m.result === null) throw new Error(`"${query}" gave no results`)
        const row = {
          query, round, fromKey: m.result - m.keys[0], full: m.full - m.keys[0], fromLastKey: m.result - m.keys[m.keys.length - 1], frame: m.frame - m.keys[0],
          fromNavigation: m.result, loadEnd: m.loadEnd, requests: m.requests, bytes: m.bytes, pageBytes: m.pageBytes, value: m.value, protocol: m.protocol,
        }
        rows.push(row)
        console.log(`  ${JSON.stringify(query).padEnd(22)} round ${round}: first keystroke → first result ${ms(row.fromKey)} ms (next frame ${ms(row.frame)} ms, ` +
          `after the last keystroke ${ms(row.fromLastKey)} ms, for "${row.value}"); full ranking ${ms(row.full)} ms; from navigation start ${ms(row.fromNavigation)} ms (load event at ${ms(row.loadEnd)} ms, ` +
          `${row.pageBytes.toLocaleString('en')} B, ${row.protocol}); search requests from the focus on ${row.requests}, ${row.bytes.toLocaleString('en')} B · load ${load()}`)
        if (process.env.SEARCH_FILES) console.log(`      requests (ms from the first keystroke, start→end): ${m.files.join(', ')}`)
      }
    }
    const col = k => rows.map(r => r[k])
    console.log(`FIRST_RESULT queries=${queries.length} rounds=${rounds} http=${http2 ? 2 : 1.1} key_delay_ms=${keyDelay} median_ms=${ms(median(col('fromKey')))} max_ms=${ms(Math.max(...col('fromKey')))} full_ranking_median_ms=${ms(median(col('full')))} ` +
      `from_navigation_median_ms=${ms(median(col('fromNavigation')))} load_event_median_ms=${ms(median(col('loadEnd')))} ` +
      `requests_median=${median(col('requests'))} bytes_median=${ms(median(col('bytes')))} load=${load()}`)
  } catch (e) {
    console.error(`first result on Fast 3G: ${e.message}`)
    process.exitCode = 1
  } finally {
    await browser.close()
    await host.close()
  }
})()
