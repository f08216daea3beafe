// What the generators of the core's data modules share (scripts/gazetteer.mjs, common-words.mjs,
// date-data.mjs): the front-coding of word lists, and writing a module or, with --check, comparing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Words sorted and front-coded: each word opens with a capital letter that counts the letters it
 * shares with the one before (A = 0, at most 25), then the rest of it (`unpackWords` in
 * server/src/core/extract/gazetteer.ts reads it).
 */
export function frontCoded(words) {
  let prev = '';
  let out = '';
  for (const w of [...words].sort()) {
    let k = 0;
    while (k < 25 && k < w.length && k < prev.length && w[k] === prev[k]) k++;
    out += String.fromCharCode(65 + k) + w.slice(k);
    prev = w;
  }
  return out;
}

/**
 * Writes a generated module and prints `summary`; with --check on the command line, writes nothing
 * and exits 1 when the committed module differs from `text` (`script` names the generator to run).
 */
export function writeGenerated(out, text, script, summary) {
  const name = basename(out);
  if (process.argv.includes('--check')) {
    const same = readFileSync(out, 'utf8') === text;
    console.log(same ? `${name} is up to date` : `${name} differs from what the packages give: run node scripts/${script}`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${summary}`);
}
