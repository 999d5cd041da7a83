/** Offsets to 1-based line numbers and back, for a text whose lines are counted once. */
export class LineIndex {
  /** Offset of each line's first character. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
    // A final line break ends the last line; it does not start an empty one.
    if (this.starts.length > 1 && this.starts[this.starts.length - 1] === text.length) this.starts.pop();
  }

  get count(): number {
    return this.starts.length;
  }

  /** The 1-based line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** Offset of the first character of 1-based `line`. */
  start(line: number): number {
    return line > this.starts.length ? this.text.length : this.starts[line - 1]!;
  }

  /** Offset just after the last character of 1-based `line`, before its line break. */
  end(line: number): number {
    let end = line < this.starts.length ? this.starts[line]! - 1 : this.text.length;
    if (line >= this.starts.length && this.text.endsWith('\n')) end--;
    return end > this.start(line) && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }
}
