import { CODES } from '../codes.js';
import type { Host } from '../host.js';
import { readNamed } from './named.js';
import type { Finding } from '../types.js';
import { relativeUri } from '../uri.js';
import type { Registry } from './model.js';

/**
 * Text as quote matching sees it: Unicode-normalised, lower case, curly quotes
 * and dashes straightened, Markdown emphasis and link targets dropped,
 * whitespace collapsed.
 */
export function normalizeForQuote(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\]\([^)\s]*\)/g, ' ')
    .replace(/[*_[\]`]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Longest quote compared with edits tolerated; longer quotes are compared by their first this many characters. */
const FUZZY_MAX = 200;

/**
 * Whether `quote` occurs in a normalised text, exactly or with small edits
 * (about one edit per ten characters, at least one).
 */
export function quoteOccurs(quote: string, normalizedText: string): boolean {
  const q = normalizeForQuote(quote);
  if (q === '' || normalizedText.includes(q)) return true;
  const p = q.length > FUZZY_MAX ? q.slice(0, FUZZY_MAX) : q;
  const k = Math.max(1, Math.floor(p.length / 10));
  return approximateIndex(p, normalizedText, k) >= 0;
}

/** End offset of the first substring of `text` within `k` edits of `pattern` (Sellers' algorithm), or -1. */
function approximateIndex(pattern: string, text: string, k: number): number {
  const m = pattern.length;
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    cur[0] = 0;
    // in range: 1 <= i <= m, and prev and cur have m + 1 entries
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const del = prev[i]! + 1;
      const ins = cur[i - 1]! + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    if (cur[m]! <= k) return j + 1; // in range: cur has m + 1 entries
    const t = prev;
    prev = cur;
    cur = t;
  }
  return -1;
}

/**
 * Finds `registry.quote-not-found` problems: a source whose `quote` is no
 * longer in its `file`, or whose `file` cannot be read. Source texts come
 * through the host and are normalised once per content; answers are cached
 * per text, so a reload with unchanged articles costs a few map look-ups.
 */
export class QuoteChecker {
  private readonly texts = new Map<string, { text: string | undefined; refused?: string; normalized: string; answers: Map<string, boolean> }>();

  constructor(private readonly host: Host) {}

  /** Whether a fact of the last checked registry cites `uri` as a source file. */
  isSource(uri: string): boolean {
    return this.texts.has(uri);
  }

  /** Findings per registry file URI. */
  async check(registry: Registry): Promise<Map<string, Finding[]>> {
    const wanted = new Set<string>();
    for (const fact of registry.facts.values()) for (const s of fact.sources) if (s.fileUri) wanted.add(s.fileUri);
    await Promise.all(
      [...wanted].map(async (uri) => {
        // Read only under the host's rule: a regular file inside the workspace, of a bounded size.
        const named = await readNamed(this.host, uri);
        const text = 'text' in named ? named.text : undefined;
        const refused = 'refused' in named ? named.refused : undefined;
        const known = this.texts.get(uri);
        if (known && known.text === text && known.refused === refused) return;
        this.texts.set(uri, { text, refused, normalized: text === undefined ? '' : normalizeForQuote(text), answers: new Map() });
      }),
    );
    for (const uri of this.texts.keys()) if (!wanted.has(uri)) this.texts.delete(uri);
    const out = new Map<string, Finding[]>();
    const add = (uri: string, finding: Finding): void => {
      const list = out.get(uri);
      if (list) list.push(finding);
      else out.set(uri, [finding]);
    };
    for (const fact of registry.facts.values()) {
      for (const s of fact.sources) {
        if (!s.fileUri) continue;
        const registryUri = fact.location.uri;
        const entry = this.texts.get(s.fileUri)!;
        if (entry.refused === 'is outside the workspace') {
          add(registryUri, {
            code: 'registry.quote-not-found',
            severity: CODES['registry.quote-not-found'],
            message: `Source file \`${s.file}\` of \`${fact.id}\` is outside the workspace, so Factmark does not read it; cite it by \`url\` or keep the article inside the workspace`,
            uri: registryUri,
            span: s.fileSpan ?? s.location.span,
          });
          continue;
        }
        if (entry.text === undefined) {
          const missing = !entry.refused || /^cannot be read|^does not exist/.test(entry.refused);
          // Where the path resolves, when that says more than the path as written.
          const resolved = relativeUri(registryUri, s.fileUri);
          const where = resolved !== s.file ? ` (looked for \`${resolved}\`, relative to this registry file)` : '';
          // A missing file (not yet written, git-ignored, moved) leaves the fact usable: a code of its own, a warning by default.
          const code = missing ? 'registry.source-missing' : 'registry.quote-not-found';
          add(registryUri, {
            code,
            severity: CODES[code],
            message: missing
              ? `Source file \`${s.file}\` of \`${fact.id}\` is missing${where}: its quote cannot be checked; restore the file, correct the path, or cite the source by \`url\``
              : `Source file \`${s.file}\` of \`${fact.id}\` ${entry.refused}; fix the path or remove the source`,
            uri: registryUri,
            span: s.fileSpan ?? s.location.span,
          });
          continue;
        }
        if (s.quote === undefined) continue;
        let found = entry.answers.get(s.quote);
        if (found === undefined) {
          found = quoteOccurs(s.quote, entry.normalized);
          entry.answers.set(s.quote, found);
        }
        if (!found) {
          add(registryUri, {
            code: 'registry.quote-not-found',
            severity: CODES['registry.quote-not-found'],
            message: `Quote of \`${fact.id}\` is no longer found in \`${s.file}\`; update the quote to the article's current wording or remove it`,
            uri: registryUri,
            span: s.quoteSpan ?? s.location.span,
          });
        }
      }
    }
    return out;
  }
}
