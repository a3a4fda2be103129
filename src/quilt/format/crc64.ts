/**
 * CRC-64/NVME (the checksum S3 computes by default, and quilt's `CRC64NVME` hash type):
 * reflected polynomial 0x9a6c9329ac4bc9b5, initial value and final xor all ones. Checked by the
 * standard check value: CRC-64/NVME("123456789") = 0xae8b14860a799888.
 *
 * `crc64nvmeKernel` is self-contained (no reference outside itself): the hashing workers run it
 * from its source text, and the main thread calls it directly, so the algorithm is stated once.
 * It works on 32-bit halves with slice-by-8 tables (no BigInt in the loop).
 */

/** A running CRC: the register's high and low 32 bits. */
export interface Crc64State {
  hi: number
  lo: number
}

export interface Crc64Kernel {
  start(): Crc64State
  update(s: Crc64State, data: Uint8Array): void
  /** The CRC as S3 and quilt write it: 8 bytes, big-endian. */
  digest(s: Crc64State): Uint8Array
}

export function crc64nvmeKernel(): Crc64Kernel {
  // t[k * 512 + 2 * i] = high half, + 1 = low half of the k-th slice table at byte i.
  const t = new Uint32Array(8 * 512)
  const POLY_HI = 0x9a6c9329
  const POLY_LO = 0xac4bc9b5
  for (let i = 0; i < 256; i++) {
    let hi = 0
    let lo = i
    for (let b = 0; b < 8; b++) {
      const carry = lo & 1
      lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0
      hi = hi >>> 1
      if (carry) {
        hi = (hi ^ POLY_HI) >>> 0
        lo = (lo ^ POLY_LO) >>> 0
      }
    }
    t[2 * i] = hi
    t[2 * i + 1] = lo
  }
  for (let k = 1; k < 8; k++) {
    for (let i = 0; i < 256; i++) {
      const prev = (k - 1) * 512 + 2 * i
      const hi = t[prev]!
      const lo = t[prev + 1]!
      const j = 2 * (lo & 255)
      t[k * 512 + 2 * i] = (hi >>> 8) ^ t[j]!
      t[k * 512 + 2 * i + 1] = (((lo >>> 8) | ((hi & 255) << 24)) ^ t[j + 1]!) >>> 0
    }
  }
  return {
    start: () => ({ hi: 0xffffffff, lo: 0xffffffff }),
    update(s: Crc64State, data: Uint8Array): void {
      let hi = s.hi
      let lo = s.lo
      const n = data.length
      let i = 0
      const end8 = n - (n % 8)
      while (i < end8) {
        lo ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)
        hi ^= data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)
        i += 8
        const a = 7 * 512 + 2 * (lo & 255)
        const b = 6 * 512 + 2 * ((lo >>> 8) & 255)
        const c = 5 * 512 + 2 * ((lo >>> 16) & 255)
        const d = 4 * 512 + 2 * (lo >>> 24)
        const e = 3 * 512 + 2 * (hi & 255)
        const f = 2 * 512 + 2 * ((hi >>> 8) & 255)
        const g = 512 + 2 * ((hi >>> 16) & 255)
        const h = 2 * (hi >>> 24)
        hi = t[a]! ^ t[b]! ^ t[c]! ^ t[d]! ^ t[e]! ^ t[f]! ^ t[g]! ^ t[h]!
        lo =
          t[a + 1]! ^
          t[b + 1]! ^
          t[c + 1]! ^
          t[d + 1]! ^
          t[e + 1]! ^
          t[f + 1]! ^
          t[g + 1]! ^
          t[h + 1]!
      }
      while (i < n) {
        const j = 2 * ((lo ^ data[i++]!) & 255)
        lo = ((lo >>> 8) | ((hi & 255) << 24)) ^ t[j + 1]!
        hi = (hi >>> 8) ^ t[j]!
      }
      s.hi = hi >>> 0
      s.lo = lo >>> 0
    },
    digest(s: Crc64State): Uint8Array {
      const out = new Uint8Array(8)
      const hi = (s.hi ^ 0xffffffff) >>> 0
      const lo = (s.lo ^ 0xffffffff) >>> 0
      out[0] = hi >>> 24
      out[1] = (hi >>> 16) & 255
      out[2] = (hi >>> 8) & 255
      out[3] = hi & 255
      out[4] = lo >>> 24
      out[5] = (lo >>> 16) & 255
      out[6] = (lo >>> 8) & 255
      out[7] = lo & 255
      return out
    }
  }
}
