// Parses an evaluation article with inline gold (eval/invented/README.md):
//   {{text|type|canonical}}  an actor (type person, organization or place; `type?` optional)
//   [[text|value]]           a date expression and its ISO value (`value?` optional)
//   << ... >>                a dated claim sentence
// Returns the plain article text and its gold in the shared corpus format
// (../shared/corpus/ANNOTATION.md), or throws an Error that names the line.
export const MARK = /\{\{([^|{}]*)\|([^|{}]*)\|([^|{}]*)\}\}|\[\[([^|\]]*)\|([^\]]*)\]\]|<<|>>|\{\{|\}\}|\[\[|\]\]/g;
const TYPES = new Set(['person', 'organization', 'place']);
const VALUE = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;

export function parseInline(source, name = 'article') {
  const gold = { article: `${name}.md`, published: /^date:\s*(\S+)/m.exec(source)?.[1], actors: [], dates: [], claims: [] };
  const where = (index) => `${name}:${source.slice(0, index).split('\n').length}`;
  if (!gold.published || !/^\d{4}-\d{2}-\d{2}$/.test(gold.published)) throw new Error(`${name}: no \`date: YYYY-MM-DD\` in the front matter`);
  let text = '';
  let at = 0;
  let claim;
  for (const m of source.matchAll(MARK)) {
    text += source.slice(at, m.index);
    at = m.index + m[0].length;
    const start = text.length;
    if (m[1] !== undefined) {
      const [, span, rawType, canonical] = m;
      const type = rawType.replace(/\?$/, '');
      if (!span.trim() || span !== span.trim()) throw new Error(`${where(m.index)}: actor span \`${span}\` is empty or has outer spaces`);
      if (!TYPES.has(type)) throw new Error(`${where(m.index)}: actor type \`${rawType}\` is not person, organization or place`);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(canonical)) throw new Error(`${where(m.index)}: canonical \`${canonical}\` is not a lowercase slug`);
      text += span;
      const actor = { text: span, start, end: text.length, type, canonical, ...(rawType.endsWith('?') ? { optional: true } : {}) };
      gold.actors.push(actor);
      if (claim && !actor.optional && type !== 'place' && !claim.actors.includes(canonical)) claim.actors.push(canonical);
    } else if (m[4] !== undefined) {
      const [span, rawValue] = [m[4], m[5]];
      const value = rawValue.replace(/\?$/, '');
      if (!span.trim() || span !== span.trim()) throw new Error(`${where(m.index)}: date span \`${span}\` is empty or has outer spaces`);
      if (!VALUE.test(value)) throw new Error(`${where(m.index)}: date value \`${rawValue}\` is not ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD or a/b)`);
      text += span;
      gold.dates.push({ text: span, start, end: text.length, value, ...(rawValue.endsWith('?') ? { optional: true } : {}) });
      if (claim && !rawValue.endsWith('?')) claim.dates.push(value);
    } else if (m[0] === '<<') {
      if (claim) throw new Error(`${where(m.index)}: \`<<\` inside a claim that is still open`);
      claim = { start, dates: [], actors: [] };
    } else if (m[0] === '>>') {
      if (!claim) throw new Error(`${where(m.index)}: \`>>\` without \`<<\``);
      if (!claim.dates.length) throw new Error(`${where(m.index)}: a claim without a date expression`);
      gold.claims.push({ text: text.slice(claim.start), start: claim.start, end: start, dates: claim.dates, actors: claim.actors });
      claim = undefined;
    } else throw new Error(`${where(m.index)}: unbalanced or malformed \`${m[0]}\``);
  }
  if (claim) throw new Error(`${name}: a claim opened with \`<<\` is never closed`);
  text += source.slice(at);
  return { text, gold };
}
