/**
 * URI helpers for the core, which uses no `node:path`. URIs are strings such as
 * `file:///desk/facts.yaml` or `vscode-test-web://mount/facts.yaml`.
 */

/** The URI of the folder that holds `uri` (with a trailing slash). */
export function dirnameUri(uri: string): string {
  const i = uri.lastIndexOf('/');
  return i < 0 ? uri : uri.slice(0, i + 1);
}

/** Resolves a relative path (POSIX separators) against the URI of a file. */
export function resolveUri(base: string, relative: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(relative)) return relative;
  const rel = relative.replace(/\\/g, '/');
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(base);
  const authority = m?.[1] ?? '';
  const basePath = m?.[2] ?? base;
  const start = rel.startsWith('/') ? [] : dirnameUri(basePath).split('/');
  const parts = start.concat(rel.split('/'));
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') {
      if (out.length > 1) out.pop();
    } else if (part !== '.' && part !== '') {
      out.push(part);
    }
  }
  return `${authority}/${out.map(encodeSegment).join('/')}`;
}

function encodeSegment(s: string): string {
  // Keep already-encoded segments as they are; encode spaces and the like.
  return /%[0-9a-f]{2}/i.test(s) ? s : encodeURIComponent(s).replace(/%40/g, '@');
}

/** The path of `target` relative to the folder of `from`, both URIs of one scheme and authority. */
export function relativeUri(from: string, target: string): string {
  const a = dirnameUri(from).split('/').filter(Boolean);
  const b = target.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  return decodeURIComponent(up.concat(b.slice(i)).join('/'));
}

/** Whether `uri` lies inside the folder `folder` (a URI, with or without trailing slash). */
export function isInside(uri: string, folder: string): boolean {
  const f = folder.endsWith('/') ? folder : `${folder}/`;
  return uri.startsWith(f);
}

/** The last path segment of a URI, decoded. */
export function basenameUri(uri: string): string {
  const s = uri.replace(/\/+$/, '');
  return decodeURIComponent(s.slice(s.lastIndexOf('/') + 1));
}
