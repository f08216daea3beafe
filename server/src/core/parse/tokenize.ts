/**
 * A sentence and word tokenizer that gives exactly the sentences and words
 * retext-english 5 (parse-english 7 on parse-latin 7) gives, in one linear pass per
 * stage instead of a tree of nodes rebuilt by a dozen plugins.
 *
 * It follows parse-latin's pipeline step by step, on flat arrays: the text is cut
 * into runs (words, white space, punctuation, symbols); the "sentence" plugins
 * then merge runs into words (elisions, inner-word symbols, slashes, initialisms)
 * over the whole text; the text is cut after terminal marks; the "paragraph"
 * plugins merge and move sentences (abbreviations, lower-case and digit starts,
 * closing quotes, remaining full stops, white space, breaks at blank lines). Each
 * plugin becomes one pass that builds a new array instead of splicing a live one,
 * keeping retext's visiting order (a node revisited, a node skipped after a splice)
 * where it changes the result. Only the spans of sentences and words are kept.
 *
 * The character classes are parse-latin 7's, tested one UTF-16 code unit at a time
 * as it does (a lone surrogate is a symbol); test/core/tokenize.test.ts checks the
 * tables against parse-latin's expressions for every code unit and compares the
 * output with retext's on real, generated and random texts.
 */

import type { Span } from '../types.js';

/** A sentence: its span and the spans of its words, in offsets of the text given plus a base. */
export interface TokenSentence extends Span {
  words: Span[];
}

// Character classes of parse-latin 7 (lib/expressions.js) over the BMP code units, as
// comma-separated ranges "gap+extra" in base 36: the range starts `gap` code units
// after the previous one ends (the first after 0) and covers `extra` more units.

const WHITE_SPACE_UNITS = '9+4,i,2s,q,4bj,1vj+a,t+1,5,1b,334';

const PUNCTUATION_UNITS = 'x+1,4+2,2+3,a+1,3,r+2,1,r,1,z,5,3,a+1,3,3,ji,8,cy+5,15+1,1f,1,2,2,18+1,k+1,1+1,d,1+2,22+3,2u,17+d,6h+2,1i+e,v,79+1,a,3w,3c,3d,au,c,a7,2i,a+1,4o+e,1,11+3,1z,22+4,4+1,33+5,4r,h0+8,47,h9,18+1,26+2,1z+1,4d+2,1+2,11+a,8p+1,60+1,3k+6,1+5,4s+6,s+1,3h+3,1n+4,1q+1,1s+7,b,n0+f,2+5,a+8,1+7,1+c,1+b,u+1,e+1,hl+3,t+1,u5+d,27+1,v+9,b7+l,1r+3,w+1,l7+3,1+1,34,3z+1a,1+v,2+b,bn+2,4+9,2+b,g,c,2q,2i,mwy+1,7h+2,2r,a,37+5,ak+3,2e+1,14+2,1,1d+1,1b,2p+c,g+1,3g+3,3i+1,g+1,6x,g2a+1,5s+9,m+y,1+d,1,4,1+1,45+2,1+5,1+3,a+1,3+1,q+2,1,r,1,1+6';

const WORD_UNITS = '1c+9,7+p,6+p,1b,7+1,1,3+1,1+2,1+m,1+u,1+cp,4+b,e+4,7,1,h+38,1+1,2+3,1,6,1+2,1,1+j,1+2a,1+3u,1+4s,1+11,2,6+14,8+18,1,1+1,1+1,1,8+q,4+3,t+a,5+21,4+2t,1+7,2+9,1+i,2,g+1m,2+2s,e+1h,4,2,2+19,i+r,4+a,5+n,1+5,9+21,1+3k,2+9,1+i,1+7,2+1,2+l,1+6,1,3+3,2+8,2+1,2+3,8,4+1,1+4,2+b,2+5,2,1,2+2,1+5,4+1,2+l,1+6,1+1,1+1,1+1,2,1+4,4+1,2+2,3,7+3,1,7+f,b+2,1+8,1+2,1+l,1+6,1+1,1+4,2+9,1+2,1+2,2,f+3,2+9,9+6,1+2,1+7,2+1,2+l,1+6,1+1,1+4,2+8,2+1,2+2,7+2,4+1,1+4,2+9,1+6,a+1,1+5,3+2,1+3,3+1,1,1+1,3+1,3+2,3+b,4+4,3+2,1+3,2,6,e+c,d+c,1+2,1+m,1+f,2+8,1+2,1+3,7+1,1+2,2,2+3,2+9,8+6,1+3,1+7,1+2,1+m,1+9,1+4,2+8,1+2,1+3,7+1,6+1,1+3,2+9,1+2,c+c,1+2,1+1e,1+2,1+4,5+f,2+i,1+5,1+2,1+h,3+n,1+8,1,2+6,3,4+5,1,1+7,6+9,2+1,d+1l,5+e,1+9,13+1,1,1+4,1+n,1,1+m,2+4,1,1+6,1+9,2+3,w,n+1,6+j,1,1,1,4+9,1+z,4+j,1+h,1+z,9,1l+21,6+25,2+11,1,5,2+16,1+98,1+3,2+6,1,1+3,2+14,1+3,2+w,1+3,2+6,1,1+3,2+e,1+1k,1+3,2+1u,2+2,9+j,3+f,g+2d,2+5,3+h7,2+g,1+p,5+22,3+a,7+l,9+l,b+j,c+c,1+2,1+1,c+2b,3,4+1,2+9,6+9,h+2,1+a,6+2g,7+16,5+1x,a+u,1+b,4+b,a+13,2+4,b+17,4+p,6+a,11+r,4+1q,1+s,2+a,6+9,d,8+u,1d+24,3+9,h+8,c+37,c+1j,8+9,3+1c,2+8,7+16,2+2,g+2,1+12,5+et,2+5,2+11,2+5,2+7,1,1,1,1+u,2+1g,1+6,1,3+2,1+6,3+3,2+5,4+c,5+2,1+6,37+1,2+5,5+a,6+c,1f+w,h,4,2+9,1,3+4,6,1,1,1+3,1+a,2+3,5+4,4,1+1l,k6+1n,26+l,hi+t,vg+6c,6+8,9,2+11,1,5,2+1j,7,f+n,9+6,1+6,1+6,1+6,1+6,1+6,1+6,1+6,1+v,1b,d1+2,p+e,1+4,2+4,4+2d,2+1,2+2,1+2h,1+3,5+16,1+2l,3+3,a+v,1c+f,w+9,u+7,1+e,w+9,13+e,8w+533,1s+h3g,1v+19,2+7g,3+r,k+1e,1+9,1+36,11+8,2+2u,2+1r,5+1,1,1+4,o+1h,4,3+5,a+1f,c+1x,a+9,6+n,3,1+1c,2+z,c+s,3+1s,e+a,6+u,1+1i,9+d,2+9,6+m,3+20,o+2,2+f,2+4,a+5,2+5,2+5,9+6,1+6,1+16,1+d,6+3e,1+1,2+9,6+8mb,c+m,4+1c,6is+a5,2+2x,12+6,c+4,5+b,1+c,1+4,1,1+1,1+1,1+2z,x+a2,i+1r,2+1h,14+b,4+f,g+f,1s+4,1+3q,j+9,7+p,6+p,b+2g,3+5,2+5,2+5,2+2';

const LOWER_INITIAL_UNITS = '2p+p,1m,15+n,1+7,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1+1,1,1,1,1,1,1,1,1+1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1+2,2,1,2,3+1,4,2,3+2,2,2,1,1,2,1+1,1,2,3,1,2+1,2+2,6,2,2,1,1,1,1,1,1,1,1+1,1,1,1,1,1,1,1,1,1+1,2,1,3,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1+6,2,2+1,1,4,1,1,1,1+1w,1+q,5d,1,3,3+2,i,r+y,1+1,3+2,1,1,1,1,1,1,1,1,1,1,1,1+4,1,2,2+1,1f+1b,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,9,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1+1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1c+14,287+16,2+2,l4+5,1oi+8,3b+17,1r+c,1+x,2u,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1+8,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1+8,8+5,a+7,8+7,8+5,a+7,8+7,8+d,2+7,8+7,8+7,8+4,1+1,6,3+2,1+1,8+3,2+1,8+7,a+2,1+1,7m,3+1,3,r,4,4,2+1,8+3,4,1h,23v+1b,1,3+1,1,1,1,4,1+1,1+5,5,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1+1,7,1,4,c+11,1,5,nwz,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,j,1,1,1,1,1,1,1,1,1,1,1,1,1,3r,1,1,1,1,1,1+2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1+7,1,1,2,1,1,1,1,4,1,2,1+2,1,1,1,1,1,1,1,1,1,1,5,5,1,1,1,1,1,1,1,4,1,6,1,1,1,1,s,3,mt+16,5+8,7+27,fnk+6,c+4,tl+p';

const NUMERICAL_UNITS = '1c+9,3c+1,5,2+2,141+9,3q+9,5i+9,bg+9,3a+9,4+5,30+9,3a+9,3a+9,2+5,32+c,37+9,8+6,2v+9,2w+6,7+i,31+9,2o+9,3a+9,1y+j,7g+9,1y+9,jz+j,oh+2,6n+9,6+9,m+9,8c+9,3k+a,4l+9,6+9,52+9,2e+9,3q+9,6+9,t2,3+5,6+9,5i+1e,2+4,k6+1n,26+l,hi+t,12h,ll,p+8,e+2,9j+3,3u+9,u+7,1+e,w+9,13+e,msg+9,58+9,8w+5,4a+9,12+9,5i+9,m+9,2e+9,ba+9,geu+9';

// parse-latin's affixSymbol: closing marks that move back to the sentence before.
const AFFIX_SYMBOL = /^([!"').?\u0F3B\u0F3D\u169C\u2019\u201D\u2026\u203A\u203D\u2046\u207E\u208E\u2309\u230B\u232A\u2769\u276B\u276D\u276F\u2771\u2773\u2775\u27C6\u27E7\u27E9\u27EB\u27ED\u27EF\u2984\u2986\u2988\u298A\u298C\u298E\u2990\u2992\u2994\u2996\u2998\u29D9\u29DB\u29FD\u2E03\u2E05\u2E0A\u2E0D\u2E1D\u2E21\u2E23\u2E25\u2E27\u2E29\u2E56\u2E58\u2E5A\u2E5C\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u3019\u301B\u301E\u301F\uFD3E\uFE18\uFE36\uFE38\uFE3A\uFE3C\uFE3E\uFE40\uFE42\uFE44\uFE48\uFE5A\uFE5C\uFE5E\uFF09\uFF3D\uFF5D\uFF60\uFF63\u00BB\]}])\1*$/;

// English abbreviations (parse-english 7, lib/regex.js): a full stop after one of
// these does not end a sentence.
const ABBREVIATIONS =
  /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/;
const ABBREVIATIONS_SENSITIVE =
  /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/;
const ELISION_AFFIX = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/;
// parse-latin 7 (merge-prefix-exceptions.js): numbers, single letters and Latin abbreviations.
const ABBREVIATION_PREFIX =
  /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

const WORD = 1;
const WHITE = 2;
const PUNCT = 3;
const SYMBOL = 4;
/** Flag bits above the node type in the class table. */
const LOWER = 8;
const NUMBER = 16;

let table: Uint8Array | undefined;

/** The class of every BMP code unit: a node type, plus LOWER and NUMBER flags. */
function classes(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000).fill(SYMBOL);
  fill(t, WORD_UNITS, WORD, true);
  fill(t, PUNCTUATION_UNITS, PUNCT, true);
  fill(t, WHITE_SPACE_UNITS, WHITE, true);
  fill(t, LOWER_INITIAL_UNITS, LOWER, false);
  fill(t, NUMERICAL_UNITS, NUMBER, false);
  return (table = t);
}

function fill(t: Uint8Array, ranges: string, value: number, type: boolean): void {
  let at = 0;
  for (const range of ranges.split(',')) {
    const plus = range.indexOf('+');
    const start = at + parseInt(plus < 0 ? range : range.slice(0, plus), 36);
    const end = start + (plus < 0 ? 0 : parseInt(range.slice(plus + 1), 36));
    for (let c = start; c <= end; c++) t[c] = type ? (t[c]! & ~7) | value : t[c]! | value; // in range: c <= 0xffff: the ranges are BMP code units
    at = end + 1;
  }
}

/**
 * The whole state of one parse. Nodes are numbers: a token of the text (white
 * space, punctuation, symbol) or a word, whose children are always consecutive
 * tokens (`first`, `count`). `seq` lists the live nodes in order while words form.
 * A node id is below the text's length + 1, and every array here has at least that many
 * entries (so "in range: a node id" below); `seq` holds `length` of them.
 */
interface Parse {
  text: string;
  type: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  first: Int32Array;
  count: Int32Array;
  /** Start offset of every token, and the text's length after the last. */
  tokens: Int32Array;
  seq: Int32Array;
  length: number;
  /** Which of the marks some pass looks for occur in the text (HAS_* bits). */
  marks: number;
}

const HAS_SLASH = 1;
const HAS_APOSTROPHE = 2;
const HAS_AMPERSAND = 4;
const HAS_HYPHEN = 8;

/** Buffers kept for texts up to this length (one piece of splitSentences); longer ones get their own. */
const KEEP = 1 << 14;
let kept: Parse | undefined;

function createParse(text: string): Parse {
  const n = text.length + 1;
  if (n <= KEEP && kept) {
    kept.text = text;
    kept.length = 0;
    kept.marks = 0;
    return kept;
  }
  const size = Math.max(n, n <= KEEP ? KEEP : 0);
  const parse: Parse = {
    text,
    type: new Uint8Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    first: new Int32Array(size),
    count: new Int32Array(size),
    tokens: new Int32Array(size),
    seq: new Int32Array(size),
    length: 0,
    marks: 0,
  };
  if (n <= KEEP) kept = parse;
  return parse;
}

/**
 * Splits `text` into sentences and words exactly as retext-english would, and
 * returns the sentences with at least one word, offsets shifted by `base`.
 */
export function tokenizeSentences(text: string, base = 0): TokenSentence[] {
  if (text.length === 0) return [];
  const parse = createParse(text);
  lex(parse);
  // A pass whose mark does not occur in the text would change nothing.
  if (parse.marks & (HAS_SLASH | HAS_APOSTROPHE)) mergeElisions(parse);
  if (parse.marks & HAS_AMPERSAND) mergeInitialWordSymbol(parse);
  if (parse.marks & HAS_HYPHEN) mergeFinalWordSymbol(parse);
  mergeInnerWordSymbol(parse);
  if (parse.marks & HAS_SLASH) mergeInnerWordSlash(parse);
  mergeInitialisms(parse);
  let sentences = splitAtTerminalMarks(parse);
  sentences = mergePrefixExceptions(parse, sentences, true);
  sentences = mergeNonWordSentences(parse, sentences);
  sentences = mergeAffixSymbol(parse, sentences);
  sentences = mergeInitialLowerCase(parse, sentences);
  sentences = mergeInitialDigit(parse, sentences);
  sentences = mergePrefixExceptions(parse, sentences, false);
  sentences = mergeAffixExceptions(parse, sentences);
  for (let i = 0; i < sentences.length; i++) sentences[i] = mergeRemainingFullStops(parse, sentences[i]!); // in range: i < sentences.length
  const result = output(parse, sentences, base);
  parse.text = ''; // the kept buffers must not hold on to the text (a slice keeps its whole article)
  return result;
}

/**
 * Cuts the text into runs: words and white space run on; punctuation and symbols
 * run while the same character repeats (a symbol also while surrogates follow).
 */
function lex(parse: Parse): void {
  const { text, type, start, end, first, count, tokens, seq } = parse;
  const t = classes();
  const length = text.length;
  let n = 0;
  let i = 0;
  let marks = 0;
  while (i < length) {
    const from = i;
    let c = text.charCodeAt(i++);
    const kind = t[c]! & 7; // in range: t has an entry for every UTF-16 code unit
    if (kind === WORD || kind === WHITE) {
      while (i < length && (t[text.charCodeAt(i)]! & 7) === kind) i++; // in range: as above
    } else {
      if (c === 0x2f) marks |= HAS_SLASH;
      else if (c === 0x27 || c === 0x2019) marks |= HAS_APOSTROPHE;
      else if (c === 0x26) marks |= HAS_AMPERSAND;
      else if (c === 0x2d) marks |= HAS_HYPHEN;
      while (i < length) {
        const d = text.charCodeAt(i);
        if ((t[d]! & 7) !== kind || (d !== c && (d < 0xd800 || d > 0xdfff))) break; // in range: as above
        c = d;
        i++;
      }
    }
    type[n] = kind;
    start[n] = from;
    end[n] = i;
    first[n] = n;
    count[n] = 1;
    tokens[n] = from;
    seq[n] = n;
    n++;
  }
  tokens[n] = length;
  parse.length = n;
  parse.marks = marks;
}

function isMark(parse: Parse, node: number): boolean {
  const type = parse.type[node];
  return type === PUNCT || type === SYMBOL;
}

/** Whether the node is exactly the one character `code` (in range: a node id). */
function is(parse: Parse, node: number, code: number): boolean {
  const start = parse.start[node]!;
  return parse.end[node]! - start === 1 && parse.text.charCodeAt(start) === code;
}

function isApostrophe(parse: Parse, node: number): boolean {
  return is(parse, node, 0x27) || is(parse, node, 0x2019);
}

function value(parse: Parse, node: number): string {
  return parse.text.slice(parse.start[node], parse.end[node]);
}

/** Appends `node` (the next in the text) to `word` (in range: node ids). */
function append(parse: Parse, word: number, node: number): void {
  parse.end[word] = parse.end[node]!;
  parse.count[word] = parse.count[word]! + parse.count[node]!;
}

/** Prepends `node` (the previous in the text) to `word` (in range: node ids). */
function prepend(parse: Parse, word: number, node: number): void {
  parse.start[word] = parse.start[node]!;
  parse.first[word] = parse.first[node]!;
  parse.count[word] = parse.count[word]! + parse.count[node]!;
}

/**
 * parse-english's elisions: "w/", "o'" before white space, "'tis", "'em", "'90s", "'n'".
 * A visitor over a live array: after a splice the node that slid into the visited
 * place is not visited.
 */
function mergeElisions(parse: Parse): void {
  const { seq, type } = parse;
  const length = parse.length;
  let w = 0;
  for (let j = 0; j < length; j++) {
    const node = seq[j]!; // in range: j < length
    if (isMark(parse, node)) {
      const size = w + length - j;
      const previous = w > 0 ? seq[w - 1]! : -1; // in range: 0 <= w - 1 < j
      if (is(parse, node, 0x2f)) {
        if (previous >= 0 && type[previous] === WORD && value(parse, previous).toLowerCase() === 'w') {
          append(parse, previous, node);
          if (j + 1 < length) seq[w++] = seq[++j]!; // in range: j + 1 < length is tested
          continue;
        }
      } else if (isApostrophe(parse, node)) {
        if (
          w > 2 &&
          w < size - 1 &&
          type[previous] === WORD &&
          type[seq[w - 2]!] === WHITE && // in range: w > 2 is tested
          type[seq[j + 1]!] === WHITE && // in range: w < size - 1, so j + 1 < length
          /^(ol?)$/.test(value(parse, previous).toLowerCase())
        ) {
          append(parse, previous, node);
          seq[w++] = seq[++j]!; // in range: j + 1 < length (w < size - 1)
          continue;
        }
        if (w !== size - 1 && type[seq[j + 1]!] === WORD && (w === 0 || type[previous] !== WORD)) { // in range: w !== size - 1, so j + 1 < length
          const next = seq[j + 1]!; // in range: as above
          const text = value(parse, next).toLowerCase();
          if (ELISION_AFFIX.test(text)) {
            prepend(parse, next, node);
            seq[w++] = next;
            j++;
            continue;
          }
          const other = j + 2 < length ? seq[j + 2]! : -1; // in range: tested
          if (text === 'n' && other >= 0 && type[other] === PUNCT && isApostrophe(parse, other)) {
            prepend(parse, next, node);
            append(parse, next, other);
            seq[w++] = next;
            j += 2;
            continue;
          }
        }
      }
    }
    seq[w++] = node;
  }
  parse.length = w;
}

/** parse-latin: "&" before a word, and not after one, joins the word. */
function mergeInitialWordSymbol(parse: Parse): void {
  const { seq, type } = parse;
  const length = parse.length;
  let w = 0;
  // in range: j < length; j + 1 < length and w > 0 are tested first, and w <= j
  for (let j = 0; j < length; j++) {
    const node = seq[j]!;
    if (j + 1 < length && type[seq[j + 1]!] === WORD && isMark(parse, node) && is(parse, node, 0x26) && (w === 0 || type[seq[w - 1]!] !== WORD)) {
      prepend(parse, seq[j + 1]!, node);
      continue;
    }
    seq[w++] = node;
  }
  parse.length = w;
}

/** parse-latin: "-" after a word, and not before one, joins the word. */
function mergeFinalWordSymbol(parse: Parse): void {
  const { seq, type } = parse;
  const length = parse.length;
  let w = 0;
  // in range: j < length; w > 0 and j + 1 < length are tested first, and w <= j
  for (let j = 0; j < length; j++) {
    const node = seq[j]!;
    if (w > 0 && type[seq[w - 1]!] === WORD && isMark(parse, node) && is(parse, node, 0x2d) && (j + 1 >= length || type[seq[j + 1]!] !== WORD)) {
      append(parse, seq[w - 1]!, node);
      continue;
    }
    seq[w++] = node;
  }
  parse.length = w;
}

/** parse-latin's wordSymbolInner: one of & ' - . : = ? @ soft hyphen, middle dot, hyphens, ’, or underscores (in range: a node id). */
function isInnerSymbol(parse: Parse, node: number): boolean {
  const start = parse.start[node]!;
  const c = parse.text.charCodeAt(start);
  if (c === 0x5f) return parse.type[node] === PUNCT;
  if (parse.end[node]! - start !== 1) return false;
  return (
    c === 0x26 || c === 0x27 || c === 0x2d || c === 0x2e || c === 0x3a || c === 0x3d || c === 0x3f || c === 0x40 ||
    c === 0xad || c === 0xb7 || c === 0x2010 || c === 0x2011 || c === 0x2019 || c === 0x2027
  );
}

/** parse-latin: words joined by inner-word symbols ("U.S", "don't", "e-mail", "3:30") become one. */
function mergeInnerWordSymbol(parse: Parse): void {
  const { seq, type } = parse;
  const length = parse.length;
  let w = 0;
  for (let j = 0; j < length; j++) {
    const node = seq[j]!; // in range: j < length
    if (w > 0 && type[seq[w - 1]!] === WORD && isMark(parse, node)) { // in range: w > 0 is tested, and w <= j
      let last = -1;
      for (let p = j; p < length; p++) {
        const sibling = seq[p]!; // in range: p < length
        if (type[sibling] === WORD) last = p;
        else if (!isMark(parse, sibling) || !isInnerSymbol(parse, sibling)) break;
      }
      if (last >= 0) {
        const previous = seq[w - 1]!; // in range: w > 0
        for (let p = j; p <= last; p++) append(parse, previous, seq[p]!); // in range: j <= p <= last < length
        j = last;
        continue;
      }
    }
    seq[w++] = node;
  }
  parse.length = w;
}

/** parse-latin: "/" after a word of at most two characters joins it, with the next word when that is short too. */
function mergeInnerWordSlash(parse: Parse): void {
  const { seq, type, start, end } = parse;
  const length = parse.length;
  let w = 0;
  for (let j = 0; j < length; j++) {
    const node = seq[j]!; // in range: j < length
    if (w > 0 && type[seq[w - 1]!] === WORD && isMark(parse, node) && is(parse, node, 0x2f)) { // in range: w > 0 is tested, and w <= j
      const previous = seq[w - 1]!; // in range: w > 0
      const next = j + 1 < length ? seq[j + 1]! : -1; // in range: tested
      const nextWord = next >= 0 && type[next] === WORD;
      if (end[previous]! - start[previous]! < 3 && (!nextWord || end[next]! - start[next]! < 3)) { // in range: node ids (next >= 0 when nextWord)
        append(parse, previous, node);
        if (nextWord) {
          append(parse, previous, next);
          j++;
        }
        continue;
      }
    }
    seq[w++] = node;
  }
  parse.length = w;
}

/** parse-latin: the full stop after "U.S" joins it, unless every letter is a digit ("1.2."). */
function mergeInitialisms(parse: Parse): void {
  const { text, tokens, seq, type, first, count } = parse;
  const t = classes();
  const length = parse.length;
  let w = 0;
  for (let j = 0; j < length; j++) {
    const node = seq[j]!; // in range: j < length
    const previous = w > 0 ? seq[w - 1]! : -1; // in range: w > 0 is tested
    const children = previous >= 0 ? count[previous]! : 0; // in range: a node id (previous >= 0)
    if (children !== 1 && children % 2 !== 0 && type[node] === PUNCT && type[previous] === WORD && is(parse, node, 0x2e)) {
      let merge = true;
      let digits = true;
      for (let k = children - 1; k >= 0; k--) {
        const from = tokens[first[previous]! + k]!; // in range: a word's tokens, and tokens ends with one more offset
        const size = tokens[first[previous]! + k + 1]! - from; // in range: as above
        if (k % 2 === 0) {
          if (size > 1) {
            merge = false;
            break;
          }
          if (!(t[text.charCodeAt(from)]! & NUMBER)) digits = false; // in range: t has an entry for every UTF-16 code unit
        } else if (size !== 1 || text.charCodeAt(from) !== 0x2e) {
          if (k < children - 2) break;
          merge = false;
          break;
        }
      }
      if (merge && !digits) {
        append(parse, previous, node);
        continue;
      }
    }
    seq[w++] = node;
  }
  parse.length = w;
}

/** Whether a punctuation node is all terminal marks: . ! ? … ‽ (punctuation runs repeat one character) (in range: a node id). */
function isTerminal(parse: Parse, node: number): boolean {
  if (parse.type[node] !== PUNCT) return false;
  const c = parse.text.charCodeAt(parse.start[node]!);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203d;
}

/** parse-latin's first cut: after every run of terminal marks. */
function splitAtTerminalMarks(parse: Parse): number[][] {
  const { seq, length } = parse;
  const sentences: number[][] = [];
  let sentence: number[] = [];
  for (let i = 0; i < length; i++) {
    const node = seq[i]!; // in range: i < length
    sentence.push(node);
    if (i === length - 1 || isTerminal(parse, node)) {
      sentences.push(sentence);
      sentence = [];
    }
  }
  return sentences;
}

function concat(target: number[], nodes: readonly number[]): void {
  for (let i = 0; i < nodes.length; i++) target.push(nodes[i]!); // in range: i < nodes.length
}

/**
 * A sentence that ends with an abbreviation and a full stop takes the next one in:
 * parse-english's list ("Mr", "Feb", "Inc") when `english`, else parse-latin's
 * (numbers up to three digits, single letters, "etc", "cf").
 */
function mergePrefixExceptions(parse: Parse, sentences: number[][], english: boolean): number[][] {
  const out: number[][] = [];
  for (let j = 0; j < sentences.length; j++) {
    const sentence = sentences[j]!; // in range: j < sentences.length
    for (;;) {
      const n = sentence.length;
      if (n < 2) break;
      const period = sentence[n - 1]!; // in range: n >= 2
      const word = sentence[n - 2]!; // in range: n >= 2
      if (!(english ? parse.type[period] === PUNCT : isMark(parse, period)) || !is(parse, period, 0x2e) || parse.type[word] !== WORD) break;
      const text = value(parse, word);
      const lower = text.toLowerCase();
      if (english ? !ABBREVIATIONS.test(lower) && !ABBREVIATIONS_SENSITIVE.test(text) : !ABBREVIATION_PREFIX.test(lower)) break;
      append(parse, word, period);
      sentence.pop();
      if (j + 1 >= sentences.length) break;
      concat(sentence, sentences[++j]!); // in range: j + 1 < sentences.length is tested
    }
    out.push(sentence);
  }
  return out;
}

function hasWord(parse: Parse, sentence: readonly number[]): boolean {
  for (let i = 0; i < sentence.length; i++) if (parse.type[sentence[i]!] === WORD) return true; // in range: i < sentence.length
  return false;
}

/** parse-latin: a sentence without words joins the one before (the first joins the next, which is then not visited). */
function mergeNonWordSentences(parse: Parse, sentences: number[][]): number[][] {
  const out: number[][] = [];
  for (let j = 0; j < sentences.length; j++) {
    const sentence = sentences[j]!; // in range: j < sentences.length
    if (!hasWord(parse, sentence)) {
      const previous = out[out.length - 1];
      if (previous) {
        concat(previous, sentence);
        continue;
      }
      const next = sentences[j + 1];
      if (next) {
        out.push(sentence.concat(next));
        j++;
        continue;
      }
    }
    out.push(sentence);
  }
  return out;
}

/** parse-latin: closing marks at the start of a sentence (a quote after a full stop) move to the one before, which may leave it empty. */
function mergeAffixSymbol(parse: Parse, sentences: number[][]): number[][] {
  const out: number[][] = [];
  for (let j = 0; j < sentences.length; j++) {
    let sentence = sentences[j]!; // in range: j < sentences.length
    const previous = out[out.length - 1];
    if (previous) {
      let k = 0;
      while (k < sentence.length && isMark(parse, sentence[k]!) && AFFIX_SYMBOL.test(value(parse, sentence[k]!))) previous.push(sentence[k++]!); // in range: k < sentence.length is tested first
      if (k > 0) sentence = sentence.slice(k);
    }
    out.push(sentence);
  }
  return out;
}

/**
 * parse-latin: a sentence whose first word starts with a lower-case letter joins the
 * one before (a word never starts with a surrogate, so the BMP table is enough).
 */
function mergeInitialLowerCase(parse: Parse, sentences: number[][]): number[][] {
  const t = classes();
  const out: number[][] = [];
  for (let j = 0; j < sentences.length; j++) {
    const sentence = sentences[j]!; // in range: j < sentences.length
    const previous = out[out.length - 1];
    if (previous) {
      let merge = false;
      for (let k = 0; k < sentence.length; k++) {
        const node = sentence[k]!; // in range: k < sentence.length
        const type = parse.type[node];
        if (type === WHITE) continue;
        merge = type === WORD && (t[parse.text.charCodeAt(parse.start[node]!)]! & LOWER) !== 0; // in range: a node id; t covers every UTF-16 code unit
        break;
      }
      if (merge) {
        concat(previous, sentence);
        continue;
      }
    }
    out.push(sentence);
  }
  return out;
}

/** parse-latin: a sentence that starts with a word starting with an ASCII digit joins the one before. */
function mergeInitialDigit(parse: Parse, sentences: number[][]): number[][] {
  const out: number[][] = [];
  for (let j = 0; j < sentences.length; j++) {
    const sentence = sentences[j]!; // in range: j < sentences.length
    const previous = out[out.length - 1];
    const head = sentence[0];
    if (previous && head !== undefined && parse.type[head] === WORD) {
      const c = parse.text.charCodeAt(parse.start[head]!); // in range: a node id
      if (c >= 0x30 && c <= 0x39) {
        concat(previous, sentence);
        continue;
      }
    }
    out.push(sentence);
  }
  return out;
}

/** parse-latin: a sentence whose first mark is a comma or a semicolon joins the one before. */
function mergeAffixExceptions(parse: Parse, sentences: number[][]): number[][] {
  const out: number[][] = [];
  for (let j = 0; j < sentences.length; j++) {
    const sentence = sentences[j]!; // in range: j < sentences.length
    const previous = out[out.length - 1];
    if (previous) {
      let merge = false;
      for (let k = 0; k < sentence.length; k++) {
        const node = sentence[k]!; // in range: k < sentence.length
        if (parse.type[node] === WORD) break;
        if (isMark(parse, node)) {
          merge = is(parse, node, 0x2c) || is(parse, node, 0x3b);
          break;
        }
      }
      if (merge) {
        concat(previous, sentence);
        continue;
      }
    }
    out.push(sentence);
  }
  return out;
}

/**
 * parse-latin: full stops other than the sentence's last terminal mark join the word
 * before them ("No.") or else the word after them (".NET"). Visits from the end, as
 * parse-latin does; builds the new list backwards instead of splicing.
 */
function mergeRemainingFullStops(parse: Parse, sentence: number[]): number[] {
  const type = parse.type;
  let found = false;
  let changed = false;
  const kept: number[] = [];
  for (let position = sentence.length - 1; position >= 0; position--) {
    const node = sentence[position]!; // in range: 0 <= position < sentence.length
    if (!isTerminal(parse, node)) {
      if (type[node] === WORD) found = true;
      kept.push(node);
      continue;
    }
    if (!found || !is(parse, node, 0x2e)) {
      found = true;
      kept.push(node);
      continue;
    }
    const previous = position > 0 ? sentence[position - 1]! : -1; // in range: tested
    const next = kept.length > 0 ? kept[kept.length - 1]! : -1; // in range: tested
    if (previous >= 0 && type[previous] === WORD) {
      const after = kept.length > 1 ? kept[kept.length - 2]! : -1; // in range: tested
      if (after >= 0 && type[next] === WHITE && is(parse, after, 0x2e)) {
        kept.push(node);
        continue;
      }
      append(parse, previous, node);
      kept.push(previous);
      position--;
      changed = true;
    } else if (next >= 0 && type[next] === WORD) {
      prepend(parse, next, node);
      changed = true;
    } else {
      kept.push(node);
    }
  }
  return changed ? kept.reverse() : sentence;
}

/**
 * The sentences as retext gives them: white space at either end left out, cut at
 * white space that holds two line breaks or more, empty ones dropped; the ones
 * without words left out too.
 */
function output(parse: Parse, sentences: readonly number[][], base: number): TokenSentence[] {
  const type = parse.type;
  const result: TokenSentence[] = [];
  for (const sentence of sentences) {
    let from = 0;
    let to = sentence.length;
    if (from < to && type[sentence[from]!] === WHITE) from++; // in range: from < to <= sentence.length is tested
    if (from < to && type[sentence[to - 1]!] === WHITE) to--; // in range: as above
    let start = from;
    for (let i = from + 1; i < to - 1; i++) {
      const node = sentence[i]!; // in range: from < i < to - 1
      if (type[node] === WHITE && lineBreaks(parse, node) >= 2) {
        emit(parse, result, sentence, start, i, base);
        start = i + 1;
      }
    }
    emit(parse, result, sentence, start, to, base);
  }
  return result;
}

// in range: from < to <= sentence.length, and node ids
function emit(parse: Parse, result: TokenSentence[], sentence: readonly number[], from: number, to: number, base: number): void {
  if (from >= to) return;
  const words: Span[] = [];
  for (let i = from; i < to; i++) {
    const node = sentence[i]!;
    if (parse.type[node] === WORD) words.push({ start: base + parse.start[node]!, end: base + parse.end[node]! });
  }
  if (words.length) result.push({ start: base + parse.start[sentence[from]!]!, end: base + parse.end[sentence[to - 1]!]!, words });
}

/** Line breaks in a white-space run, "\r\n" counting once. */
function lineBreaks(parse: Parse, node: number): number {
  const text = parse.text;
  const end = parse.end[node]!; // in range: a node id
  let count = 0;
  for (let i = parse.start[node]!; i < end; i++) { // in range: a node id
    const c = text.charCodeAt(i);
    if (c === 0x0a) count++;
    else if (c === 0x0d) {
      count++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  return count;
}

/** How parse-latin 7 classes one UTF-16 code unit (for tests: the tables against its expressions). */
export function classOf(code: number): { kind: 'word' | 'white-space' | 'punctuation' | 'symbol'; lowerInitial: boolean; numerical: boolean } {
  const c = classes()[code & 0xffff]!; // in range: the table has 0x10000 entries
  const kind = (c & 7) === WORD ? 'word' : (c & 7) === WHITE ? 'white-space' : (c & 7) === PUNCT ? 'punctuation' : 'symbol';
  return { kind, lowerInitial: (c & LOWER) !== 0, numerical: (c & NUMBER) !== 0 };
}
