// "Factmark: Show the timeline": a webview panel drawing the story model with the timeline page
// (dist/timeline/). The model comes from the language server (`factmark/story`), never from the
// disk, so the panel works in VS Code for the web too. The page may run only its own script
// (by nonce) and load only the extension's own files: no remote resource.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CommandIds, StoryRequest, type StoryParams, type StoryResult } from '../../server/src/lsp/protocol.js';
import type { HostMessage, TimelineLocation, TimelineMessage, TimelineModel } from '../../timeline/src/model.js';
import { pageShell } from '../../timeline/src/page.js';
import { onStoryChanged } from './story-events.js';

const VIEW_TYPE = 'factmark.timeline';
const ARTICLE_LANGUAGES = new Set(['markdown', 'plaintext']);

/** Registers the command and keeps at most one timeline panel. */
export function registerTimeline(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  let panel: TimelinePanel | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandIds.showTimeline, () => {
      if (panel) panel.reveal();
      else {
        panel = new TimelinePanel(context.extensionUri, client);
        panel.onDispose(() => (panel = undefined));
      }
    }),
    { dispose: () => panel?.dispose() },
  );
}

class TimelinePanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeListeners: (() => void)[] = [];
  /** The article whose claims are marked: the last article editor, kept while the panel has focus. */
  private article: vscode.Uri | undefined;
  /** Where entries and articles open: the column of the last text editor. */
  private column: vscode.ViewColumn = vscode.ViewColumn.One;
  private model: TimelineModel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: BaseLanguageClient,
  ) {
    this.noteEditor(vscode.window.activeTextEditor);
    const assets = vscode.Uri.joinPath(extensionUri, 'dist', 'timeline');
    this.panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Factmark timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: true, localResourceRoots: [assets] },
    );
    this.panel.webview.html = this.html();
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((m: TimelineMessage) => this.onMessage(m)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.noteEditor(e)) this.refreshSoon();
      }),
      onStoryChanged(client, () => this.refreshSoon()),
    );
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
    this.refreshSoon();
  }

  onDispose(f: () => void): void {
    this.disposeListeners.push(f);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    for (const f of this.disposeListeners.splice(0)) f();
    this.panel.dispose();
  }

  /** Remembers an article editor (true when the marked article changed). */
  private noteEditor(editor: vscode.TextEditor | undefined): boolean {
    if (!editor) return false;
    if (editor.viewColumn) this.column = editor.viewColumn;
    if (!ARTICLE_LANGUAGES.has(editor.document.languageId) || editor.document.uri.toString() === this.article?.toString()) return false;
    this.article = editor.document.uri;
    return true;
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 150);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    try {
      const params: StoryParams = this.article ? { uri: this.client.code2ProtocolConverter.asUri(this.article) } : {};
      const model = await this.client.sendRequest<StoryResult>(StoryRequest, params);
      if (generation !== this.generation) return;
      this.model = model;
      this.post({ type: 'model', model });
    } catch (e) {
      if (generation === this.generation) this.post({ type: 'error', message: `Factmark could not build the timeline: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private onMessage(m: TimelineMessage): void {
    switch (m.type) {
      case 'ready':
        // A page (re)loaded, e.g. when the panel comes back from the background: the last model at once, then a fresh one.
        if (this.model) this.post({ type: 'model', model: this.model });
        void this.refresh();
        return;
      case 'openFact':
        void this.open(m.location);
        return;
      case 'openArticle':
        void this.open(m.location);
        return;
      case 'rendered':
        return;
    }
  }

  /** Opens a file at a range, beside the timeline (in the last text editor's column). */
  private async open(location: TimelineLocation): Promise<void> {
    try {
      const uri = this.client.protocol2CodeConverter.asUri(location.uri);
      const { start, end } = location.range;
      const selection = new vscode.Range(start.line, start.character, end.line, end.character);
      await vscode.window.showTextDocument(uri, { selection, viewColumn: this.column, preserveFocus: false, preview: true });
    } catch (e) {
      void vscode.window.showErrorMessage(`Factmark: cannot open ${location.uri}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private html(): string {
    const webview = this.panel.webview;
    const asset = (name: string): string => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'timeline', name)).toString();
    const nonce = makeNonce();
    const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    const head = `<link rel="stylesheet" href="${asset('timeline.css')}">
<title>Factmark timeline</title>`;
    const body = `<div id="factmark-timeline" aria-busy="true">Loading the registry…</div>
<script nonce="${nonce}" src="${asset('timeline.js')}"></script>`;
    return pageShell({ csp, head, body });
  }
}

/** 32 random letters and digits for the script's nonce. */
function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => chars[b % chars.length]).join('');
}
