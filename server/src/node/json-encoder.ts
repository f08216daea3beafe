import type { Message } from 'vscode-languageserver/node';

/** Each published diagnostic's JSON as UTF-8, made once (diagnostics are never changed once published). */
const encoded = new WeakMap<object, Buffer>();

const PUBLISH = 'textDocument/publishDiagnostics';
const COMMA = Buffer.from(',');
const PLACEHOLDER = '"diagnostics":0';

/**
 * The UTF-8 JSON of a message, byte for byte what `JSON.stringify` writes, except that a
 * publishDiagnostics notification is put together from each diagnostic's bytes, made once per
 * diagnostic object. While one types, the server's {@link Publisher} hands back the same object
 * for each of the hundreds of diagnostics that did not change, so a publish costs the JSON of
 * what changed and one copy of the rest (stringifying, then encoding, the ~260 KB publish of a
 * 5,000-word article took longer than analysing the edit).
 */
export function encodeMessage(msg: Message): Buffer {
  const m = msg as { method?: unknown; params?: { diagnostics?: unknown } };
  const diagnostics = m.method === PUBLISH ? m.params?.diagnostics : undefined;
  // Only where the diagnostics are the last member of params (as every publish here has them) do the bytes come out in JSON.stringify's order.
  if (!Array.isArray(diagnostics) || lastKey(m.params!) !== 'diagnostics') return Buffer.from(JSON.stringify(msg), 'utf8');
  // Everything but the diagnostics, with the diagnostics put back in as the last member of params
  // (a JSON string never holds an unescaped quote, so the placeholder is found only where it was put).
  const { diagnostics: _, ...params } = m.params!;
  const head = JSON.stringify({ ...msg, params: { ...params, diagnostics: 0 } });
  const at = head.lastIndexOf(PLACEHOLDER);
  const parts: Buffer[] = [Buffer.from(`${head.slice(0, at)}"diagnostics":[`, 'utf8')];
  for (let i = 0; i < diagnostics.length; i++) {
    if (i) parts.push(COMMA);
    const d: unknown = diagnostics[i];
    if (typeof d !== 'object' || d === null) {
      parts.push(Buffer.from(JSON.stringify(d) ?? 'null', 'utf8'));
      continue;
    }
    let bytes = encoded.get(d);
    if (bytes === undefined) encoded.set(d, (bytes = Buffer.from(JSON.stringify(d), 'utf8')));
    parts.push(bytes);
  }
  parts.push(Buffer.from(`]${head.slice(at + PLACEHOLDER.length)}`, 'utf8'));
  return Buffer.concat(parts);
}

/** The last own enumerable key of an object (JSON.stringify's last member). */
function lastKey(o: object): string | undefined {
  let last: string | undefined;
  for (const k in o) if (Object.hasOwn(o, k)) last = k;
  return last;
}

/** vscode-jsonrpc's content type encoder with {@link encodeMessage} (UTF-8, as LSP is). */
export const jsonEncoder = {
  name: 'application/json',
  encode(msg: Message, options: { charset: BufferEncoding }): Promise<Uint8Array> {
    try {
      return Promise.resolve(options.charset === 'utf-8' || options.charset === 'utf8' ? encodeMessage(msg) : Buffer.from(JSON.stringify(msg), options.charset));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
