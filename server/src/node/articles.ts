import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

/** Article files (`.md`, `.markdown`, `.txt`) under a folder, registry files and READMEs left out. */
export function findArticles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 12) return;
    for (const name of readdirSync(dir).sort()) {
      if (SKIP.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path, depth + 1);
      else if (/\.(md|markdown|txt)$/i.test(name) && !/^(readme|changelog|license)\b/i.test(name)) out.push(path);
    }
  };
  walk(root, 0);
  return out;
}
