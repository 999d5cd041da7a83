/**
 * Makes micromark's parse linear in the file size again.
 *
 * micromark's document tokenizer closes a container (every list item, every
 * block quote) by moving a few events with an `EditMap`, whose `consume`
 * rebuilds the whole event list from a full copy of it. That copy is made
 * once per closed container, so parsing was quadratic in practice: a 1 MB
 * note of nested lists took 20 s, of which 90% was that copying
 * (micromark/micromark#169 reports the same for MDX).
 *
 * The edits always sit near the end of the list, so this `consume` keeps the
 * events before the first edit where they are and rewrites only the rest.
 * The result is the same list (see linear-edit-map.node.test.ts). Importing
 * this module installs it; syntax.ts does so before any parse.
 */
import { EditMap } from 'micromark-util-edit-map';

type Change = [at: number, remove: number, add: unknown[]];

/** The fields of EditMap that `consume` works on (its own typings keep them loosely typed). */
interface EditMapState {
  map: Change[];
  index: Map<number, Change>;
}

export function consumeFromFirstEdit(this: EditMapState, events: unknown[]): void {
  if (this.map.length === 0) return;
  this.map.sort((a, b) => a[0] - b[0]);
  const first = this.map[0]![0];
  const rest = events.slice(first);
  events.length = first;
  // `kept` indexes `rest`: how far its events have been copied or removed.
  let kept = 0;
  for (const [at, remove, add] of this.map) {
    for (let i = kept; i < at - first; i++) events.push(rest[i]);
    for (const event of add) events.push(event);
    // As in the original, a removal that runs into the next edit stops there.
    kept = at - first + remove;
  }
  for (let i = kept; i < rest.length; i++) events.push(rest[i]);
  this.map.length = 0;
  this.index.clear();
}

(EditMap.prototype as unknown as { consume: typeof consumeFromFirstEdit }).consume = consumeFromFirstEdit;
