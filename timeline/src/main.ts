// The timeline page's entry, for both hosts: in a VS Code webview the model comes from the
// extension by message (which got it from the language server) and "open" goes back to it; in the
// standalone page (`factmark timeline --html`) the model is inlined as JSON and nothing opens.
import type { HostMessage, TimelineMessage, TimelineModel } from './model.js';
import { renderTimeline, type TimelineState, type TimelineView } from './render.js';
import './timeline.css';

interface VsCodeApi {
  postMessage(message: TimelineMessage): void;
  getState(): Partial<TimelineState> | undefined;
  setState(state: TimelineState): void;
}
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

function start(): void {
  const root = document.getElementById('factmark-timeline');
  if (!root) return;
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  if (!vscode) {
    const data = document.getElementById('factmark-model')?.textContent;
    if (!data) return;
    const t0 = performance.now();
    const model = JSON.parse(data) as TimelineModel;
    const t1 = performance.now();
    renderTimeline(root, model, {});
    root.dataset.startMs = String(Math.round(t0));
    root.dataset.parseMs = String(Math.round(t1 - t0));
    root.dataset.renderMs = String(Math.round(performance.now() - t1));
    return;
  }
  let view: TimelineView | undefined;
  window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
    const msg = event.data;
    if (msg?.type === 'error') {
      root.textContent = msg.message;
      return;
    }
    if (msg?.type !== 'model') return;
    const t0 = performance.now();
    if (view) view.update(msg.model);
    else
      view = renderTimeline(
        root,
        msg.model,
        {
          openFact: (fact) => vscode.postMessage({ type: 'openFact', id: fact.id, location: fact.location }),
          openArticle: (location) => vscode.postMessage({ type: 'openArticle', location }),
          saveState: (state) => vscode.setState(state),
        },
        vscode.getState() ?? {},
      );
    const ms = Math.round(performance.now() - t0);
    root.dataset.renderMs = String(ms);
    vscode.postMessage({ type: 'rendered', facts: view.drawn, ms });
  });
  vscode.postMessage({ type: 'ready' });
}

start();
