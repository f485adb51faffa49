// `npm run package`: the production build (dist/) as a ZIP that a Bitrix24 portal accepts for
// a static local application: index.html and install.html at the root, then the assets.
// install.html is index.html byte for byte: the app itself tells the installation apart by
// the portal's INSTALL flag. Source maps stay out of the upload.
import { zipSync, unzipSync, type Zippable } from 'fflate'
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// Fixed timestamps: the same build always gives the same ZIP.
const MTIME = new Date('2020-01-01T00:00:00')

export interface PackageOptions {
  distDir?: string
  outDir?: string
}

export interface PackageResult {
  zipFile: string
  /** Paths inside the ZIP, in its order. */
  entries: string[]
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}

/** What goes into the ZIP, by its path there (always with `/`). */
export function packageContents(distDir: string): Map<string, Uint8Array> {
  const indexFile = join(distDir, 'index.html')
  let index: Buffer
  try {
    index = readFileSync(indexFile)
  } catch {
    throw new Error(`${indexFile} is missing: run \`npm run build\` first`)
  }
  // A static upload is served from a folder of the portal's choosing, not from /.
  const absolute = /\s(?:src|href)="\/(?!\/)[^"]*"/.exec(index.toString('utf8'))
  if (absolute) {
    throw new Error(`index.html refers to ${absolute[0].trim()}: build with base './'`)
  }
  const files = new Map<string, Uint8Array>([
    ['index.html', index],
    ['install.html', index],
  ])
  const rest = listFiles(distDir)
    .map((file) => relative(distDir, file).split(sep).join('/'))
    .filter((path) => !path.endsWith('.map') && !files.has(path))
    .sort()
  for (const path of rest) files.set(path, readFileSync(join(distDir, path)))
  return files
}

export function packageApp(options: PackageOptions = {}): PackageResult {
  const distDir = resolve(options.distDir ?? join(PROJECT_ROOT, 'dist'))
  const outDir = resolve(options.outDir ?? join(PROJECT_ROOT, 'dist-package'))
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    name: string
    version: string
  }
  const files = packageContents(distDir)
  const zippable: Zippable = {}
  for (const [path, data] of files) zippable[path] = [data, { mtime: MTIME }]
  const zip = zipSync(zippable, { level: 9 })
  mkdirSync(outDir, { recursive: true })
  const zipFile = join(outDir, `${pkg.name}-${pkg.version}.zip`)
  writeFileSync(zipFile, zip)
  return { zipFile, entries: [...files.keys()] }
}

/** Unpacks a ZIP into an emptied folder; returns the paths it wrote, as in the ZIP. */
export function unpackZip(zipFile: string, dir: string): string[] {
  const target = resolve(dir)
  const entries = unzipSync(readFileSync(zipFile))
  rmSync(target, { recursive: true, force: true })
  const written: string[] = []
  for (const [path, data] of Object.entries(entries)) {
    if (path.endsWith('/')) continue
    const file = resolve(target, path)
    if (!file.startsWith(target + sep)) throw new Error(`${path} would land outside ${target}`)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, data)
    written.push(path)
  }
  return written
}

function main(argv: readonly string[]): void {
  let unpackDir: string | undefined
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2)
    if (flag === '--unpack' && value) unpackDir = value
    else {
      console.error(`Unknown argument: ${arg}\nUsage: tsx scripts/package.ts [--unpack=<folder>]`)
      process.exit(2)
    }
  }
  const { zipFile, entries } = packageApp()
  const size = statSync(zipFile).size
  console.log(`\n  ${relative(process.cwd(), zipFile)}  (${entries.length} files, ${size} bytes)`)
  for (const entry of entries) console.log(`    ${entry}`)
  if (unpackDir) {
    unpackZip(zipFile, unpackDir)
    console.log(`  unpacked into ${unpackDir}`)
  }
  console.log('')
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2))
}
