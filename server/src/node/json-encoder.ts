import type { Message } from 'vscode-languageserver/node';

/** Each published diagnostic's JSON, made once (diagnostics are never changed once published). */
const encoded = new WeakMap<object, string>();

const PUBLISH = 'textDocument/publishDiagnostics';

/**
 * The JSON of a message, as `JSON.stringify` writes it, except that a publishDiagnostics
 * notification is put together from each diagnostic's JSON, made once per diagnostic object.
 * While one types, the server's {@link Publisher} hands back the same object for each of the
 * hundreds of diagnostics that did not change, so a publish costs the JSON of what changed
 * (stringifying a whole publish of a 5,000-word article took longer than analysing the edit).
 */
export function encodeMessage(msg: Message): string {
  const m = msg as { method?: unknown; params?: { diagnostics?: unknown } };
  const diagnostics = m.method === PUBLISH ? m.params?.diagnostics : undefined;
  if (!Array.isArray(diagnostics)) return JSON.stringify(msg);
  const parts = new Array<string>(diagnostics.length);
  for (let i = 0; i < diagnostics.length; i++) {
    const d: unknown = diagnostics[i];
    if (typeof d !== 'object' || d === null) {
      parts[i] = JSON.stringify(d) ?? 'null';
      continue;
    }
    let json = encoded.get(d);
    if (json === undefined) encoded.set(d, (json = JSON.stringify(d)));
    parts[i] = json;
  }
  // Everything but the diagnostics, with the diagnostics put back in as the last member of params.
  const { diagnostics: _, ...params } = m.params!;
  const head = JSON.stringify({ ...msg, params: { ...params, diagnostics: 0 } });
  const at = head.lastIndexOf('"diagnostics":0');
  return `${head.slice(0, at)}"diagnostics":[${parts.join(',')}]${head.slice(at + '"diagnostics":0'.length)}`;
}

/** vscode-jsonrpc's content type encoder with {@link encodeMessage}. */
export const jsonEncoder = {
  name: 'application/json',
  encode(msg: Message, options: { charset: BufferEncoding }): Promise<Uint8Array> {
    try {
      return Promise.resolve(Buffer.from(encodeMessage(msg), options.charset));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
