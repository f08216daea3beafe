import type { Check } from './check.js';

/** `article.too-deep`: quotes and lists nested past what the parser reads (parse/depth.ts); those lines are not analysed. */
export const articleTooDeep: Check = {
  code: 'article.too-deep',
  run({ article }) {
    if (!article.problems) return [];
    return article.problems.filter((p) => p.code === 'article.too-deep').map((p) => ({ span: p.span, message: p.message }));
  },
};
