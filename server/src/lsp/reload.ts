// Registry reload (rust-analyzer's "reload"): reads the registry files again, publishes their
// findings and the status, then every open article and the workspace index against the new
// registry. Reloads asked for while one runs merge into one more pass.
import { levelsOf } from './settings.js';
import { applyLevels } from '../core/index.js';
import { StatusNotification, type StatusParams } from './protocol.js';
import type { Session } from './state.js';
import type { DocumentSync } from './sync.js';

export class RegistryReload {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly state: Session,
    private readonly sync: DocumentSync,
    /** Called after each reload (the story view follows the registry). */
    private readonly reloaded: () => void = () => undefined,
  ) {}

  /** Reloads the registry (a broken file keeps its last good version) and publishes everything again. */
  async reload(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const { state } = this;
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await state.checker.reloadRegistry();
        } catch (e) {
          state.connection.console.error(`Factmark could not load the registry: ${String(e)}`);
        }
      } while (this.again);
      this.sync.loaded = true;
      this.publishRegistry();
      this.reloaded();
      this.sync.publishOpen();
      // Actor highlighting depends on the registry: ask the client to fetch the tokens again.
      if (state.capabilities.refreshTokens) void state.connection.languages.semanticTokens.refresh();
      void state.indexer.refresh();
    })();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** Publishes each registry file's findings and the registry's status (facts, actors, errors, stale files). */
  private publishRegistry(): void {
    const { state } = this;
    const { documents, checker } = state;
    const registry = checker.store.registry;
    for (const file of registry.files) {
      const findings = applyLevels(registry.findings.get(file.uri) ?? [], levelsOf(state.settings));
      // A closed file is shown from the text it was loaded from; a stale one's findings belong to a newer
      // text we only have when it is open (the status bar names its error either way).
      const doc = documents.get(file.uri) ?? (file.stale ? undefined : state.textOf(file.uri));
      state.publisher.publish(file.uri, undefined, findings, doc, (u) => state.textOf(u));
    }
    const s = checker.store.state();
    const problems: NonNullable<StatusParams['problems']> = [];
    for (const file of registry.files) {
      const doc = state.textOf(file.uri);
      for (const f of applyLevels(registry.findings.get(file.uri) ?? [], levelsOf(state.settings))) {
        if (f.severity !== 'error' && f.severity !== 'warning') continue;
        problems.push({ uri: file.uri, severity: f.severity, message: f.message, line: doc ? doc.positionAt(f.span.start).line : 0 });
      }
    }
    problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const status: StatusParams = {
      problems: problems.slice(0, 10),
      problemCount: problems.length,
      ...s,
      stale: s.stale.map((x) => {
        const doc = documents.get(x.uri);
        const p = doc ? doc.positionAt(x.offset) : { line: x.line, character: x.character };
        return { uri: x.uri, message: x.message, line: p.line, character: p.character };
      }),
    };
    void state.connection.sendNotification(StatusNotification, status);
  }
}
