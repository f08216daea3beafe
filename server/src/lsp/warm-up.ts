import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, analyzeArticle, mergeRegistry, parseRegistryFile } from '../core/index.js';
import { toDiagnostic } from './convert.js';

// A made-up desk, written here so that warming up reads nothing: every kind of name, date,
// claim, marker and Markdown block the analysis has a path for.
const REGISTRY = `version: 1
actors:
  wenna-hallick:
    name: Wenna Hallick
    type: person
    aliases: [Hallick]
    variants: [Wena Hallick]
    roles:
      - {title: Mayor of Durnholt, from: 2024-01-01}
  durnholt-water:
    name: Durnholt Water Board
    type: organization
    aliases: [Water Board]
  durnholt:
    name: Durnholt
    type: place
    within: osterlund
  osterlund:
    name: Osterlund
    type: place
facts:
  weir-closed:
    claim: The Durnholt Water Board closes the old weir in Durnholt after storm damage.
    date: 2026-02-02
    actors: [durnholt-water]
    place: durnholt
    status: superseded
    superseded_by: weir-reopens
    keywords: [weir, closed, storm]
    sources:
      - outlet: Durnholt Post
        url: https://example.org/post/weir-closed
  weir-reopens:
    claim: Mayor Wenna Hallick says the old weir reopens to boats.
    date: 2026-02-09
    actors: [wenna-hallick]
    place: durnholt
    status: confirmed
    keywords: [weir, reopens, boats]
    sources:
      - outlet: Durnholt Post
        url: https://example.org/post/weir-reopens
  budget-passed:
    claim: Osterlund council passes the flood budget.
    date: 2026-03
    actors: [osterlund]
    status: developing
    sources:
      - outlet: Wire
        url: https://example.org/wire/budget
`;

const PARAGRAPHS = [
  'The Durnholt Water Board closed the old weir on Monday after storm water damaged its gates [@weir-closed]. Mayor Wenna Hallick said on Tuesday that repairs in Durnholt would take at least a week.',
  '"We will open it as soon as it is safe," Hallick told reporters on February 4, 2026. Engineers from the Water Board will inspect the gates again on 12 February 2026, according to [a statement](https://example.org/post/1).',
  'Wena Hallick, the Mayor of Durnholt, met Tomas Berrick of the Osterlund Ferry Company in Osterlund last month. Critics argue that the process lacked transparency from the start, and Berrick declined to comment.',
  '> The weir reopens to boats on Friday, the Mayor said [@weir-reopens].\n\n- Osterlund council passed the flood budget in March 2026.\n- Documents filed under `ref-2291` show the plan was revised three times.',
];

const TODAY = '2026-02-10';
const URI = 'factmark-warm-up:/article.md';

/** The synthetic article: front matter, a heading, and the paragraphs `copies` times over. */
function article(copies: number): string {
  const body: string[] = [];
  for (let i = 0; i < copies; i++) body.push(`## Part ${i + 1}`, ...PARAGRAPHS);
  return `---\ntitle: Weir closed after storm\ndate: 2026-02-03\n---\n# Weir closed after storm\n\n${body.join('\n\n')}\n`;
}

/** Analyses a synthetic article: whole a few times, then through a burst of one-character edits, converting findings as a publish does. */
export function* warmUpSteps(edits = 60): Generator<void> {
  const registry = mergeRegistry([parseRegistryFile('factmark-warm-up:/facts.yaml', REGISTRY)]);
  const regDoc = TextDocument.create('factmark-warm-up:/facts.yaml', 'yaml', 0, REGISTRY);
  const text = article(1);
  for (let i = 0; i < 3; i++) {
    analyzeArticle(URI, text, registry, { today: TODAY });
    yield;
  }
  // Typing at the end of a prose line in the middle of the article: the edit path (segment shifts, reuse of units).
  const cache = new AnalysisCache();
  let doc = TextDocument.create(URI, 'markdown', 1, text);
  analyzeArticle(URI, text, registry, { today: TODAY, cache });
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.length > 80);
  const width = lines[line]?.length ?? 0;
  let character = width;
  for (let i = 0; i < edits; i++) {
    // Mostly letters, a space now and then; every tenth step takes the typed word back out.
    const change =
      i % 10 === 9 ? { range: { start: { line, character: width }, end: { line, character } }, text: '' } : { range: { start: { line, character }, end: { line, character } }, text: i % 6 === 5 ? ' ' : 'e' };
    doc = TextDocument.update(doc, [change], doc.version + 1);
    character = i % 10 === 9 ? width : character + 1;
    const analysis = analyzeArticle(URI, doc.getText(), registry, { today: TODAY, cache });
    for (const f of analysis.findings) toDiagnostic(f, doc, (uri) => (uri === regDoc.uri ? regDoc : undefined));
    yield;
  }
}

/**
 * Warms the analysis while the server has nothing else to do: V8 compiles the hot paths
 * after they have run a while, and without this the first real keystrokes pay for that.
 * One step (one analysis of a short synthetic article) per turn of the event loop, after
 * its I/O, so that a request waits at most one step; {@link stop} ends it for good.
 */
/** After the turn's I/O (Node), else a timer (a browser's web worker has no `setImmediate`). */
const later = (f: () => void): void => void (typeof setImmediate === 'function' ? setImmediate(f) : setTimeout(f, 0));

export class WarmUp {
  private steps?: Iterator<void>;
  /** Steps run so far. */
  ran = 0;

  constructor(private readonly edits = 60) {}

  start(): void {
    if (this.steps || this.over) return;
    this.steps = warmUpSteps(this.edits);
    this.next();
  }

  /** Whether warming is over (finished, failed or stopped): no step runs any more. */
  over = false;

  stop(): void {
    this.over = true;
  }

  private next(): void {
    later(() => {
      if (this.over) return;
      try {
        if (this.steps!.next().done) this.over = true;
        else this.ran++;
      } catch {
        // Warming is only an optimisation: a failure here shows in the real analyses.
        this.over = true;
      }
      if (!this.over) this.next();
    });
  }
}
