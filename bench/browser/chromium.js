// Debian's Chromium through playwright-core (never a downloaded browser), and the statistics the browser measurements print.
'use strict'
const { chromium } = require('playwright-core')

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium'
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const launch = () => chromium.launch({ executablePath, args, headless: true })

const median = xs => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const ms = x => Math.round(x)
const load = () => require('fs').readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join('/')

module.exports = { launch, median, ms, load }
