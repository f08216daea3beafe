import type { Check } from './check.js';

/** `article.front-matter`: front matter that is not valid YAML, or a `date` that is no calendar day (parse/front-matter.ts). */
export const articleFrontMatter: Check = {
  code: 'article.front-matter',
  run({ article }) {
    const problems = article.frontMatter?.problems;
    if (!problems) return [];
    return problems.filter((p) => p.code === 'article.front-matter').map((p) => ({ span: p.span, message: p.message }));
  },
};
