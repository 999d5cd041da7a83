/** The order of due cards in a queue. */
const DIGIT_BITS = 16;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/**
 * Positions of `times` from earliest to latest, equal ones (to the second)
 * in their given order. A stable radix sort on whole seconds after the
 * earliest, in two 16-bit passes: linear time, where a comparison sort of
 * 27,000 due cards alone took 10 ms and more on a busy machine.
 */
export function dueOrder(times: Float64Array): Uint32Array {
  const n = times.length;
  let earliest = Infinity;
  for (let i = 0; i < n; i++) earliest = Math.min(earliest, times[i]!);
  const keys = new Uint32Array(n);
  // 2^32 seconds is 136 years: only a corrupt date could be further away, and it then ties with the latest.
  for (let i = 0; i < n; i++) keys[i] = Math.min(Math.floor((times[i]! - earliest) / 1000), 0xffffffff);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const starts = new Uint32Array(DIGIT_MASK + 2);
  for (const shift of [0, DIGIT_BITS]) {
    starts.fill(0);
    for (let i = 0; i < n; i++) starts[((keys[i]! >>> shift) & DIGIT_MASK) + 1]!++;
    for (let d = 1; d < starts.length; d++) starts[d]! += starts[d - 1]!;
    for (let i = 0; i < n; i++) {
      const at = order[i]!;
      next[starts[(keys[at]! >>> shift) & DIGIT_MASK]!++] = at;
    }
    [order, next] = [next, order];
  }
  return order;
}
