/** What the core needs from its environment: reading files and finding registry files. */
export interface Host {
  /** The text of a file (an open buffer wins over the disk), or undefined when it cannot be read. */
  readText(uri: string): Promise<string | undefined>;
  /** URIs of the workspace's registry files (`facts.yaml` at folder roots, `**\/*.facts.yaml`, or configured paths). */
  listRegistryFiles(): Promise<string[]>;
  /**
   * Whether a URI lies inside the workspace. Registry `file:` sources outside it
   * are refused with a finding and never read. Absent: no limit (the CLI, whose
   * user names the paths).
   */
  contains?(uri: string): boolean;
  /**
   * Reads a file an article or a registry names (front-matter `registry`, a source's `file`): its
   * text, or why it is refused (a phrase such as "is outside the workspace" or "is not a regular
   * file"; never the file's content). The Node hosts resolve real paths, refuse anything but a
   * regular file inside the workspace and cap the size. Absent: {@link contains}, then {@link readText}.
   */
  readNamed?(uri: string): Promise<{ text: string } | { refused: string }>;
}

/** Where the core writes what it wants to say (the LSP layer sends it to the client's output). */
export interface Logger {
  log(message: string): void;
}
