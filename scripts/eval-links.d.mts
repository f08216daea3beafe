// Types for scripts/eval-links.mjs (plain JavaScript, run by `npm run eval`), for the tests.
export interface LabelledSentence {
  sentence: string;
  kind: string;
  fact: string | null;
  dated?: boolean;
  start: number;
  end: number;
  expected: { code: string; text: string; start: number; end: number }[];
  mustNot: string[];
  note?: string;
}
export interface Story {
  dir: string;
  registry: string;
  facts: Set<string>;
  drafts: { path: string; file: string; text: string; sentences: LabelledSentence[] }[];
}
export const SCORED: string[];
export const KINDS: string[];
export function storyDirs(dir: string): string[];
export function loadStory(dir: string): { story: Story | undefined; problems: string[] };
export function scoreStories(stories: Story[], cli: string): { scores: Record<string, number>; failures: unknown[] };
export function belowFloors(scores: Record<string, number>, floors: Record<string, number> | undefined): string[];
