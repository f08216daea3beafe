import { isArticleName, walkSync, type WalkOptions, type WalkResult } from './walk.js';

/** Article files (`.md`, `.markdown`, `.txt`) under a folder, registry files and READMEs left out, with what could not be walked. */
export function walkArticles(root: string, options?: WalkOptions): WalkResult {
  return walkSync(root, isArticleName, options);
}

/** Article files (`.md`, `.markdown`, `.txt`) under a folder, registry files and READMEs left out. */
export function findArticles(root: string): string[] {
  return walkArticles(root).files;
}
