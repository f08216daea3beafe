// The link benchmark of `npm run eval` (suite `links`): invented stories in
// eval/links/<story>/, each a registry (facts.yaml) and markerless drafts with
// labels beside them (DRAFT.labels.json, format in eval/links/README.md).
//
// For every labelled sentence it runs the built CLI (`factmark extract FILE
// --json --registry R` for links, `factmark check FILES --format json` for
// findings) and scores:
// - links: a sentence's links are the links whose claim overlaps it most;
//   precision = right links / all links on labelled sentences, recall = right
//   links / sentences that restate a fact;
// - findings of the codes in SCORED: recall = expected findings reported with
//   an overlapping range, precision = reported findings (of those codes, on
//   labelled sentences) that some expected finding accounts for; `forbidden`
//   counts reported findings whose code the sentence lists in `mustNot`;
// - per kind and overall, and the fraction of sentences that pass outright.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Finding codes whose labels are exhaustive on every labelled sentence. */
export const SCORED = ['claim.unlinked', 'claim.date-mismatch', 'claim.place-mismatch', 'claim.stale', 'actor.outdated-title'];

/** The kinds a label may have, in the order the table prints them. */
export const KINDS = [
  'exact',
  'paraphrase',
  'place-within',
  'wrong-date',
  'wrong-place',
  'undated-current',
  'undated-stale',
  'dated-history',
  'correct-title',
  'outdated-title',
  'other-event',
  'unrelated',
];

/** The story folders under `dir` (each holds a facts.yaml), sorted; `heldout/` is never one of them. */
export function storyDirs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name !== 'heldout' && statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'facts.yaml')))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads one story: its registry's fact ids and its drafts with their labels,
 * each sentence located in the draft by exact search. Returns the story and
 * the problems found (a sentence not found exactly once, an unknown fact id or
 * kind, a finding text outside its sentence, a malformed label).
 */
export function loadStory(dir) {
  const problems = [];
  const registryPath = join(dir, 'facts.yaml');
  let registry;
  try {
    registry = parseYaml(readFileSync(registryPath, 'utf8'));
  } catch (e) {
    return { story: undefined, problems: [`${registryPath}: ${e.message}`] };
  }
  const facts = new Set(Object.keys(registry?.facts ?? {}));
  const drafts = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.labels.json')).sort()) {
    const where = join(dir, file);
    let labels;
    try {
      labels = JSON.parse(readFileSync(where, 'utf8'));
    } catch (e) {
      problems.push(`${where}: ${e.message}`);
      continue;
    }
    const draftPath = join(dir, labels.draft ?? '');
    if (!labels.draft || !existsSync(draftPath)) {
      problems.push(`${where}: draft \`${labels.draft}\` not found`);
      continue;
    }
    if ((labels.registry ?? 'facts.yaml') !== 'facts.yaml') problems.push(`${where}: registry must be the story's facts.yaml`);
    const text = readFileSync(draftPath, 'utf8');
    if (/\[@[^\]]+\]/.test(text)) problems.push(`${draftPath}: drafts of the link benchmark carry no [@id] markers`);
    const sentences = [];
    for (const [i, s] of (labels.sentences ?? []).entries()) {
      const at = `${where} sentence ${i + 1}`;
      if (typeof s.sentence !== 'string' || !s.sentence) {
        problems.push(`${at}: no sentence text`);
        continue;
      }
      const start = text.indexOf(s.sentence);
      if (start < 0) problems.push(`${at}: not found in ${labels.draft}: ${JSON.stringify(s.sentence)}`);
      else if (text.indexOf(s.sentence, start + 1) >= 0) problems.push(`${at}: found more than once in ${labels.draft}`);
      if (!KINDS.includes(s.kind)) problems.push(`${at}: unknown kind \`${s.kind}\`, expected one of ${KINDS.join(', ')}`);
      if (s.fact !== null && !facts.has(s.fact)) problems.push(`${at}: unknown fact \`${s.fact}\``);
      if ((s.kind === 'other-event' || s.kind === 'unrelated') && s.fact !== null) problems.push(`${at}: a \`${s.kind}\` sentence links to no fact`);
      const findings = [];
      for (const f of s.findings ?? []) {
        if (!SCORED.includes(f.code)) problems.push(`${at}: finding code \`${f.code}\` is not scored (${SCORED.join(', ')})`);
        const offset = f.text === undefined ? 0 : s.sentence.indexOf(f.text);
        if (offset < 0) problems.push(`${at}: finding text ${JSON.stringify(f.text)} is not in the sentence`);
        const length = f.text === undefined ? s.sentence.length : f.text.length;
        findings.push({ code: f.code, text: f.text ?? s.sentence, start: start + Math.max(offset, 0), end: start + Math.max(offset, 0) + length });
      }
      for (const code of s.mustNot ?? []) if (!SCORED.includes(code)) problems.push(`${at}: mustNot code \`${code}\` is not scored`);
      if (start >= 0) sentences.push({ ...s, start, end: start + s.sentence.length, expected: findings, mustNot: s.mustNot ?? [] });
    }
    drafts.push({ path: draftPath, file: labels.draft, text, sentences });
  }
  if (!drafts.length) problems.push(`${dir}: no *.labels.json`);
  return { story: { dir, registry: registryPath, facts, drafts }, problems };
}

const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Offsets of each line's start, for turning the CLI's line/character ranges into offsets. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The labelled sentence a span overlaps most, or undefined. */
function sentenceOf(sentences, span) {
  let best;
  let most = 0;
  for (const s of sentences) {
    const o = overlap(s, span) || (span.start === span.end && span.start >= s.start && span.start < s.end ? 1 : 0);
    if (o > most) [best, most] = [s, o];
  }
  return best;
}

/** Runs the CLI on one story; returns per sentence its links and its scored findings. */
function runStory(story, cliPath) {
  const cli = resolve(cliPath);
  const node = process.execPath;
  const check = spawnSync(node, [cli, 'check', ...story.drafts.map((d) => d.file), '--registry', 'facts.yaml', '--format', 'json'], {
    cwd: story.dir,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (check.status !== 0 && check.status !== 1) throw new Error(`factmark check failed in ${story.dir}: ${check.stderr}`);
  const reports = JSON.parse(check.stdout).files;
  const results = [];
  for (const draft of story.drafts) {
    const extraction = JSON.parse(execFileSync(node, [cli, 'extract', draft.file, '--json', '--registry', 'facts.yaml'], { cwd: story.dir, encoding: 'utf8', maxBuffer: 64 << 20 }));
    const bySentence = new Map(draft.sentences.map((s) => [s, { links: [], findings: [] }]));
    const stray = { links: [], findings: [] };
    for (const l of extraction.links ?? []) {
      const s = sentenceOf(draft.sentences, l);
      (s ? bySentence.get(s) : stray).links.push(l);
    }
    const report = reports.find((r) => r.path === draft.file || r.path.endsWith(`/${draft.file}`));
    const starts = lineStarts(draft.text);
    for (const f of report?.findings ?? []) {
      if (!SCORED.includes(f.code)) continue;
      const span = { start: starts[f.range.start.line] + f.range.start.character, end: starts[f.range.end.line] + f.range.end.character };
      const s = sentenceOf(draft.sentences, span);
      (s ? bySentence.get(s) : stray).findings.push({ ...f, ...span });
    }
    results.push({ draft, bySentence, stray });
  }
  return results;
}

/** Scores stories; returns the totals, the per-kind table and the sentences that did not pass. */
export function scoreStories(stories, cli) {
  const zero = () => ({ n: 0, expectLink: 0, links: 0, right: 0, wrong: 0, expected: 0, found: 0, reported: 0, accounted: 0, forbidden: 0, pass: 0 });
  const byKind = new Map(KINDS.map((k) => [k, zero()]));
  const total = zero();
  const failures = [];
  let strayLinks = 0;
  for (const story of stories) {
    for (const { draft, bySentence, stray } of runStory(story, cli)) {
      strayLinks += stray.links.length;
      for (const [s, got] of bySentence) {
        const row = byKind.get(s.kind);
        const facts = [...new Set(got.links.map((l) => l.fact))];
        const right = s.fact !== null && facts.includes(s.fact) ? 1 : 0;
        const wrong = facts.filter((f) => f !== s.fact).length;
        const found = s.expected.filter((e) => got.findings.some((f) => f.code === e.code && overlap(f, e) > 0)).length;
        const accounted = got.findings.filter((f) => s.expected.some((e) => f.code === e.code && overlap(f, e) > 0)).length;
        const forbidden = got.findings.filter((f) => s.mustNot.includes(f.code));
        const pass = right === (s.fact !== null ? 1 : 0) && wrong === 0 && found === s.expected.length && accounted === got.findings.length && !forbidden.length;
        for (const r of [row, total]) {
          r.n++;
          r.expectLink += s.fact !== null ? 1 : 0;
          r.links += facts.length;
          r.right += right;
          r.wrong += wrong;
          r.expected += s.expected.length;
          r.found += found;
          r.reported += got.findings.length;
          r.accounted += accounted;
          r.forbidden += forbidden.length;
          r.pass += pass ? 1 : 0;
        }
        if (!pass) failures.push({ file: relative(process.cwd(), draft.path), sentence: s, facts, got });
      }
    }
  }
  const ratio = (a, b) => (b ? a / b : 1);
  const otherEvent = byKind.get('other-event');
  const scores = {
    linkPrecision: ratio(total.right, total.links),
    linkRecall: ratio(total.right, total.expectLink),
    findingPrecision: ratio(total.accounted, total.reported),
    findingRecall: ratio(total.found, total.expected),
    otherEventClean: ratio(otherEvent.n - failuresWithLinks(failures, 'other-event'), otherEvent.n),
    sentencesPassing: ratio(total.pass, total.n),
  };
  scores.linkF1 = f1(scores.linkPrecision, scores.linkRecall);
  scores.findingF1 = f1(scores.findingPrecision, scores.findingRecall);
  return { scores, total, byKind, failures, strayLinks };
}

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);

/** How many sentences of a kind got any link (for `other-event`: the wrong-fact links the issue forbids). */
function failuresWithLinks(failures, kind) {
  return failures.filter((f) => f.sentence.kind === kind && f.facts.length).length;
}

/** Prints the per-kind table and the totals. */
export function printScores(title, stories, result) {
  const { scores, total, byKind, strayLinks } = result;
  const drafts = stories.reduce((n, s) => n + s.drafts.length, 0);
  console.log(`${title}: ${stories.length} stories, ${drafts} drafts, ${total.n} labelled sentences`);
  // facts: sentences that restate a fact; links: links reported on the kind's sentences;
  // findings: expected findings; found: of them, reported; unexpected: reported, not expected.
  const head = ['kind', 'n', 'facts', 'links', 'right', 'wrong', 'findings', 'found', 'reported', 'unexpected', 'forbidden', 'pass'];
  const rows = [head];
  for (const [kind, r] of [...byKind, ['all', total]]) {
    if (!r.n) continue;
    rows.push([kind, r.n, r.expectLink, r.links, r.right, r.wrong, r.expected, r.found, r.reported, r.reported - r.accounted, r.forbidden, `${r.pass}/${r.n}`].map(String));
  }
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
  const f = (x) => x.toFixed(3);
  const otherEvent = byKind.get('other-event');
  console.log(
    `link precision ${f(scores.linkPrecision)} · recall ${f(scores.linkRecall)} · F1 ${f(scores.linkF1)} · ` +
      `other-event sentences with a link ${Math.round((1 - scores.otherEventClean) * otherEvent.n)}/${otherEvent.n}`,
  );
  console.log(
    `finding precision ${f(scores.findingPrecision)} · recall ${f(scores.findingRecall)} · F1 ${f(scores.findingF1)} · ` +
      `forbidden ${total.forbidden} · sentences passing ${total.pass}/${total.n} (${f(scores.sentencesPassing)})` +
      (strayLinks ? ` · ${strayLinks} links outside labelled sentences` : ''),
  );
}

/** Lists each sentence that did not pass: expected link and findings against what was reported. */
export function printFailures(failures) {
  for (const { file, sentence: s, facts, got } of failures) {
    const text = s.sentence.length > 100 ? `${s.sentence.slice(0, 97)}...` : s.sentence;
    console.log(`\n${file} [${s.kind}] ${JSON.stringify(text)}`);
    console.log(`  link: expected ${s.fact ?? 'none'}, got ${facts.length ? got.links.map((l) => `${l.fact} (${l.kind} ${l.score})`).join(', ') : 'none'}`);
    for (const e of s.expected) {
      const ok = got.findings.some((f) => f.code === e.code && overlap(f, e) > 0);
      console.log(`  ${ok ? '✓' : '✗'} expected ${e.code} at ${JSON.stringify(e.text.length > 40 ? `${e.text.slice(0, 37)}...` : e.text)}`);
    }
    for (const f of got.findings) {
      if (s.expected.some((e) => f.code === e.code && overlap(f, e) > 0)) continue;
      console.log(`  ${s.mustNot.includes(f.code) ? '✗ forbidden' : '? unexpected'} ${f.code}: ${f.message}`);
    }
  }
}

/** Checks the scores against floors ({name: min}); returns the names below their floor. */
export function belowFloors(scores, floors) {
  return Object.entries(floors ?? {})
    .filter(([k]) => !k.startsWith('$'))
    .filter(([k, min]) => !(k in scores) || scores[k] + 1e-9 < min)
    .map(([k, min]) => `${k} ${k in scores ? scores[k].toFixed(3) : 'unknown'} < ${min}`);
}
