/**
 * The CLI's output formats: stylish, json (versioned), sarif (2.1.0) and github
 * (workflow commands). Each prints the same `Finding[]` per file; positions are
 * converted here from UTF-16 offsets (1-based line and column for people, SARIF and
 * GitHub; 0-based in json, like LSP).
 */
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsUrl, LineIndex, type Analysis, type Finding, type Severity, type Span } from '../core/index.js';
import type { Format } from './args.js';
import { version } from '../../../package.json';

export const VERSION: string = version;
/** The version of the json format's shape; raised when a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 1;

export interface FileReport {
  path: string;
  text: string;
  findings: Finding[];
  /** Each finding's fact, link and actor (by index), worked out while the analysis was at hand. */
  subjects?: Subject[];
  /** The article's links, slim (a run over an archive keeps no whole analysis per article). */
  links?: { factId: string; kind: string; score: number; claim: { start: number; end: number; text: string } }[];
}

/** Where the help for a code lives: its section of docs/checks.md (the editor's diagnostics link there too). */
export const helpUri = docsUrl;

const display = (path: string): string => relative(process.cwd(), path) || path;
const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end && s.start < outer.end;

/** The fact, link and actor a finding is about, from the article's analysis. */
export type Subject = { fact?: string; link?: { kind: string; score: number }; actor?: string };

export function subjectOf(f: Finding, a: Pick<Analysis, 'links' | 'actors' | 'article'> | undefined): Subject {
  if (!a) return {};
  const out: Subject = {};
  if (f.code.startsWith('claim.') || f.code === 'fact.stated') {
    const link = a.links.find((l) => inside(f.span, l.claim)) ?? a.links.find((l) => inside(l.claim, f.span));
    if (link) {
      out.fact = link.factId;
      out.link = { kind: link.kind, score: Math.round(link.score * 1000) / 1000 };
    } else {
      const marker = a.article.markers.find((m) => inside(f.span, m) || inside(m, f.span));
      if (marker) out.fact = marker.id;
    }
  }
  if (f.code.startsWith('actor.')) {
    // The finding's own mention, else (a title before a name) the first mention after it in its sentence.
    const sentence = a.article.sentences.find((s) => inside(f.span, s));
    const actor =
      a.actors.find((m) => m.start === f.span.start) ??
      a.actors.find((m) => inside(f.span, m)) ??
      (sentence ? a.actors.find((m) => m.start >= f.span.end && m.end <= sentence.end) : undefined);
    if (actor) out.actor = actor.id;
  }
  return out;
}

export function format(format: Format, reports: FileReport[], hints: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports);
    case 'github':
      return formatGithub(reports, hints);
    default:
      return formatStylish(reports, hints);
  }
}

function formatJson(reports: FileReport[]): string {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const files = reports.map((r) => {
    const lines = new LineIndex(r.text);
    return {
      path: display(r.path),
      findings: r.findings.map((f, i) => {
        count[f.severity]++;
        return {
          code: f.code,
          severity: f.severity,
          message: f.message,
          range: { start: lines.position(f.span.start), end: lines.position(f.span.end) },
          ...r.subjects?.[i],
          ...(f.expected?.length ? { expected: f.expected } : {}),
        };
      }),
    };
  });
  return JSON.stringify({ version: JSON_FORMAT_VERSION, tool: { name: 'factmark', version: VERSION }, files, summary: count }, null, 2);
}

function formatStylish(reports: FileReport[], hints: boolean): string {
  const lines: string[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let hidden = 0;
  let files = 0;
  for (const r of reports) {
    // Hints mark what is fine ("Actor `X` is …"); the stylish list shows them only with --hints.
    const shown = hints ? r.findings : r.findings.filter((f) => f.severity !== 'hint');
    hidden += r.findings.length - shown.length;
    if (!shown.length) continue;
    files++;
    const index = new LineIndex(r.text);
    lines.push(display(r.path));
    for (const f of shown) {
      count[f.severity]++;
      const p = index.position(f.span.start);
      lines.push(`  ${`${p.line + 1}:${p.character + 1}`.padEnd(8)} ${f.severity.padEnd(8)} ${f.message}  ${f.code}`);
    }
    lines.push('');
  }
  const n = (k: number, noun: string): string => `${k} ${noun}${k === 1 ? '' : 's'}`;
  const total = count.error + count.warning + count.info + count.hint;
  const parts = [n(count.error, 'error'), n(count.warning, 'warning'), `${count.info} info`, ...(hints ? [n(count.hint, 'hint')] : [])];
  const checked = n(reports.length, 'file');
  let summary = total ? `${n(total, 'finding')} (${parts.join(', ')}) in ${files} of ${checked} checked` : `No findings in ${checked} checked`;
  if (hidden) summary += `; ${n(hidden, 'hint')} hidden (--hints shows them)`;
  lines.push(summary);
  return lines.join('\n');
}

const sarifLevel = (s: Severity): 'error' | 'warning' | 'note' => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');

function formatSarif(reports: FileReport[]): string {
  const cwd = process.cwd();
  const rules: { id: string; name: string; helpUri: string; shortDescription: { text: string }; help: { text: string } }[] = [];
  const ruleIndex = new Map<string, number>();
  const texts = new Map(reports.map((r) => [pathToFileURL(r.path).href, r.text]));
  const artifact = (path: string) => {
    const rel = relative(cwd, path);
    return rel.startsWith('..') || rel === '' ? { uri: pathToFileURL(path).href } : { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  };
  const region = (text: string | undefined, span: Span) => {
    if (text === undefined) return { charOffset: span.start, charLength: span.end - span.start };
    const lines = new LineIndex(text);
    const s = lines.position(span.start);
    const e = lines.position(span.end);
    return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: span.start, charLength: span.end - span.start };
  };
  const results = reports.flatMap((r) =>
    r.findings.map((f, i) => {
      let index = ruleIndex.get(f.code);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(f.code, index);
        rules.push({ id: f.code, name: f.code, helpUri: helpUri(f.code), shortDescription: { text: f.code }, help: { text: `See ${helpUri(f.code)}` } });
      }
      const subject = r.subjects?.[i] ?? {};
      const fixes = [
        ...(f.expected ?? []).map((e) => ({
          description: { text: `Replace with \`${e}\`` },
          artifactChanges: [{ artifactLocation: artifact(r.path), replacements: [{ deletedRegion: region(r.text, f.span), insertedContent: { text: e } }] }],
        })),
        ...(f.fixes ?? []).map((x) => {
          const byFile = new Map<string, typeof x.edits>();
          for (const e of x.edits) byFile.set(e.uri, [...(byFile.get(e.uri) ?? []), e]);
          return {
            description: { text: x.title },
            artifactChanges: [...byFile].map(([uri, edits]) => ({
              artifactLocation: uri.startsWith('file:') ? artifact(new URL(uri).pathname) : { uri },
              replacements: edits.map((e) => ({ deletedRegion: region(texts.get(uri), e.span), insertedContent: { text: e.newText } })),
            })),
          };
        }),
      ];
      return {
        ruleId: f.code,
        ruleIndex: index,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(r.path), region: region(r.text, f.span) } }],
        ...(Object.keys(subject).length ? { properties: subject } : {}),
        ...(fixes.length ? { fixes } : {}),
      };
    }),
  );
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'factmark', version: VERSION, informationUri: 'https://github.com/factmark/factmark', rules } },
          originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + sep).href } },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
}

/** GitHub Actions workflow commands: one annotation per finding, shown inline on a pull request. */
function formatGithub(reports: FileReport[], hints: boolean): string {
  const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const out: string[] = [];
  for (const r of reports) {
    const lines = new LineIndex(r.text);
    for (const f of r.findings) {
      if (f.severity === 'hint' && !hints) continue;
      const s = lines.position(f.span.start);
      const e = lines.position(f.span.end);
      const kind = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const props = [`file=${prop(display(r.path))}`, `line=${s.line + 1}`, `col=${s.character + 1}`, `endLine=${e.line + 1}`, `endColumn=${e.character + 1}`, `title=${prop(f.code)}`];
      out.push(`::${kind} ${props.join(',')}::${data(f.message)}`);
    }
  }
  return out.join('\n');
}
