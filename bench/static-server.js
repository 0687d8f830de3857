#!/usr/bin/env node
// A small static host for a built site, compressing as a real host does: a file's precompressed sibling (.br, .gz,
// written by the build for the search files) when the browser accepts it, otherwise text compressed on the fly
// (Brotli quality 5 or gzip level 6, as CDNs do by default), kept in memory after the first request.
// folder/ serves folder/index.html, folder redirects to folder/, unknown paths get 404.html with status 404.
// HTTP/1.1 by default; with { http2: true } HTTP/2 over TLS (as hosts serve sites; browsers speak HTTP/2 only over TLS)
// with a throwaway self-signed certificate made by openssl, so the browser must ignore certificate errors.
//
//   node static-server.js SITE_OUTPUT [PORT] [--http2]   prints "Serving http://127.0.0.1:PORT/" (PORT 0 or none: a free port)
//   require('./static-server').serve(folder, port, { http2 }) → Promise<{ url, server, close() }>
'use strict'
const fs = require('fs')
const http = require('http')
const http2 = require('http2')
const os = require('os')
const path = require('path')
const zlib = require('zlib')
const { execFileSync } = require('child_process')

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.pdf': 'application/pdf',
}
const compressible = type => /^(text\/|application\/(json|xml|atom\+xml|javascript)|image\/svg\+xml)/.test(type)

function serve (folder, port = 0, { http2: h2 = false } = {}) {
  const root = path.resolve(folder)
  const cache = new Map() // "file encoding" → compressed bytes
  const file = rel => {
    const full = path.join(root, rel)
    if (!full.startsWith(root + path.sep) && full !== root) return null
    try { return fs.statSync(full).isFile() ? full : null } catch { return null }
  }
  const encoded = (full, encoding) => {
    const key = `${full} ${encoding}`
    if (!cache.has(key)) {
      const sibling = full + (encoding === 'br' ? '.br' : '.gz')
      cache.set(key, fs.existsSync(sibling) ? fs.readFileSync(sibling)
        : encoding === 'br' ? zlib.brotliCompressSync(fs.readFileSync(full), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
          : zlib.gzipSync(fs.readFileSync(full), { level: 6 }))
    }
    return cache.get(key)
  }
  const send = (req, res, status, full) => {
    const type = full.endsWith('feed.xml') ? 'application/atom+xml; charset=utf-8' : types[path.extname(full)] || 'application/octet-stream'
    const accept = String(req.headers['accept-encoding'] || '')
    const encoding = !compressible(type) ? null : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null
    const body = encoding ? encoded(full, encoding) : fs.readFileSync(full)
    const headers = { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'public, max-age=0, must-revalidate', Vary: 'Accept-Encoding' }
    if (encoding) headers['Content-Encoding'] = encoding
    res.writeHead(status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }
  const handle = (req, res) => {
    let rel
    try { rel = decodeURIComponent(new URL(req.url, 'http://host').pathname).replace(/^\/+/, '') } catch { rel = '\0' }
    if (rel.split('/').some(s => s === '..') || rel.includes('\0')) { res.writeHead(400); return res.end() }
    const found = rel === '' || rel.endsWith('/') ? file(rel + 'index.html') : file(rel)
    if (found) return send(req, res, 200, found)
    if (!path.extname(rel) && file(rel + '/index.html')) { res.writeHead(301, { Location: `/${rel}/` }); return res.end() }
    const notFound = file('404.html')
    if (notFound) return send(req, res, 404, notFound)
    res.writeHead(404, { 'Content-Type': 'text/plain' })
    res.end('Not found')
  }
  const server = h2 ? http2.createSecureServer({ ...certificate(), allowHTTP1: true }, handle) : http.createServer(handle)
  // Open connections, closed with the server (an HTTP/2 connection stays open between requests).
  const sockets = new Set()
  server.on(h2 ? 'secureConnection' : 'connection', s => { sockets.add(s); s.on('close', () => sockets.delete(s)) })
  server.keepAliveTimeout = 60000
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve({
      url: `${h2 ? 'https' : 'http'}://127.0.0.1:${server.address().port}/`,
      server,
      close: () => new Promise(done => {
        sockets.forEach(s => s.destroy())
        if (server.closeAllConnections) server.closeAllConnections()
        server.close(done)
      }),
    }))
  })
}

/** A self-signed certificate for 127.0.0.1, valid one day. */
function certificate () {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'))
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' })
    return { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

module.exports = { serve }

if (require.main === module) {
  const args = process.argv.slice(2).filter(a => a !== '--http2')
  const [folder, port] = args
  if (!folder) { console.error('usage: node static-server.js SITE_OUTPUT [PORT] [--http2]'); process.exit(2) }
  serve(folder, Number(port || 0), { http2: process.argv.includes('--http2') }).then(({ url }) => console.log(`Serving ${url}`))
}
