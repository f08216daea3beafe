// `factmark timeline --html`: the story model as one self-contained HTML page, drawn by the same
// renderer as the VS Code webview (dist/timeline/timeline.{js,css}, inlined). Nothing is fetched:
// a Content-Security-Policy allows only the page's own inline script and styles, by hash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryModel } from '../core/index.js';
import type { TimelineModel } from '../../../timeline/src/model.js';
import { pageShell } from '../../../timeline/src/page.js';

/** The built renderer: beside the CLI bundle (dist/node/cli.js → dist/timeline/), or in `from`. */
function asset(name: string, from?: string): string {
  for (const dir of from ? [from] : [join(__dirname, '..', 'timeline'), join(__dirname, '..', '..', '..', 'dist', 'timeline')]) {
    const path = join(dir, name);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`the timeline renderer (dist/timeline/${name}) is not built: run npm run build`);
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** What the renderer reads of the story model, and nothing else (a page for 5,000 facts is megabytes). */
function slim(story: StoryModel): TimelineModel {
  return {
    version: story.version,
    asOf: story.asOf,
    today: story.today,
    stories: story.stories.map(({ id, label, uri }) => ({ id, label, uri })),
    facts: story.facts.map((f) => ({
      id: f.id,
      statement: f.statement,
      date: f.date,
      ...(f.start ? { start: f.start } : {}),
      ...(f.end && f.end !== f.start ? { end: f.end } : {}),
      status: f.status,
      story: f.story,
      actors: f.actors,
      ...(f.supersededBy ? { supersededBy: f.supersededBy } : {}),
      supersedes: f.supersedes,
      location: f.location,
      articles: f.articles,
    })),
    actors: story.actors.filter((a) => a.facts.length).map(({ id, name, type, roles }) => ({ id, name, type, roles })),
    articles: story.articles,
    ...(story.focus ? { focus: { uri: story.focus.uri, date: story.focus.date, claims: story.focus.claims.map(({ fact }) => ({ fact })) } } : {}),
    ...(story.indexing ? { indexing: true } : {}),
  };
}

/**
 * The page. File URIs under `base` (the working folder) become relative paths, so a page put in a
 * wiki or a pull request names `articles/x.md`, not the machine's folders.
 */
export function timelinePage(story: StoryModel, options: { base?: string; title?: string; assets?: string } = {}): string {
  let json = JSON.stringify(slim(story));
  if (options.base) json = json.split(`"${options.base.replace(/\/$/, '')}/`).join('"');
  // Inside <script>: no `</script` or `<!--` can end or comment the element.
  json = json.replace(/</g, '\\u003c');
  const script = asset('timeline.js', options.assets).replace(/<\/script/gi, '<\\/script').replace(/\n\/\/# sourceMappingURL=.*$/, '');
  const style = asset('timeline.css', options.assets);
  const title = options.title ?? `Factmark timeline: ${story.facts.length} fact${story.facts.length === 1 ? '' : 's'}`;
  const csp = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; img-src data:`;
  const head = `<meta name="generator" content="factmark">
<title>${escapeHtml(title)}</title>
<style>${style}</style>`;
  const body = `<div id="factmark-timeline"></div>
<script type="application/json" id="factmark-model">${json}</script>
<script>${script}</script>`;
  return `${pageShell({ csp, head, body })}\n`;
}
