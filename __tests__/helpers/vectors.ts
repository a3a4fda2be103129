/** Access to the quilt3 vectors copied into __tests__/fixtures/vectors (data, not code). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const VECTORS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'vectors')

export interface Generator {
  generator: 'mod251' | 'zeros'
  size: number
}

export interface CaseEntry {
  logical_key: string
  content: string | Generator
  meta?: unknown
  call?: string
  local_path?: string
}

export interface VectorCase {
  id: string
  package_name: string
  registry: string
  inputs: { message?: string | null; entries?: CaseEntry[]; [k: string]: unknown }
  expected: { top_hash: string; manifest: string; [k: string]: unknown }
}

export interface IndexRow {
  id: string
  package_name: string
  top_hash: string
  path: string
}

export function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(join(VECTORS, rel), 'utf-8'))
}

export function indexRows(): IndexRow[] {
  return (readJson('index.json') as { cases: IndexRow[] }).cases
}

export function loadCase(id: string): VectorCase {
  return readJson(`cases/${id}/case.json`) as VectorCase
}

export function caseFile(id: string, rel: string): Buffer {
  return readFileSync(join(VECTORS, 'cases', id, rel))
}

/** The bytes a generator describes: `mod251` is byte i = i % 251; `zeros` is zero bytes. */
export function generate(g: Generator): Buffer {
  const b = Buffer.alloc(g.size)
  if (g.generator === 'mod251') for (let i = 0; i < g.size; i++) b[i] = i % 251
  return b
}

export function entryContent(id: string, e: CaseEntry): Buffer {
  return typeof e.content === 'string' ? caseFile(id, e.content) : generate(e.content)
}

/** Write `content` at `path`, creating folders. */
export function writeFile(path: string, content: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}
