/**
 * Registry load speed: generated registries of 10,000 and 50,000 facts (about
 * 300 bytes each), loaded cold (first parse) and warm (unchanged text, served
 * from the content-hash cache), and ten files with one changed. Each size runs
 * in its own process so peak memory (max RSS) is its own.
 *
 *   node --import tsx bench/registry.ts            # all sizes
 *   node --import tsx bench/registry.ts 50000      # one size
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { RegistryStore, type Host } from '../server/src/core/index.js';
import { generateRegistry } from '../test/fixtures/registry/generate.js';

interface Result {
  facts: number;
  bytes: number;
  coldMs: number;
  /** CPU time (user + system) of the cold load: less sensitive than wall time to other work on the machine. */
  coldCpuMs: number;
  warmMs: number;
  tenFilesOneChangedMs: number;
  peakRssMb: number;
  findings: number;
}

function memoryHost(files: Map<string, string>): Host {
  return {
    async readText(uri) {
      return files.get(uri);
    },
    async listRegistryFiles() {
      return [...files.keys()];
    },
  };
}

async function measure(facts: number): Promise<Result> {
  const text = generateRegistry(facts);
  const files = new Map([['file:///bench/facts.yaml', text]]);
  const store = new RegistryStore(memoryHost(files));
  let t = performance.now();
  const cpu = process.cpuUsage();
  const r = await store.reload();
  const coldMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const coldCpuMs = (used.user + used.system) / 1000;
  if (r.facts.size !== facts) throw new Error(`loaded ${r.facts.size} facts, expected ${facts}`);
  // Warm: the same content arrives again as a new string (as a re-read from disk would).
  files.set('file:///bench/facts.yaml', text.slice(0, 1) + text.slice(1));
  t = performance.now();
  await store.reload();
  const warmMs = performance.now() - t;
  const findings = [...store.registry.findings.values()].reduce((n, l) => n + l.length, 0);

  // Ten files of facts/10 each; then one changes.
  const ten = new Map<string, string>();
  for (let i = 0; i < 10; i++) ten.set(`file:///bench/part-${i}.facts.yaml`, generateRegistry(facts / 10, 10, i + 2));
  const store10 = new RegistryStore(memoryHost(ten));
  await store10.reload();
  const changed = ten.get('file:///bench/part-3.facts.yaml')!.replace('status: confirmed', 'status: disputed');
  ten.set('file:///bench/part-3.facts.yaml', changed);
  t = performance.now();
  await store10.reload();
  const tenFilesOneChangedMs = performance.now() - t;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { facts, bytes: text.length, coldMs, coldCpuMs, warmMs, tenFilesOneChangedMs, peakRssMb, findings };
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  if (arg) {
    const res = await measure(Number(arg));
    process.stdout.write(JSON.stringify(res) + '\n');
  } else {
    const self = process.argv[1]!;
    console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (wall times grow with it; CPU time less so)`);
  console.log('facts   bytes      cold ms  cold CPU ms  warm ms  10 files, 1 changed ms  peak RSS MB  findings');
    for (const n of [10_000, 50_000]) {
      const out = spawnSync(process.execPath, ['--import', 'tsx', self, String(n)], { encoding: 'utf8', timeout: 300_000 });
      if (out.status !== 0) {
        console.error(out.stderr);
        process.exit(1);
      }
      const r = JSON.parse(out.stdout.trim().split('\n').pop()!) as Result;
      console.log(
        `${String(r.facts).padEnd(7)} ${String(r.bytes).padEnd(10)} ${r.coldMs.toFixed(0).padStart(7)}  ${r.coldCpuMs.toFixed(0).padStart(11)}  ${r.warmMs.toFixed(0).padStart(7)}  ${r.tenFilesOneChangedMs.toFixed(0).padStart(22)}  ${r.peakRssMb.toFixed(0).padStart(11)}  ${r.findings}`,
      );
    }
  }
}

void main();
