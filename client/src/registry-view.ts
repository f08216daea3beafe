// The registry view (issue 17): the desk's facts as a tree, grouped by story or by date, with
// status icons, the supersession chain, the articles stating each fact, and the actors with their
// roles over time. Its data comes from the language server (`factmark/story`), never from the
// disk, so it works the same on the desktop and on the web; it refreshes on `factmark/storyChanged`.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import {
  ServerCommandIds,
  StoryRequest,
  type RegistryEditResult,
  type StoryActor,
  type StoryArticleRef,
  type StoryFact,
  type StoryLocation,
  type StoryModel,
  type StoryParams,
} from '../../server/src/lsp/protocol.js';
import { onStoryChanged } from './story-events.js';

/** The view's id (package.json `contributes.views`) and its commands. */
export const RegistryViewIds = {
  view: 'factmark.registry',
  open: 'factmark.registryView.open',
  groupByDate: 'factmark.registryView.groupByDate',
  groupByStory: 'factmark.registryView.groupByStory',
  refresh: 'factmark.registryView.refresh',
  setStatus: 'factmark.registryView.setStatus',
  addSource: 'factmark.registryView.addSource',
  /** Context key: `story` or `date`. */
  grouping: 'factmark.registryView.grouping',
} as const;

type Status = StoryFact['status'];
/** More facts than this and the view groups them by month, collapsed. */
const LARGE = 200;

const STATUSES: readonly Status[] = ['confirmed', 'developing', 'disputed', 'false', 'superseded', 'retracted'];

/** Icon and colour per status; the status is also written in the description, so colour is never alone. */
const STATUS_ICON: Record<Status, [icon: string, color: string]> = {
  confirmed: ['pass-filled', 'charts.green'],
  developing: ['clock', 'charts.blue'],
  disputed: ['warning', 'charts.orange'],
  false: ['error', 'charts.red'],
  superseded: ['history', 'disabledForeground'],
  retracted: ['circle-slash', 'charts.purple'],
};

const statusIcon = (status: Status): vscode.ThemeIcon => {
  const [icon, color] = STATUS_ICON[status] ?? ['circle-outline', 'foreground'];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
};

/** A node of the tree. */
type Node =
  | { kind: 'group'; id: string; label: string; description?: string; facts: StoryFact[]; expanded: boolean; byMonth?: boolean }
  | { kind: 'actors'; actors: StoryActor[] }
  | { kind: 'fact'; fact: StoryFact; parent: string }
  | { kind: 'related'; fact: StoryFact; relation: 'superseded by' | 'replaces'; parent: string; depth: number }
  | { kind: 'article'; ref: StoryArticleRef; fact: StoryFact; index: number }
  | { kind: 'actor'; actor: StoryActor }
  | { kind: 'role'; actor: StoryActor; index: number };

/** The tree's data provider: one model per refresh, nodes derived from it on demand. */
export class RegistryView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: Promise<StoryModel | undefined> | undefined;
  private byId = new Map<string, StoryFact>();
  private grouping: 'story' | 'date' = 'story';
  private readonly disposables: vscode.Disposable[] = [];
  readonly tree: vscode.TreeView<Node>;

  constructor(private readonly client: BaseLanguageClient) {
    this.tree = vscode.window.createTreeView(RegistryViewIds.view, { treeDataProvider: this, showCollapseAll: true });
    void vscode.commands.executeCommand('setContext', RegistryViewIds.grouping, this.grouping);
    this.disposables.push(
      this.tree,
      this.changed,
      onStoryChanged(client, () => this.refresh()),
      vscode.commands.registerCommand(RegistryViewIds.open, (location: StoryLocation) => openLocation(location)),
      vscode.commands.registerCommand(RegistryViewIds.groupByDate, () => this.group('date')),
      vscode.commands.registerCommand(RegistryViewIds.groupByStory, () => this.group('story')),
      vscode.commands.registerCommand(RegistryViewIds.refresh, () => this.refresh()),
      vscode.commands.registerCommand(RegistryViewIds.setStatus, (node?: Node) => this.setStatus(node)),
      vscode.commands.registerCommand(RegistryViewIds.addSource, (node?: Node) => this.addSource(node)),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Asks the server for the model again and redraws. */
  refresh(): void {
    this.model = undefined;
    this.changed.fire(undefined);
  }

  private group(by: 'story' | 'date'): void {
    this.grouping = by;
    void vscode.commands.executeCommand('setContext', RegistryViewIds.grouping, by);
    this.changed.fire(undefined);
  }

  private load(): Promise<StoryModel | undefined> {
    if (!this.model) {
      const params: StoryParams = {};
      this.model = Promise.resolve(this.client.sendRequest<StoryModel | null>(StoryRequest, params)).then(
        (m) => {
          this.byId = new Map((m?.facts ?? []).map((f) => [f.id, f]));
          this.tree.message = m?.indexing ? 'Indexing articles… the article lists may grow.' : undefined;
          return m ?? undefined;
        },
        (e: unknown) => {
          this.tree.message = `Factmark could not read the registry: ${e instanceof Error ? e.message : String(e)}`;
          return undefined;
        },
      );
    }
    return this.model;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const model = await this.load();
    if (!model) return [];
    if (!node) return this.roots(model);
    switch (node.kind) {
      case 'group':
        return node.byMonth ? byMonth(node.facts, node.id) : node.facts.map((fact) => ({ kind: 'fact', fact, parent: node.id }));
      case 'actors':
        return node.actors.map((actor) => ({ kind: 'actor', actor }));
      case 'fact': {
        const out: Node[] = [];
        // The chain: every newer fact in order, then the facts this one replaced.
        let depth = 0;
        const seen = new Set([node.fact.id]);
        for (let next = node.fact.supersededBy; next && !seen.has(next); ) {
          const f = this.byId.get(next);
          if (!f) break;
          seen.add(next);
          out.push({ kind: 'related', fact: f, relation: 'superseded by', parent: node.fact.id, depth: depth++ });
          next = f.supersededBy;
        }
        for (const id of node.fact.supersedes) {
          const f = this.byId.get(id);
          if (f) out.push({ kind: 'related', fact: f, relation: 'replaces', parent: node.fact.id, depth: 0 });
        }
        node.fact.articles.forEach((ref, index) => out.push({ kind: 'article', ref, fact: node.fact, index }));
        return out;
      }
      case 'actor':
        return node.actor.roles.map((_, index) => ({ kind: 'role', actor: node.actor, index }));
      default:
        return [];
    }
  }

  private roots(model: StoryModel): Node[] {
    const roots: Node[] = [];
    // A small desk opens expanded, by day; a large one (thousands of facts) by month, collapsed, so the
    // first render draws a few dozen rows, not every fact.
    const large = model.facts.length > LARGE;
    if (this.grouping === 'story') {
      for (const story of model.stories) {
        const facts = story.facts.map((id) => this.byId.get(id)).filter((f): f is StoryFact => !!f);
        roots.push({ kind: 'group', id: `story:${story.id}`, label: story.label, description: count(facts.length, 'fact'), facts: byDate(facts), expanded: !large || model.stories.length === 1, byMonth: facts.length > LARGE });
      }
    } else if (large) {
      roots.push(...byMonth(byDate(model.facts), 'date'));
    } else {
      const days = new Map<string, StoryFact[]>();
      for (const f of byDate(model.facts)) {
        const day = f.start ?? 'No date';
        const list = days.get(day);
        if (list) list.push(f);
        else days.set(day, [f]);
      }
      for (const [day, facts] of days) roots.push({ kind: 'group', id: `date:${day}`, label: day, description: count(facts.length, 'fact'), facts, expanded: true });
    }
    if (model.actors.length) roots.push({ kind: 'actors', actors: model.actors });
    return roots;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = node.description;
        item.iconPath = new vscode.ThemeIcon(node.id.startsWith('story:') && !node.id.includes('/') ? 'book' : 'calendar');
        item.contextValue = 'group';
        return item;
      }
      case 'actors': {
        const item = new vscode.TreeItem('Actors', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'actors';
        item.description = count(node.actors.length, 'actor');
        item.iconPath = new vscode.ThemeIcon('organization');
        return item;
      }
      case 'fact': {
        const f = node.fact;
        const hasChildren = !!f.supersededBy || f.supersedes.length > 0 || f.articles.length > 0;
        const item = new vscode.TreeItem(f.statement, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `${node.parent}/${f.id}`;
        item.description = `${f.date} · ${f.status}${f.articles.length ? ` · ${count(new Set(f.articles.map((a) => a.uri)).size, 'article')}` : ''}`;
        item.iconPath = statusIcon(f.status);
        item.accessibilityInformation = { label: `${f.statement}, ${f.date}, ${f.status}` };
        item.contextValue = 'fact';
        item.command = { command: RegistryViewIds.open, title: 'Open the registry entry', arguments: [f.location] };
        return item;
      }
      case 'related': {
        const f = node.fact;
        const arrow = node.relation === 'superseded by' ? `${'  '.repeat(node.depth)}→` : '←';
        const item = new vscode.TreeItem(`${arrow} ${f.statement}`, vscode.TreeItemCollapsibleState.None);
        item.id = `${node.parent}/${node.relation}/${f.id}`;
        item.description = `${node.relation} · ${f.date} · ${f.status}`;
        item.iconPath = statusIcon(f.status);
        item.accessibilityInformation = { label: `${node.relation}: ${f.statement}, ${f.date}, ${f.status}` };
        item.contextValue = 'fact';
        item.command = { command: RegistryViewIds.open, title: 'Open the registry entry', arguments: [f.location] };
        return item;
      }
      case 'article': {
        const { ref } = node;
        const uri = vscode.Uri.parse(ref.uri);
        const item = new vscode.TreeItem(vscode.workspace.asRelativePath(uri), vscode.TreeItemCollapsibleState.None);
        item.id = `${node.fact.id}/article/${node.index}`;
        item.description = `${ref.kind === 'explicit' ? 'marker' : 'inferred'} · line ${ref.range.start.line + 1}`;
        item.iconPath = new vscode.ThemeIcon(ref.kind === 'explicit' ? 'references' : 'link');
        item.tooltip = `${vscode.workspace.asRelativePath(uri)}:${ref.range.start.line + 1}, ${ref.kind === 'explicit' ? 'a [@id] marker' : 'linked by inference'}`;
        item.resourceUri = uri;
        item.contextValue = 'article';
        item.command = { command: RegistryViewIds.open, title: 'Open the article at the sentence', arguments: [{ uri: ref.uri, range: ref.range }] };
        return item;
      }
      case 'actor': {
        const a = node.actor;
        const item = new vscode.TreeItem(a.name, a.roles.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `actor/${a.id}`;
        item.description = `${a.type}${a.facts.length ? ` · ${count(a.facts.length, 'fact')}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(a.type === 'person' ? 'person' : a.type === 'place' ? 'location' : 'organization');
        item.tooltip = [a.name, a.aliases.length ? `Also: ${a.aliases.join(', ')}` : '', ...a.roles.map(roleText)].filter(Boolean).join('\n');
        item.contextValue = 'actor';
        item.command = { command: RegistryViewIds.open, title: 'Open the registry entry', arguments: [a.location] };
        return item;
      }
      case 'role': {
        const role = node.actor.roles[node.index];
        const today = new Date().toISOString().slice(0, 10);
        const current = !!role && (!role.from || role.from <= today) && (!role.to || today <= role.to);
        const item = new vscode.TreeItem(role?.title ?? '', vscode.TreeItemCollapsibleState.None);
        item.id = `actor/${node.actor.id}/role/${node.index}`;
        item.description = `${role?.from ?? '…'} – ${role?.to ?? (current ? 'now' : '…')}`;
        item.iconPath = new vscode.ThemeIcon(current ? 'circle-filled' : 'circle-outline');
        item.tooltip = `${role ? roleText(role) : ''}${current ? ' (current)' : ''}`;
        item.command = { command: RegistryViewIds.open, title: 'Open the registry entry', arguments: [node.actor.entry] };
        return item;
      }
    }
  }

  /** A fact's tooltip, made when the pointer rests on it (thousands of rows need none up front). */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (node.kind === 'fact' || node.kind === 'related') item.tooltip = factTooltip(node.fact, this.byId);
    return item;
  }

  /** Context menu: pick a status (and, for superseded, the newer fact) and edit the registry through the server. */
  private async setStatus(node?: Node): Promise<void> {
    const fact = factOf(node) ?? (await this.pickFact('Change the status of which fact?'));
    if (!fact) return;
    const pick = await vscode.window.showQuickPick(
      STATUSES.map((s) => ({ label: s, description: s === fact.status ? 'current' : undefined, iconPath: statusIcon(s) })),
      { title: `Status of ${fact.id}`, placeHolder: fact.statement },
    );
    if (!pick) return;
    let by: string | undefined;
    if (pick.label === 'superseded') {
      const newer = await this.pickFact(`Which fact supersedes ${fact.id}?`, fact.id);
      if (!newer) return;
      by = newer.id;
    }
    await this.edit(ServerCommandIds.setFactStatus, [fact.id, pick.label, ...(by ? [by] : [])]);
  }

  /** Context menu: add the active article (with the selected text as quote) or an outlet and URL as a source. */
  private async addSource(node?: Node): Promise<void> {
    const fact = factOf(node) ?? (await this.pickFact('Add a source to which fact?'));
    if (!fact) return;
    const editor = vscode.window.activeTextEditor;
    const article = editor && editor.document.uri.scheme !== 'output' && !/facts\.ya?ml$/.test(editor.document.uri.path) ? editor : undefined;
    const choices = [
      ...(article ? [{ label: `$(file) ${vscode.workspace.asRelativePath(article.document.uri)}`, description: article.selection.isEmpty ? 'the active article' : 'the active article, the selection as quote', source: 'article' as const }] : []),
      { label: '$(globe) An outlet and a URL', description: '', source: 'url' as const },
    ];
    const choice = choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { title: `Add a source to ${fact.id}` });
    if (!choice) return;
    if (choice.source === 'article' && article) {
      const quote = article.selection.isEmpty ? undefined : article.document.getText(article.selection).replace(/\s+/g, ' ').trim();
      return this.edit(ServerCommandIds.addFactSource, [fact.id, { file: article.document.uri.toString(), ...(quote ? { quote } : {}) }]);
    }
    const outlet = await vscode.window.showInputBox({ title: `Add a source to ${fact.id}`, prompt: 'Outlet (the publication or agency)', placeHolder: 'Reuters' });
    if (outlet === undefined) return;
    const url = await vscode.window.showInputBox({
      title: `Add a source to ${fact.id}`,
      prompt: 'URL of the report',
      placeHolder: 'https://',
      validateInput: (v) => (v === '' || /^https?:\/\/\S+$/.test(v) ? undefined : 'A URL starting with http:// or https://'),
    });
    if (url === undefined || (!outlet && !url)) return;
    return this.edit(ServerCommandIds.addFactSource, [fact.id, { ...(outlet ? { outlet } : {}), ...(url ? { url } : {}) }]);
  }

  private async pickFact(title: string, except?: string): Promise<StoryFact | undefined> {
    const model = await this.load();
    const items = (model?.facts ?? []).filter((f) => f.id !== except).map((f) => ({ label: f.statement, description: `${f.id} · ${f.date} · ${f.status}`, fact: f, iconPath: statusIcon(f.status) }));
    return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true }))?.fact;
  }

  private async edit(command: string, args: unknown[]): Promise<void> {
    try {
      await this.client.sendRequest<RegistryEditResult>(ExecuteCommandRequest.type.method, { command, arguments: args });
    } catch (e) {
      void vscode.window.showErrorMessage(`Factmark: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** Opens a file at a range (a registry entry, an article's sentence). */
async function openLocation(location: StoryLocation | undefined): Promise<void> {
  if (!location) return;
  const { start, end } = location.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { selection, preserveFocus: false, preview: true });
}

/** Facts (sorted by date) in one collapsed group per month. */
function byMonth(facts: StoryFact[], parent: string): Node[] {
  const months = new Map<string, StoryFact[]>();
  for (const f of facts) {
    const month = f.start?.slice(0, 7) ?? 'No date';
    const list = months.get(month);
    if (list) list.push(f);
    else months.set(month, [f]);
  }
  return [...months].map(([month, list]) => ({ kind: 'group', id: `${parent}/${month}`, label: month, description: count(list.length, 'fact'), facts: list, expanded: false }));
}

function factOf(node: Node | undefined): StoryFact | undefined {
  return node && (node.kind === 'fact' || node.kind === 'related') ? node.fact : undefined;
}

function byDate(facts: StoryFact[]): StoryFact[] {
  return [...facts].sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.id.localeCompare(b.id));
}

function roleText(r: { title: string; from?: string; to?: string }): string {
  return `${r.title} (${r.from ?? '…'} – ${r.to ?? 'now'})`;
}

function factTooltip(f: StoryFact, byId: ReadonlyMap<string, StoryFact>): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escape(f.statement)}**\n\n`);
  md.appendMarkdown(`\`${f.id}\` · ${f.date} · status: **${f.status}**\n\n`);
  if (f.supersededBy) md.appendMarkdown(`Superseded by \`${f.supersededBy}\`: ${escape(byId.get(f.supersededBy)?.statement ?? '')}\n\n`);
  if (f.supersedes.length) md.appendMarkdown(`Replaces ${f.supersedes.map((id) => `\`${id}\``).join(', ')}\n\n`);
  if (f.actors.length) md.appendMarkdown(`Actors: ${f.actors.map((a) => `\`${a}\``).join(', ')}\n\n`);
  md.appendMarkdown(`${count(f.sources.length, 'source')}, stated in ${count(new Set(f.articles.map((a) => a.uri)).size, 'article')}`);
  return md;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** "1 fact", "2 facts". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
