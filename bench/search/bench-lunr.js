#!/usr/bin/env node
// Builds a lunr.js 2.3.9 index of the documents in FILE (the oracle's request format) RUNS times in
// one process and prints {"times_ms":[...],"cpu_ms":[...],"json":"<index of the last run>"} — JSON.stringify
// included. cpu_ms is the process's user + system CPU time, all threads (less disturbed by a busy machine).
// usage: node bench-lunr.js FILE RUNS
'use strict'
const path = require('path')
const fs = require('fs')
const lunr = require(path.join(__dirname, '..', '..', 'tests', 'oracle', 'node_modules', 'lunr'))

const [file, runs] = process.argv.slice(2)
const req = JSON.parse(fs.readFileSync(file, 'utf8'))
const times = []
const cpu = []
let json = ''
for (let r = 0; r < Number(runs); r++) {
  const start = process.hrtime.bigint()
  const startCpu = process.cpuUsage()
  const idx = lunr(function () {
    this.ref('\u0000ref')
    for (const f of req.fields) this.field(f.name, { boost: f.boost })
    for (const d of req.documents) this.add(Object.assign({}, d.fields, { '\u0000ref': d.ref }), { boost: d.boost })
  })
  json = JSON.stringify(idx)
  times.push(Number(process.hrtime.bigint() - start) / 1e6)
  const used = process.cpuUsage(startCpu)
  cpu.push((used.user + used.system) / 1e3)
}
process.stdout.write(JSON.stringify({ times_ms: times, cpu_ms: cpu, json }))
