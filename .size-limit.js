// The bundle budget: gzip of what dist/index.html loads before any lazy chunk (its module
// script, the chunks it preloads, its stylesheets). Lazy chunks such as dialogs are not
// counted. The list is read from the built page, so a new shared chunk cannot slip past.
// `npm run test:size` builds, then checks; the README's "Size" line gives today's figure.
import { existsSync, readFileSync } from 'node:fs'
import { URL } from 'node:url'

const page = new URL('./dist/index.html', import.meta.url)
if (!existsSync(page)) throw new Error('dist/index.html is missing: run `npm run build` first')
const html = readFileSync(page, 'utf8')

/** Every dist/ file the page references through the tags that match. */
function loaded(...patterns) {
  const paths = patterns.flatMap((pattern) =>
    [...html.matchAll(pattern)].map((match) => `dist/${match[1].replace(/^\.?\//, '')}`),
  )
  if (paths.length === 0) throw new Error(`dist/index.html loads nothing like ${patterns[0]}`)
  return paths
}

export default [
  {
    name: 'initial JS',
    path: loaded(
      /<script\b[^>]*\bsrc="([^"]+)"/g,
      /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g,
    ),
    gzip: true,
    // 180 kB until the i18n layer: i18next + react-i18next + the English catalogue add about
    // 19 kB, all needed before the first word is shown; the other languages are lazy chunks.
    // 195 kB until the power tools: what the first grid itself needs of them is ~5 kB —
    // stored filters applied before the first paint, selection in every cell and header,
    // the bulk runner's per-cell transport, activity recording on every switch, the method
    // pause for OPERATION_TIME_LIMIT and the idle-time cache writer. Their panels, bars,
    // dialogs and texts are lazy chunks and not counted.
    // 202 kB until the app's own request gate (~0.4 kB): one timer in front of the SDK's
    // bucket instead of a timer per waiting request, and switches that wait share a batch.
    limit: '203 kB',
  },
  {
    name: 'initial CSS',
    path: loaded(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g),
    gzip: true,
    // 2.5 kB until the Air look: its colour tokens, each a light-dark() pair so the dark
    // theme costs no second rule set, and the tinted badges add about 0.55 kB.
    // 2.75 kB until the busy switch's own colours: they replace its opacity, which made the
    // switch a paint layer of its own in each click's frame (decision 008).
    // 2.8 kB until the badge laid out both states a click moves between, so a flip changes
    // which is shown instead of the words (decision 008).
    // 2.85 kB until the switch's thumb was painted on its track (two gradients) instead of
    // being an element, with its forced-colours rule: an element thumb made two paint layers
    // a cell, and every hit test walks them all (decision 008).
    limit: '2.95 kB',
  },
]
