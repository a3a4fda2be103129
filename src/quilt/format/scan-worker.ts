/**
 * A large manifest's lines scanned by a worker thread while its bytes download
 * (`Package.readWhileArriving`): the main thread receives the bytes into shared memory, the
 * worker checks them (UTF-8, no `\r`) and scans each complete line with the line scanner
 * (format/line-scan.ts) into a shared table, at the same time. When all are in, the main thread
 * takes the table as it is and reads what the worker left (the first line, and every line from
 * the first one the worker does not take).
 *
 * The worker takes a line as the main thread's reading would take it without a question: a line
 * of quilt3's shape, after the one before it in walk order and not below it, with a plain `s3://`
 * URL. At the first other line it stops scanning (and goes on checking the bytes).
 *
 * The worker runs from source text (`scanWorkerSource()`, started with `eval: true`), as the
 * hashing worker does: `scanWorkerMain` refers to nothing outside itself (Node's modules from
 * `process.getBuiltinModule`, the slots in its data).
 */
import { Worker } from 'node:worker_threads'
import { Buffer } from 'node:buffer'
import { lineScanner, type LineTable } from './line-scan.js'
import { SHA256_CHUNKED } from './hash.js'

/** Manifests of at least this many bytes are scanned by a worker as they download. */
export const SCAN_WORKER_MIN_BYTES = 32 * 1024 * 1024

/**
 * The most bytes a worker scans: the control slots hold byte counts in 32-bit integers. Larger
 * manifests are read on the main thread.
 */
const SCAN_WORKER_MAX_BYTES = 0x7fffffff

/** What the worker is given: shared memory only. */
interface ScanWorkerData {
  bytes: SharedArrayBuffer
  /** Int32 slots (`SLOTS`): bytes arrived, and whether the reading was abandoned. */
  control: SharedArrayBuffer
  slots: typeof SLOTS
  starts: SharedArrayBuffer
  places: SharedArrayBuffer
  flags: SharedArrayBuffer
  chunkedType: string
}

/** What the worker answers once all bytes are in and scanned. */
export interface ScanResult {
  /** A part of the bytes is not UTF-8 or holds a `\r` (the exact reading tells what). */
  bad: boolean
  /** Lines read: the first line and the lines taken into the table. */
  n: number
  /** Where the first line not read starts. */
  pos: number
  /** Lines in the table. */
  length: number
  /** Where the first line ends (-1: no line). */
  headEnd: number
}

/** The control slots. */
const SLOTS = { arrived: 0, abandoned: 1 }

/** The scanner's layout, for the table's size. */
const LAYOUT = lineScanner(SHA256_CHUNKED)

/** The worker: scans as the bytes arrive, answers a `ScanResult`. */
export function scanWorkerMain(makeScanner: typeof lineScanner): void {
  const threads = process.getBuiltinModule('node:worker_threads')
  const { Buffer, isUtf8 } = process.getBuiltinModule('node:buffer')
  const parentPort = threads.parentPort
  if (!parentPort) return
  const d = threads.workerData as ScanWorkerData
  const { arrived: ARRIVED, abandoned: ABANDONED } = d.slots
  const bytes = Buffer.from(d.bytes)
  const control = new Int32Array(d.control)
  const table: LineTable = {
    starts: new Float64Array(d.starts),
    places: new Uint32Array(d.places),
    flags: new Uint8Array(d.flags),
    length: 0
  }
  const scan = makeScanner(d.chunkedType)
  const words = scan.wordsOf(bytes)
  const view = new DataView(d.bytes)
  const plainS3 = scan.flag.PLAIN_S3
  const total = bytes.length
  /** Bytes before this are checked, and their lines scanned while `scanning`. */
  let checked = 0
  let pos = 0
  let n = 0
  let headEnd = -1
  let scanning = true
  let bad = false
  while (checked < total) {
    if (Atomics.load(control, ABANDONED) !== 0) return
    const arrived = Atomics.load(control, ARRIVED)
    // Complete lines only (all bytes in: the last line needs no `\n`).
    const to =
      arrived === total ? total : checked + bytes.subarray(checked, arrived).lastIndexOf(0x0a) + 1
    if (to > checked) {
      const part = bytes.subarray(checked, to)
      // A `\n` is never part of a longer character: parts are UTF-8 one by one or not at all.
      if (!isUtf8(part) || part.indexOf(0x0d) >= 0) {
        bad = true
        break
      }
      checked = to
      while (scanning && pos < to) {
        let end = bytes.indexOf(0x0a, pos)
        if (end < 0 || end >= to) end = to
        if (n === 0) headEnd = end
        else {
          const i =
            table.length < table.flags.length ? scan.scan(table, bytes, words, view, pos, end) : -1
          if (
            i < 0 ||
            (i > 0 && !scan.follows(table, bytes, view, i - 1, i)) ||
            (table.flags[i]! & plainS3) === 0
          ) {
            // Left to the main thread, from this line on.
            if (i >= 0) table.length = i
            scanning = false
            break
          }
        }
        n++
        pos = end + 1
      }
      continue
    }
    // Until more arrives (or the reading is abandoned).
    Atomics.wait(control, ARRIVED, arrived)
  }
  parentPort.postMessage({ bad, n, pos, length: table.length, headEnd } satisfies ScanResult)
}

/** The source text the worker runs. */
function scanWorkerSource(): string {
  return `(${String(scanWorkerMain)})(${String(lineScanner)})\n`
}

/**
 * The main thread's side: the shared buffer the bytes go to, told as they arrive, and the
 * worker's answer.
 */
export class ScanWorker {
  readonly bytes: Buffer
  private readonly control: Int32Array
  private readonly data: ScanWorkerData
  private readonly worker: Worker
  private readonly answer: Promise<ScanResult | null>

  /** A worker for a manifest of `length` bytes, or null when it is not worth one. */
  static start(length: number, force = false): ScanWorker | null {
    if (length === 0 || length > SCAN_WORKER_MAX_BYTES) return null
    if (!force && length < SCAN_WORKER_MIN_BYTES) return null
    return new ScanWorker(length)
  }

  private constructor(length: number) {
    // Room for every line the scanner may keep: none is shorter than MIN_LINE.
    const lines = Math.floor(length / LAYOUT.MIN_LINE) + 1
    const stride = LAYOUT.field.STRIDE
    this.data = {
      bytes: new SharedArrayBuffer(length),
      control: new SharedArrayBuffer(8),
      slots: SLOTS,
      starts: new SharedArrayBuffer(lines * 8),
      places: new SharedArrayBuffer(lines * stride * 4),
      flags: new SharedArrayBuffer(lines),
      chunkedType: SHA256_CHUNKED
    }
    this.bytes = Buffer.from(this.data.bytes)
    this.control = new Int32Array(this.data.control)
    this.worker = new Worker(scanWorkerSource(), { eval: true, workerData: this.data })
    // Never what keeps the process alive.
    this.worker.unref()
    this.answer = new Promise((resolve) => {
      this.worker.once('message', (m: ScanResult) => resolve(m))
      // A worker that fails leaves the reading to the main thread.
      this.worker.once('error', () => resolve(null))
      this.worker.once('exit', () => resolve(null))
    })
  }

  /** Bytes `[0, n)` are in. */
  arrived(n: number): void {
    Atomics.store(this.control, SLOTS.arrived, n)
    Atomics.notify(this.control, SLOTS.arrived)
  }

  /** The worker's answer once all bytes are in (null: it failed). */
  result(): Promise<ScanResult | null> {
    return this.answer
  }

  /** The table the worker filled, `length` lines of it. */
  table(length: number): LineTable {
    return {
      starts: new Float64Array(this.data.starts),
      places: new Uint32Array(this.data.places),
      flags: new Uint8Array(this.data.flags),
      length
    }
  }

  /** The bytes will not all arrive: the worker stops. */
  abandon(): void {
    Atomics.store(this.control, SLOTS.abandoned, 1)
    Atomics.notify(this.control, SLOTS.arrived)
    void this.worker.terminate()
  }
}
