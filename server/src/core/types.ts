/**
 * Plain data types of the analysis core. Offsets are UTF-16 code units into the
 * whole file (front matter included), end exclusive: `text.slice(start, end)`.
 * Nothing here knows about LSP or VS Code.
 */

/** A half-open range of UTF-16 offsets into one text. */
export interface Span {
  start: number;
  end: number;
}

/** A span in a named file. URIs are strings (`file:///…`, `vscode-test-web://…`). */
export interface Location {
  uri: string;
  span: Span;
}

/** Kinds of named actor (DESIGN.md). */
export type ActorType = 'person' | 'organization' | 'place';

/** How a mention matched the registry. */
export type MentionForm = 'name' | 'alias' | 'surname' | 'variant' | 'unregistered';

/** A named actor found in an article. */
export interface ActorMention extends Span {
  text: string;
  type: ActorType;
  /** Registry id when registered, otherwise a slug of the (fullest) name in the article. */
  id: string;
  /** How the text matched the registry (`unregistered` when it did not). */
  form: MentionForm;
}

/**
 * An ISO 8601 value: a day `2026-01-22`, a month `2026-01`, a year `2027`
 * or a span of days `2026-01-24/2026-01-25`.
 */
export type IsoValue = string;

/** A date expression found in an article. */
export interface DateMention extends Span {
  text: string;
  value: IsoValue;
  /** True when the value depends on the reference date (weekday, yesterday, a year-less day). */
  relative: boolean;
  /** The weekday named together with an explicit date ("Sunday, January 26, 2026"), 0 = Sunday. */
  weekday?: number;
}

/** A `[@fact-id]` marker (Pandoc citation syntax). */
export interface Marker extends Span {
  /** The fact id inside the marker. */
  id: string;
  /** The span of the id alone. */
  idSpan: Span;
}

/** A sentence of prose, as found by retext. */
export interface Sentence extends Span {
  text: string;
  /** Index of the prose block (paragraph, heading, list item) that holds it. */
  block: number;
  /** Words of the sentence, each a span into the file. */
  words: Span[];
}

/** A dated claim: a sentence that asserts something and carries a date. */
export interface Claim extends Span {
  text: string;
  dates: DateMention[];
  /** Persons and organizations named in the claim. */
  actors: ActorMention[];
  /** Places named in the claim. */
  places: ActorMention[];
  markers: Marker[];
}

/** Front matter of an article. */
export interface FrontMatter {
  /** The whole block, fences included. */
  span: Span;
  date?: string;
  title?: string;
  outlet?: string;
  url?: string;
  registry?: string;
  /** Span of the `date` value, for findings about it. */
  dateSpan?: Span;
  /** What could not be read (invalid YAML, a date that is no calendar day), only when there is something. */
  problems?: TextProblem[];
}

/** A prose block of the article (a paragraph, heading, list item or table cell). */
export interface Block extends Span {
  kind: 'paragraph' | 'heading' | 'other';
}

/**
 * A problem with the text itself that the parser found (Markdown nested too deep, front
 * matter it cannot read): reported by the `article.*` checks.
 */
export interface TextProblem {
  code: 'article.too-deep' | 'article.front-matter';
  span: Span;
  message: string;
}

/** A parsed article: its prose blocks, sentences and markers. */
export interface Article {
  uri: string;
  text: string;
  frontMatter?: FrontMatter;
  /** Offset where the body starts (after front matter). */
  bodyStart: number;
  blocks: Block[];
  sentences: Sentence[];
  markers: Marker[];
  /** Offsets that are not prose (code, URLs, HTML): extractors must not report inside them. */
  masked: Span[];
  /** What the parser could not read (only when there is something). */
  problems?: TextProblem[];
}

/** User-facing levels of a check. */
export type Level = 'error' | 'warning' | 'info' | 'hint' | 'off';

/** Severity of a reported finding. */
export type Severity = Exclude<Level, 'off'>;

/** A text edit in one file, in the offsets of that file's current text. */
export interface TextEdit {
  uri: string;
  span: Span;
  newText: string;
}

/** A quick fix computed by the core: a title and the edits that apply it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Preferred fixes are applied by "fix all" and shown first. */
  preferred?: boolean;
  /** The registry entry the fix adds, so that a host can say where it went. */
  adds?: { kind: 'fact' | 'actor'; id: string };
}

/** One problem found in an article or a registry file. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  uri: string;
  span: Span;
  /** Replacement texts for `span` (each becomes a quick fix). */
  expected?: string[];
  /** Other fixes, such as registry edits. */
  fixes?: Fix[];
  /** Related places, such as the registry entry. */
  related?: { location: Location; message: string }[];
}
