/**
 * V8 represents a substring of 13+ characters as a view into its parent, so
 * keeping a note's title (a regex capture) or a word (a slice) in a
 * long-lived index would keep the whole note text alive: ~50 MB over 10,000
 * notes. Copying such a string cuts it loose.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
