/** Converts UTF-16 offsets to 0-based line/character positions and back. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The 0-based line and UTF-16 character of an offset. */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid; // in range: 0 <= lo < mid <= hi < starts.length
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! }; // in range: starts has line 0, and lo stays in it
  }

  /** The offset of a 0-based line and UTF-16 character (clamped to the line). */
  offset(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!; // in range: 0 <= position.line < starts.length (tested above)
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! : this.text.length; // in range: tested first
    let lineEnd = next;
    while (lineEnd > start && (this.text.charCodeAt(lineEnd - 1) === 10 || this.text.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
    return Math.min(start + Math.max(0, position.character), lineEnd);
  }
}
