#!/usr/bin/env node
// Test oracle for Synapse's C# port of the lunr.js 2.3.9 index builder.
// Reads one JSON request on stdin and writes lunr.js's answer on stdout (UTF-8).
//
//   {"mode":"index","fields":[{"name":"title","boost":10},...],
//    "documents":[{"ref":"a/","boost":1,"fields":{"title":"...","body":null}},...]}
//     -> JSON.stringify(lunr index), exactly as lunr writes it
//   {"mode":"pipeline","words":["..."]} -> per word [[lunr.tokenizer strings], [strings after trimmer, stopWordFilter, stemmer]]
//   {"mode":"stem","words":["..."]}     -> per word, lunr.stemmer applied to the whole word
//   {"mode":"lower","words":["..."]}    -> per word, String.prototype.toLowerCase()
//   {"mode":"log","bits":["3ff8000000000000",...]} -> per IEEE-754 bit pattern x, the bit pattern of Math.log(x)
//   {"mode":"weights","bits":["3fe0000000000000",...]} -> per IEEE-754 bit pattern x, [x, Math.round(x * 1000) / 1000]
'use strict'
const lunr = require('lunr')

function readStdin () {
  return require('fs').readFileSync(0, 'utf8')
}

function fromBits (hex) {
  const view = new DataView(new ArrayBuffer(8))
  view.setBigUint64(0, BigInt('0x' + hex))
  return view.getFloat64(0)
}

function toBits (x) {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  return view.getBigUint64(0).toString(16).padStart(16, '0')
}

// The document ref lives under a key no field can have.
const REF = '\u0000ref'

function buildIndex (req) {
  return lunr(function () {
    this.ref(REF)
    for (const f of req.fields) this.field(f.name, f.boost === undefined ? {} : { boost: f.boost })
    for (const d of req.documents) {
      const doc = Object.assign({}, d.fields, { [REF]: d.ref })
      this.add(doc, d.boost === undefined ? undefined : { boost: d.boost })
    }
  })
}

function indexingPipeline () {
  const p = new lunr.Pipeline()
  p.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)
  return p
}

const req = JSON.parse(readStdin())
let out
switch (req.mode) {
  case 'index':
    out = buildIndex(req)
    break
  case 'pipeline': {
    const p = indexingPipeline()
    out = req.words.map(w => {
      const tokens = lunr.tokenizer(w)
      return [tokens.map(t => t.toString()), p.run(tokens).map(t => t.toString())]
    })
    break
  }
  case 'stem':
    out = req.words.map(w => lunr.stemmer(new lunr.Token(w)).toString())
    break
  case 'weights':
    out = req.bits.map(hex => {
      const x = fromBits(hex)
      return [x, Math.round(x * 1000) / 1000]
    })
    break
  case 'lower':
    out = req.words.map(w => w.toLowerCase())
    break
  case 'log':
    out = req.bits.map(hex => toBits(Math.log(fromBits(hex))))
    break
  default:
    throw new Error('unknown mode ' + req.mode)
}
process.stdout.write(JSON.stringify(out))
