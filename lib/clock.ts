// One clock for the whole app so tests can move time (codes, links, sessions). The offset lives
// on globalThis because Next.js may load this module once per bundle layer in one process.
const state = globalThis as typeof globalThis & { __ventanillaClockOffsetMs?: number };

export function nowMs(): number {
  return Date.now() + (state.__ventanillaClockOffsetMs ?? 0);
}

export function now(): Date {
  return new Date(nowMs());
}

/** Moves the clock by `ms`; tests and the e2e test hook only. */
export function advanceClock(ms: number) {
  state.__ventanillaClockOffsetMs = (state.__ventanillaClockOffsetMs ?? 0) + ms;
}

export function resetClock() {
  state.__ventanillaClockOffsetMs = 0;
}
