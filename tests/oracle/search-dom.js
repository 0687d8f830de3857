#!/usr/bin/env node
// Drives theme/assets/search.js in happy-dom: an article page with the header form, then the search page
// (both rendered by the C# test from the Liquid partials), the search files from the C# writer, and lunr.js.
// usage: node search-dom.js < {"header": "<form…>", "page": "<div…>", "dir": "<folder with search-index/>", "base": "/sub/"}
// Prints what it checked; exits non-zero on the first failed check.
'use strict'
const assert = require('assert/strict')
const fs = require('fs')
const path = require('path')
const { Window } = require('happy-dom')

const { header: headerHtml, page: pageHtml, dir, base } = JSON.parse(fs.readFileSync(0, 'utf8'))
const script = fs.readFileSync(path.join(__dirname, '..', '..', 'theme', 'assets', 'search.js'), 'utf8')
const fetched = []

// A page of the site at `url`, with search.js run on it; the search files come from `dir`.
function open (url, html) {
  const window = new Window({ url })
  window.lunr = require('lunr')
  window.fetch = async u => {
    const file = new URL(u, url).pathname.slice(base.length)
    fetched.push(file)
    return { ok: true, json: async () => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) }
  }
  window.document.body.innerHTML = html
  window.eval(script)
  return window
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))
const until = async (what, test) => {
  for (let i = 0; i < 100; i++) { if (test()) return; await sleep(20) }
  assert.fail('timed out waiting for ' + what)
}
const parts = form => ({
  form,
  input: form.querySelector('input[name=q]'),
  list: form.querySelector('.search__results'),
  status: form.querySelector('[role=status]'),
  empty: form.querySelector('.search__empty'),
  options: () => [...form.querySelectorAll('[role=option]')],
  links: () => [...form.querySelectorAll('.search__results a')]
})
const key = (el, k) => el.dispatchEvent(new el.ownerDocument.defaultView.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }))
const type = (input, text) => { input.value = text; input.dispatchEvent(new input.ownerDocument.defaultView.Event('input', { bubbles: true })) }
const log = []
const check = (name, fn) => { fn(); log.push(name) }

;(async () => {
  // An article page: nothing is fetched until the reader focuses the box.
  const article = open(`https://example.test${base}conditions/depression/`, `<header>${headerHtml}</header><main><h1>Depression</h1></main>`)
  await sleep(50)
  check('nothing loads before the box is focused', () => assert.deepEqual(fetched, []))
  article.document.querySelector('input[name=q]').focus()
  await until('lazy load', () => fetched.length === 1)
  await sleep(50)
  check('focusing the box loads only the term list, under the base path', () =>
    assert.deepEqual(fetched, ['search-index/meta.json']))
  await article.happyDOM.close()
  fetched.length = 0

  // The search page with ?q=: the query runs on load.
  const window = open(`https://example.test${base}search/?q=5-HT`, `<header>${headerHtml}</header><main><h1>Search</h1>${pageHtml}</main>`)
  const { document } = window
  const [header, page] = document.querySelectorAll('form[data-search]')
  const p = parts(page), h = parts(header)
  await until('results for ?q=', () => p.links().length > 0)
  check('?q= runs the query on load', () => {
    assert.equal(p.input.value, '5-HT')
    assert.equal(fetched[0], 'search-index/meta.json')
    assert.ok(fetched.some(f => /^search-index\/t\/\d+\.json$/.test(f)), 'a shard is fetched')
    assert.ok(fetched.some(f => /^search-index\/d\/\d+\.json$/.test(f)), 'the documents shown are fetched')
    assert.ok(!fetched.includes('search-index/words.json'), 'suggestions are not fetched when there are results')
    assert.equal(p.links()[0].getAttribute('href'), `${base}neurotransmitters/serotonin/`)
    assert.match(p.links()[0].innerHTML, /<mark>5<\/mark>-<mark>HT<\/mark>/)
    assert.equal(p.options().length, 0)
    assert.match(p.status.textContent, /^\d+ results? for “5-HT”$/)
    assert.equal(document.querySelector('[data-search-fallback]').hidden, true)
  })
  check('the header box becomes a combobox; the page box stays a search field over a list of links', () => {
    assert.equal(h.input.getAttribute('role'), 'combobox')
    assert.equal(h.input.getAttribute('aria-controls'), h.list.id)
    assert.equal(h.list.getAttribute('role'), 'listbox')
    assert.equal(h.input.getAttribute('aria-expanded'), 'false')
    assert.equal(h.list.hidden, true)
    assert.equal(p.input.getAttribute('role'), null)
    assert.equal(p.input.getAttribute('aria-expanded'), null)
    assert.equal(p.list.getAttribute('role'), null)
    for (const x of [p, h]) {
      assert.equal(x.input.getAttribute('autocomplete'), 'off')
      assert.ok(x.form.getAttribute('aria-label'))
    }
  })
  key(p.input, 'ArrowDown')
  check('ArrowDown in the page box moves to the first result link', () => assert.equal(document.activeElement, p.links()[0]))

  // Header box: results as you type, keyboard navigation, Escape
  h.input.focus()
  type(h.input, 'ketamin')
  await until('header results', () => h.options().length > 0)
  check('header shows results as you type', () => {
    assert.equal(h.list.hidden, false)
    assert.equal(h.input.getAttribute('aria-expanded'), 'true')
    assert.equal(h.options()[0].dataset.href, `${base}treatments/ketamine-esketamine/`)
    assert.equal(h.options()[0].querySelector('a, button, [tabindex]'), null)
    assert.match(h.status.textContent, /results? for “ketamin”/)
  })
  key(h.input, 'ArrowDown')
  check('ArrowDown selects the first result', () => {
    assert.equal(h.input.getAttribute('aria-activedescendant'), h.options()[0].id)
    assert.equal(h.options()[0].getAttribute('aria-selected'), 'true')
  })
  key(h.input, 'ArrowUp')
  check('ArrowUp wraps to the last result', () =>
    assert.equal(h.input.getAttribute('aria-activedescendant'), h.options()[h.options().length - 1].id))
  key(h.input, 'Escape')
  check('Escape closes the list', () => {
    assert.equal(h.input.getAttribute('aria-expanded'), 'false')
    assert.equal(h.list.hidden, true)
    assert.equal(h.input.getAttribute('aria-activedescendant'), null)
  })
  key(h.input, 'Escape')
  check('a second Escape clears the box', () => assert.equal(h.input.value, ''))

  // Search page: no results, suggestions, URL kept in sync
  type(p.input, 'deprssion')
  await until('suggestion', () => /Did you mean/.test(p.empty.innerHTML))
  check('no results suggests words, spelling and sections', () => {
    assert.equal(p.links().length, 0)
    assert.match(p.status.textContent, /^No results for “deprssion”$/)
    assert.ok(p.empty.querySelector(`a[href="${base}search/?q=depression"]`))
    assert.ok(p.empty.querySelector(`a[href="${base}conditions/"]`))
    assert.equal(window.location.search, '?q=deprssion')
  })
  type(p.input, '')
  await sleep(200)
  check('clearing the box clears the results and the URL', () => {
    assert.equal(p.links().length, 0)
    assert.equal(window.location.search, '')
  })

  // The search page with page.js loaded with it: each keystroke shows title and summary matches at once, while the
  // full ranking's files are still on their way; the full ranking then replaces them without fetching documents first.
  {
    let release
    const held = new Promise(resolve => { release = resolve })
    const requests = []
    const win = new Window({ url: `https://example.test${base}search/` })
    win.lunr = require('lunr')
    win.eval(fs.readFileSync(path.join(dir, 'search-index', 'page.js'), 'utf8'))
    win.fetch = async u => {
      const file = new URL(u, `https://example.test${base}`).pathname.slice(base.length)
      requests.push(file)
      await held
      return { ok: true, json: async () => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) }
    }
    win.document.body.innerHTML = `<main><h1>Search</h1>${pageHtml}</main>`
    win.eval(script)
    const q = parts(win.document.querySelector('form[data-search-page]'))
    type(q.input, 'serot')
    await until('early matches', () => q.links().length > 0)
    check('a keystroke on the search page shows title and summary matches before any index file arrives', () => {
      assert.equal(q.links()[0].getAttribute('href'), `${base}neurotransmitters/serotonin/`)
      assert.match(q.links()[0].innerHTML, /<mark>Serotonin<\/mark>/)
      assert.equal(q.list.getAttribute('aria-busy'), 'true')
      assert.equal(q.status.textContent, '')
      assert.ok(!requests.includes('search-index/meta.json'), 'meta comes from page.js')
    })
    await until('the full ranking asks for its files', () => requests.some(f => /^search-index\/t\//.test(f)) || requests.some(f => /^search-index\/w\//.test(f)))
    release()
    await until('full ranking', () => /^\d+ results? for “serot”$/.test(q.status.textContent))
    check('the full ranking replaces them, and only the excerpts of the documents shown are fetched after it', () => {
      assert.equal(q.list.getAttribute('aria-busy'), null)
      assert.equal(q.links()[0].getAttribute('href'), `${base}neurotransmitters/serotonin/`)
      assert.ok(requests.some(f => /^search-index\/t\/\d+\.json$/.test(f)), 'a shard is fetched')
    })
    await until('excerpts', () => q.form.querySelector('.search__excerpt') && q.form.querySelector('.search__excerpt').textContent.length > 0)
    check('the excerpts follow', () => assert.ok(requests.some(f => /^search-index\/d\/\d+\.json$/.test(f))))
    type(q.input, 'zzzzqqq')
    await until('no results', () => /^No results for “zzzzqqq”$/.test(q.status.textContent))
    check('a query matching no title or summary waits for the full ranking', () => assert.equal(q.links().length, 0))
    await win.happyDOM.close()
  }

  // "/" shortcut
  document.body.focus()
  key(document.body, '/')
  check('"/" focuses the search page box', () => assert.equal(document.activeElement, p.input))
  check('"/" typed in a box stays text', () => assert.equal(key(p.input, '/'), true))

  process.stdout.write(JSON.stringify(log))
  await window.happyDOM.close()
})().catch(e => { console.error(e); process.exit(1) })
