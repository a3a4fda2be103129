/**
 * A large manifest's lines scanned while its bytes download (`Package.readWhileArriving`): the
 * main thread receives the bytes into shared memory; a worker thread scans them in segments
 * (each segment's bytes checked: UTF-8, no `\r`; each complete line scanned with the line
 * scanner, format/line-scan.ts, into a shared table) as they arrive. Once all are in, the main
 * thread scans the segments the worker has not claimed, the segments' lines are joined into one
 * table, and the main thread reads what was left (the first line, and every line from the first
 * one not taken).
 *
 * A line is taken as the main thread's reading would take it without a question: a line of
 * quilt3's shape, after the one before it in walk order and not below it, with a plain `s3://`
 * URL. At the first other line its segment stops scanning (and goes on checking the bytes).
 *
 * The worker runs from source text (`scanWorkerSource()`, started with `eval: true`), as the
 * hashing worker does: `scanWorkerMain` and `scanSegments` refer to nothing outside themselves
 * (Node's modules from `process.getBuiltinModule`, the layout of the shared memory in its data).
 */
import { Worker } from 'node:worker_threads'
import { Buffer, isUtf8 } from 'node:buffer'
import { LINE_SCANNER, lineScanner, type LineTable } from './line-scan.js'
import { SHA256_CHUNKED } from './hash.js'

/** Manifests of at least this many bytes are scanned by a worker as they download. */
export const SCAN_WORKER_MIN_BYTES = 32 * 1024 * 1024

/**
 * The most bytes a worker scans: the control slots hold byte counts in 32-bit integers. Larger
 * manifests are read on the main thread.
 */
const SCAN_WORKER_MAX_BYTES = 0x7fffffff

/** What the scanners share: memory only. */
interface ScanData {
  bytes: SharedArrayBuffer
  /** Int32 slots (`SLOTS`). */
  control: SharedArrayBuffer
  slots: typeof SLOTS
  /** The table: each segment's lines in a region of `room` lines (`LineTable`). */
  starts: SharedArrayBuffer
  places: SharedArrayBuffer
  flags: SharedArrayBuffer
  /** Per segment, Int32 `[state, lines, stop]` (`SEGMENT`). */
  segments: SharedArrayBuffer
  /** Lines starting in `[k * segment, (k + 1) * segment)` make segment `k`. */
  segment: number
  /** Lines a segment's region holds. */
  room: number
  fields: typeof SEGMENT
  chunkedType: string
}

/** What the scanning answers once all bytes are in and scanned. */
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

/** The control slots: bytes arrived, reading abandoned, next segment to claim, first line's end. */
const SLOTS = { arrived: 0, abandoned: 1, next: 2, headEnd: 3 }

/**
 * A segment's fields, and its states: not done yet, every line taken, stopped at line `stop`
 * (which is not taken: the main thread reads it and every later line), or bytes that are not
 * UTF-8 or hold a `\r`.
 */
const SEGMENT = { state: 0, lines: 1, stop: 2, fields: 3, OK: 1, STOPPED: 2, BAD: 3 }

/**
 * Scan segments until none is left to claim (each claimed once, by whichever thread is free):
 * each line starting in the segment, as the bytes arrive (waiting for them: a worker). A line is
 * taken as the main thread's reading would take it without a question: of quilt3's shape, after
 * the line before it in walk order and not below it, with a plain `s3://` URL; at the first other
 * one the segment stops (the line before a segment's first is checked when they are joined).
 * Each segment's bytes are checked (UTF-8, no `\r`), also after a stop. Returns false when the
 * reading was abandoned. Self-contained (run from source text by the worker).
 */
export function scanSegments(
  makeScanner: typeof lineScanner,
  d: ScanData,
  BufferClass: typeof Buffer,
  isUtf8: (b: Uint8Array) => boolean
): boolean {
  const S = d.fields
  const bytes = BufferClass.from(d.bytes)
  const control = new Int32Array(d.control)
  const results = new Int32Array(d.segments)
  const { arrived: ARRIVED, abandoned: ABANDONED, next: NEXT, headEnd: HEAD_END } = d.slots
  const table = {
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
  const count = Math.ceil(total / d.segment)

  /** Bytes in (at least `need` of them, or all): false when abandoned. */
  function waitFor(need: number): boolean {
    for (;;) {
      if (Atomics.load(control, ABANDONED) !== 0) return false
      const arrived = Atomics.load(control, ARRIVED)
      if (arrived >= need || arrived === total) return true
      Atomics.wait(control, ARRIVED, arrived)
    }
  }

  /** Where the first line starting at or after `at` starts (`total`: none); -1: abandoned. */
  function lineStartFrom(at: number): number {
    if (at === 0) return 0
    for (let from = at - 1; ;) {
      const arrived = Atomics.load(control, ARRIVED)
      const i = arrived > from ? bytes.subarray(from, arrived).indexOf(0x0a) : -1
      if (i >= 0) return from + i + 1
      if (arrived === total) return total
      from = Math.max(from, arrived)
      if (!waitFor(arrived + 1)) return -1
    }
  }

  for (;;) {
    const k = Atomics.add(control, NEXT, 1)
    if (k >= count) return true
    const limit = Math.min(total, (k + 1) * d.segment)
    const r = k * S.fields
    const from = lineStartFrom(k * d.segment)
    if (from < 0) return false
    const base = k * d.room
    let pos = from
    let lines = 0
    let stop = -1
    /** Bytes before this were searched for a `\n` (a long line is not searched again). */
    let searched = pos
    // The lines starting in the segment, each once its `\n` is in.
    while (stop < 0 && pos < limit) {
      const arrived = Atomics.load(control, ARRIVED)
      let to = total
      if (arrived < total) {
        const at = Math.max(pos, searched)
        const last = bytes.subarray(at, arrived).lastIndexOf(0x0a)
        searched = Math.max(searched, arrived)
        to = last < 0 ? pos : at + last + 1
      }
      if (to <= pos) {
        if (!waitFor(arrived + 1)) return false
        continue
      }
      while (pos < to && pos < limit) {
        let end = bytes.indexOf(0x0a, pos)
        if (end < 0 || end >= to) end = to
        if (pos === 0) Atomics.store(control, HEAD_END, end)
        else {
          table.length = base + lines
          const i = lines < d.room ? scan.scan(table, bytes, words, view, pos, end) : -1
          if (
            i < 0 ||
            (lines > 0 && !scan.follows(table, bytes, view, i - 1, i)) ||
            (table.flags[i]! & plainS3) === 0
          ) {
            stop = pos
            break
          }
          lines++
        }
        pos = end + 1
      }
    }
    // The segment's bytes: up to the next segment's first line.
    const end = limit === total ? total : lineStartFrom(limit)
    if (end < 0) return false
    if (!waitFor(end)) return false
    const part = bytes.subarray(from, end)
    // A `\n` is never part of a longer character: parts are UTF-8 one by one or not at all.
    const bad = !isUtf8(part) || part.indexOf(0x0d) >= 0
    results[r + S.lines] = lines
    results[r + S.stop] = stop
    Atomics.store(results, r + S.state, bad ? S.BAD : stop >= 0 ? S.STOPPED : S.OK)
  }
}

/** The worker: scans segments, then says so. */
export function scanWorkerMain(run: typeof scanSegments, makeScanner: typeof lineScanner): void {
  const threads = process.getBuiltinModule('node:worker_threads')
  const { Buffer, isUtf8 } = process.getBuiltinModule('node:buffer')
  const parentPort = threads.parentPort
  if (!parentPort) return
  if (run(makeScanner, threads.workerData as ScanData, Buffer, isUtf8))
    parentPort.postMessage('done')
}

/** The source text the worker runs. */
function scanWorkerSource(): string {
  return `(${String(scanWorkerMain)})(${String(scanSegments)}, ${String(lineScanner)})\n`
}

/** Segments of this many bytes by default (`ScanData.segment`). */
const SEGMENT_BYTES = 4 * 1024 * 1024

/**
 * The main thread's side: the shared buffer the bytes go to, told as they arrive; once all are
 * in, this thread scans the segments the worker has not claimed yet, and the segments' lines are
 * joined into one table.
 */
export class ScanWorker {
  readonly bytes: Buffer
  private readonly control: Int32Array
  private readonly data: ScanData
  private readonly worker: Worker
  private readonly done: Promise<boolean>

  /**
   * A worker for a manifest of `length` bytes, or null when it is not worth one (`force`: one
   * whatever the length; `segment`: another segment size, for tests).
   */
  static start(
    length: number,
    options: { force?: boolean; segment?: number } = {}
  ): ScanWorker | null {
    if (length === 0 || length > SCAN_WORKER_MAX_BYTES) return null
    if (options.force !== true && length < SCAN_WORKER_MIN_BYTES) return null
    return new ScanWorker(length, options.segment ?? SEGMENT_BYTES)
  }

  private constructor(length: number, segment: number) {
    // Room for every line a segment may keep: none is shorter than MIN_LINE.
    const room = Math.floor(segment / LINE_SCANNER.MIN_LINE) + 1
    const lines = Math.ceil(length / segment) * room
    const stride = LINE_SCANNER.field.STRIDE
    this.data = {
      bytes: new SharedArrayBuffer(length),
      control: new SharedArrayBuffer(4 * 4),
      slots: SLOTS,
      starts: new SharedArrayBuffer(lines * 8),
      places: new SharedArrayBuffer(lines * stride * 4),
      flags: new SharedArrayBuffer(lines),
      segments: new SharedArrayBuffer(Math.ceil(length / segment) * SEGMENT.fields * 4),
      segment,
      room,
      fields: SEGMENT,
      chunkedType: SHA256_CHUNKED
    }
    this.bytes = Buffer.from(this.data.bytes)
    this.control = new Int32Array(this.data.control)
    this.control[SLOTS.headEnd] = -1
    this.worker = new Worker(scanWorkerSource(), { eval: true, workerData: this.data })
    this.done = new Promise((resolve) => {
      this.worker.once('message', () => resolve(true))
      // A worker that fails leaves the reading to the main thread.
      this.worker.once('error', () => resolve(false))
      this.worker.once('exit', () => resolve(false))
    })
    // Not what keeps the process alive while the bytes arrive (unref'd after its listeners,
    // which would ref it again); `result` waits for it.
    this.worker.unref()
  }

  /** Bytes `[0, n)` are in. */
  arrived(n: number): void {
    Atomics.store(this.control, SLOTS.arrived, n)
    Atomics.notify(this.control, SLOTS.arrived)
  }

  /**
   * Every byte is in: the segments left are scanned here, then joined (null: the worker failed,
   * the main thread reads it all).
   */
  async result(): Promise<ScanResult | null> {
    // The process waits for the worker's answer (nothing else may keep it alive meanwhile).
    this.worker.ref()
    this.arrived(this.bytes.length)
    scanSegments(lineScanner, this.data, Buffer, isUtf8)
    if (!(await this.done)) return null
    return this.join()
  }

  /** The segments' lines in one table, up to the first line not taken. */
  private join(): ScanResult {
    const d = this.data
    const segments = new Int32Array(d.segments)
    const t = this.table(0)
    const view = new DataView(d.bytes)
    const headEnd = this.control[SLOTS.headEnd]!
    const count = segments.length / SEGMENT.fields
    const stride = LINE_SCANNER.field.STRIDE
    for (let k = 0; k < count; k++) {
      const state = segments[k * SEGMENT.fields + SEGMENT.state]
      if (state === SEGMENT.BAD) return { bad: true, n: 0, pos: 0, length: 0, headEnd }
    }
    let taken = 0
    for (let k = 0; k < count; k++) {
      const r = k * SEGMENT.fields
      const lines = segments[r + SEGMENT.lines]!
      const base = k * d.room
      if (lines > 0 && base !== taken) {
        t.starts.copyWithin(taken, base, base + lines)
        t.places.copyWithin(taken * stride, base * stride, (base + lines) * stride)
        t.flags.copyWithin(taken, base, base + lines)
      }
      // The segment's first line after the line before it.
      if (lines > 0 && taken > 0 && !LINE_SCANNER.follows(t, this.bytes, view, taken - 1, taken)) {
        return { bad: false, n: 1 + taken, pos: t.starts[taken]!, length: taken, headEnd }
      }
      taken += lines
      if (segments[r + SEGMENT.state] === SEGMENT.STOPPED) {
        return {
          bad: false,
          n: 1 + taken,
          pos: segments[r + SEGMENT.stop]!,
          length: taken,
          headEnd
        }
      }
    }
    return { bad: false, n: 1 + taken, pos: this.bytes.length, length: taken, headEnd }
  }

  /** The table the scanning filled, `length` lines of it. */
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
