import { CODES } from '../codes.js';
import type { Host } from '../host.js';
import type { Finding } from '../types.js';

/** A file's text, or why the host will not read it (a phrase such as "is outside the workspace"; never the file's content). */
export type NamedText = { text: string } | { refused: string };

/**
 * Reads a file an article or a registry names (front-matter `registry`, a source's `file`)
 * under the host's rule: {@link Host.readNamed} when it has one, else only inside the
 * workspace ({@link Host.contains}) through {@link Host.readText}.
 */
export async function readNamed(host: Host, uri: string): Promise<NamedText> {
  if (host.readNamed) return host.readNamed(uri);
  if (host.contains && !host.contains(uri)) return { refused: 'is outside the workspace' };
  let text: string | undefined;
  try {
    text = await host.readText(uri);
  } catch {
    text = undefined;
  }
  return text === undefined ? { refused: 'cannot be read' } : { text };
}

/** The span of the front matter's `registry:` value in an article (or of the front matter's start). */
export function frontMatterRegistrySpan(text: string): { start: number; end: number } {
  const head = /^\uFEFF?---\r?\n/.exec(text);
  if (head) {
    const close = /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(text.slice(head[0].length));
    const limit = close ? head[0].length + close.index : Math.min(text.length, 4096);
    const re = /^registry:[ \t]*(.*?)[ \t]*\r?$/gm;
    re.lastIndex = head[0].length;
    const m = re.exec(text);
    if (m && m.index < limit) {
      const value = m[1] ?? '';
      const start = m.index + m[0].indexOf(value, 'registry:'.length);
      return value ? { start, end: start + value.length } : { start: m.index, end: m.index + 'registry:'.length };
    }
  }
  return { start: 0, end: 0 };
}

/** The finding for an article whose front-matter `registry` is refused: at the value, naming the path as written. */
export function refusedRegistryFinding(uri: string, text: string, name: string, refused: string, severity: Finding['severity'] = CODES['workspace.unreadable']): Finding {
  return {
    code: 'workspace.unreadable',
    severity,
    message: `Registry \`${name}\` ${refused}, so Factmark does not read it; name a registry file inside the workspace, or remove \`registry\` to use the desk's registry`,
    uri,
    span: frontMatterRegistrySpan(text),
  };
}
