// Cutting an article's body into top-level segments at blank lines (outside fences), and
// telling plain prose from Markdown: shared by the whole-article parse (article.ts) and the
// incremental re-parse (../incremental.ts), which re-cuts only the lines around an edit.

/**
 * Markdown that makes one top-level block span blank lines, or makes one part of
 * the text depend on another: fenced code (handled while cutting), HTML blocks
 * (kinds 1–5, `<script>`, `<pre>`, `<style>`, `<textarea>`, comments, `<?`, `<!`,
 * span blank lines; kinds 6–7, any tag at a line start, swallow the lines up to the
 * next blank line, a fence marker among them, so the fence the cutter would see is
 * not one), and link reference definitions (a `[text][ref]` anywhere depends on
 * them; a definition may sit in a quote or a list item, its label may span lines and
 * hold escaped brackets, but it always holds `]:`). Texts with these are parsed whole.
 */
const HTML_LINE = /^ {0,3}<[A-Za-z/!?]/m;

/**
 * Whether a text holds one of those. (The test of a line start at every position is run only where a `<`
 * stands: a native search finds that, and `]:`, at once.)
 */
function wholeOnly(text: string): boolean {
  return text.includes(']:') || (text.includes('<') && HTML_LINE.test(text));
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A line that never opens a segment: indented (a list continuation, indented code), or an
 * empty list item, which micromark reads as a paragraph after indented code and blank
 * lines but as a list alone.
 */
const NO_START = /^(?:[ \t]|(?:[-*+]|\d{1,9}[.)])[ \t]*\r?$)/;

/**
 * Cuts the body of a text into top-level segments at blank lines, so that each
 * segment parses alone exactly as it does inside the whole text: a blank line
 * inside a fenced code block does not cut, and a segment whose first line is
 * indented (a list continuation, indented code) or an empty list item stays with
 * the one before.
 * Returns the segment start offsets (the first is `from`), or undefined when the
 * text must be parsed whole.
 */
export function cutSegments(text: string, from: number, markdown = true): number[] | undefined {
  const body = from === 0 ? text : text.slice(from);
  // A lone CR ends a line for Markdown but not for this line scanner: such texts are parsed whole.
  if (markdown && (wholeOnly(body) || /\r(?!\n)/.test(body))) return undefined;
  const starts = [from];
  let last = from;
  const state: LineScan = { markdown, fence: undefined, blank: false, list: false, unsure: false };
  let at = from;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (scanLine(text.slice(at, end), state) && at > last) starts.push((last = at));
    at = end + 1;
  }
  return state.unsure ? undefined : starts;
}

/** The line scanner's state between lines: inside which fence, after a blank line or not. */
interface LineScan {
  markdown: boolean;
  fence: string | undefined;
  blank: boolean;
  /** Whether a line of the current segment may open a list item (see LIST_ITEM). */
  list: boolean;
  /**
   * Whether a fence opened on an indented line after a list item: it may lie in the item, and
   * then it ends with the item, where remark may open another fence that the scanner would
   * read as its close (`1.⏎   ```⏎```⏎⏎Text`). Such texts are parsed whole.
   */
  unsure: boolean;
}

/** A list item's line that opens a fence after its marker (`- ```js`, `1. ~~~`), maybe inside quotes. */
const LIST_FENCE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:`{3,}|~{3,})/;

/** A line that may open a list item, maybe inside quotes. */
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|\r?$)/;

/**
 * Reads one line (without its line break) into the scanner's state, and tells whether a segment
 * may start at it: a line after a blank one, outside a fence, that continues no block ({@link NO_START}).
 * A blank line is one as the parser sees it: remark also ends lines at CR, the plain-text splitter does not.
 */
function scanLine(line: string, state: LineScan): boolean {
  const isBlank = (state.markdown ? BLANK_MARKDOWN : BLANK_TEXT).test(line);
  let start = false;
  const { fence } = state;
  if (fence && state.markdown) {
    const run = FENCE.exec(line)?.[1];
    if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) state.fence = undefined;
  } else if (!isBlank) {
    start = state.blank && !NO_START.test(line);
    if (start) state.list = false;
    if (state.markdown) {
      const open = FENCE.exec(line);
      const run = open?.[1];
      if (open && run && !(run[0] === '`' && line.slice(open[0].length).includes('`'))) {
        state.fence = run;
        if (state.list && open[0].length > run.length) state.unsure = true;
      } else {
        if (!state.list && LIST_ITEM.test(line)) state.list = true;
        // A fence opened on a list item's own line lies in the item and ends with it: whether it takes the blank lines
        // after it depends on whether the next segment goes on with the list (`- ```⏎⏎- next`), which no segment parsed
        // alone can tell. Such texts are parsed whole too.
        if ((line.includes('`') || line.includes('~')) && LIST_FENCE.test(line)) state.unsure = true;
      }
    }
  }
  state.blank = isBlank;
  return start;
}

const BLANK_MARKDOWN = /^[ \t]*\r?$/;
const BLANK_TEXT = /^[ \t]*$/;

/**
 * The cut of a text after an edit, from the cut of the text before it: only the lines
 * from the last segment start before the first changed character up to the first
 * start after the changed range where the scan is back in step (outside a fence,
 * after a blank line, at a start the old cut had) are scanned again; the starts
 * around them are the old ones, those after moved by the change of length.
 * Returns undefined when the old cut gives nothing to go on (the change reaches
 * the first segment), `starts` undefined when the text must now be parsed whole,
 * and with the starts how many leading segments are unchanged in place (`head`)
 * and how many trailing ones are unchanged but moved (`tail`).
 */
export function recutSegments(
  prev: string,
  prevStarts: readonly number[],
  text: string,
  markdown: boolean,
): { starts: number[] | undefined; head: number; tail: number } | undefined {
  const p = commonPrefix(prev, text);
  if (p === prev.length && p === text.length) return { starts: prevStarts.slice(), head: prevStarts.length, tail: 0 };
  const changeEnd = text.length - commonSuffix(prev, text, Math.min(prev.length, text.length) - p);
  // The last start before the first changed character: everything before it is unchanged,
  // so the scan enters it outside a fence, after the same blank line, and it is still a start
  // if its first character says so (not a space or a tab); one that could open an empty list
  // item must also keep its line and line break. The first start always is one.
  let j = prevStarts.length - 1;
  while (j >= 0 && prevStarts[j]! >= p) j--; // in range: j < prevStarts.length, j >= 0 tested first
  // in range: 0 < j < prevStarts.length
  if (j > 0 && /[-*+\d]/.test(prev.charAt(prevStarts[j]!))) {
    const eol = prev.indexOf('\n', prevStarts[j]!);
    if (eol < 0 || eol >= p) j--;
  }
  if (j < 0) return undefined;
  const d = text.length - prev.length;
  const from = prevStarts[j]!; // in range: 0 <= j < prevStarts.length
  const starts = prevStarts.slice(0, j + 1);
  let last = from;
  const state: LineScan = { markdown, fence: undefined, blank: false, list: false, unsure: false };
  let at = from;
  let m = j + 1;
  let tail = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (scanLine(text.slice(at, end), state) && at > last) {
      starts.push((last = at));
      // Past the change (the line break before this line included), at a start of the old
      // cut, in the same state: the rest of the old cut holds, moved by `d`.
      if (at > changeEnd) {
        while (m < prevStarts.length && prevStarts[m]! + d < at) m++; // in range: tested first
        // in range: m < prevStarts.length is tested first, and k < prevStarts.length
        if (m < prevStarts.length && prevStarts[m]! + d === at) {
          for (let k = m + 1; k < prevStarts.length; k++) starts.push(prevStarts[k]! + d);
          tail = prevStarts.length - m;
          break;
        }
      }
    }
    at = end + 1;
  }
  // The old text held nothing that forces a whole parse: only the lines scanned again can.
  if (markdown) {
    const scanned = text.slice(from, tail ? starts[starts.length - tail]! : text.length); // in range: the tail's starts were pushed
    if (state.unsure || wholeOnly(scanned) || /\r(?!\n)/.test(scanned)) return { starts: undefined, head: 0, tail: 0 };
  }
  return { starts, head: j, tail };
}

/** How many characters two texts share at their start (compared a chunk at a time, then by character). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters (at most `limit`) two texts share at their end. */
function commonSuffix(a: string, b: string, limit: number): number {
  const la = a.length;
  const lb = b.length;
  let i = 0;
  while (i + CHUNK <= limit && a.slice(la - i - CHUNK, la - i) === b.slice(lb - i - CHUNK, lb - i)) i += CHUNK;
  while (i < limit && a.charCodeAt(la - i - 1) === b.charCodeAt(lb - i - 1)) i++;
  return i;
}

const CHUNK = 512;

/**
 * Whether a segment is one paragraph of plain prose for Markdown: no line starts a
 * heading, list, quote, table, fence or HTML, and no inline code, HTML, autolink,
 * link or image. Such a segment has the same block and masks as plain text, so it
 * skips the Markdown parser (emphasis, escapes and entities mask nothing).
 */
export function isPlainProse(segment: string): boolean {
  return isPlainProseAt(segment, 0, segment.length);
}

/**
 * {@link isPlainProse} of `text[start, end)`, without slicing it: no line (after LF, CR,
 * U+2028 or U+2029) starts with a space, a tab, one of `#>*+=|<~\`-_` or up to nine
 * digits and `.` or `)`; no space or tab ends a line or the segment; and outside `[@id]`
 * marker groups (`[@`, 1–400 characters other than `]` and LF, `]`) no `` ` ``, `<` or `[`.
 */
export function isPlainProseAt(text: string, start: number, end: number): boolean {
  let lineStart = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (lineStart) {
      lineStart = false;
      if (BLOCK_START_CHAR[c] === 1) return false;
      if (c >= 48 && c <= 57) {
        let j = i + 1;
        while (j < end && j - i < 9 && isDigitCode(text.charCodeAt(j))) j++;
        const d = text.charCodeAt(j);
        if (j < end && (d === 46 || d === 41)) return false;
      }
    }
    switch (c) {
      case 10:
      case 13:
      case 0x2028:
      case 0x2029:
        lineStart = true;
        break;
      case 32:
      case 9: {
        // A space or tab at the end of a line (before LF, CR or CRLF) or of the segment.
        const d = i + 1 < end ? text.charCodeAt(i + 1) : 10;
        if (d === 10 || d === 13) return false;
        break;
      }
      case 96:
      case 60:
        if (!inMarker(text, i, start, end)) return false;
        break;
      case 91:
        if (!inMarker(text, i, start, end)) return false;
        break;
    }
  }
  return true;
}

/** Characters that start a Markdown block other than a paragraph at a line start (see BLOCK_START). */
const BLOCK_START_CHAR = new Uint8Array(128);
for (const ch of ' \t#>*+=|<~`-_') BLOCK_START_CHAR[ch.charCodeAt(0)] = 1;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether offset `at` lies in a `[@id]` marker group as `/\[@[^\]\n]{1,400}\]/g`
 * finds them, leftmost first. A group holds no `]` or LF, so its `]` is the first
 * after `at`, and it opens at the leftmost `[@` before `at` (no `]` or LF between)
 * that leaves 1–400 characters before that `]`.
 */
function inMarker(text: string, at: number, start: number, end: number): boolean {
  let close = at + 1;
  while (close < end && close - at <= 402) {
    const c = text.charCodeAt(close);
    if (c === 93) break;
    if (c === 10) return false;
    close++;
  }
  if (close >= end || text.charCodeAt(close) !== 93) return false;
  let open = -1;
  for (let k = at; k >= start && close - k - 2 <= 400; k--) {
    const c = text.charCodeAt(k);
    if (k < at && (c === 93 || c === 10)) break;
    if (c === 91 && text.charCodeAt(k + 1) === 64 && close - k - 2 >= 1) open = k;
  }
  return open >= 0;
}
