// `factmark/storyChanged` for every view of the story (the registry view, the timeline): a language
// client keeps one handler per notification method, so a second `onNotification` would silently
// replace the first. Views subscribe here instead.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { StoryChangedNotification } from '../../server/src/lsp/protocol.js';

const listeners = new WeakMap<BaseLanguageClient, Set<() => void>>();

/** Calls `listener` whenever the server says the story model changed. */
export function onStoryChanged(client: BaseLanguageClient, listener: () => void): vscode.Disposable {
  let set = listeners.get(client);
  if (!set) {
    const own = new Set<() => void>();
    listeners.set(client, (set = own));
    client.onNotification(StoryChangedNotification, () => {
      for (const l of [...own]) l();
    });
  }
  const mine = set;
  mine.add(listener);
  return new vscode.Disposable(() => mine.delete(listener));
}
