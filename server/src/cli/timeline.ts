// `factmark timeline --html`: the story model as one self-contained HTML page, drawn by the same
// renderer as the VS Code webview (dist/timeline/timeline.{js,css}, inlined). Nothing is fetched:
// a Content-Security-Policy allows only the page's own inline script and styles, by hash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryModel } from '../core/index.js';
import type { TimelineModel } from '../../../timeline/src/model.js';

/** The built renderer: beside the CLI bundle (dist/node/cli.js → dist/timeline/), or from the sources' dist/. */
function asset(name: string): string {
  for (const dir of [join(__dirname, '..', 'timeline'), join(__dirname, '..', '..', '..', 'dist', 'timeline')]) {
    const path = join(dir, name);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`the timeline renderer (dist/timeline/${name}) is not built: run npm run build`);
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The page. File URIs under `base` (the working folder) become relative paths, so a page put in a
 * wiki or a pull request names `articles/x.md`, not the machine's folders.
 */
export function timelinePage(story: StoryModel, options: { base?: string; title?: string } = {}): string {
  const model: TimelineModel = story; // the renderer reads a subset of the story model
  let json = JSON.stringify(model);
  if (options.base) json = json.split(`"${options.base.replace(/\/$/, '')}/`).join('"');
  // Inside <script>: no `</script` or `<!--` can end or comment the element.
  json = json.replace(/</g, '\\u003c');
  const script = asset('timeline.js').replace(/<\/script/gi, '<\\/script').replace(/\n\/\/# sourceMappingURL=.*$/, '');
  const style = asset('timeline.css');
  const title = options.title ?? `Factmark timeline: ${story.facts.length} fact${story.facts.length === 1 ? '' : 's'}`;
  const csp = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; img-src data:`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factmark">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<div id="factmark-timeline"></div>
<script type="application/json" id="factmark-model">${json}</script>
<script>${script}</script>
</body>
</html>
`;
}
