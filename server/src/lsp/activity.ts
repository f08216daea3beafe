/** How long after a keystroke in an article the user counts as typing. */
export const TYPING_MS = 1000;
/** How long after a request (a hover, a completion, a go-to) the user counts as waiting for answers. */
export const POINTING_MS = 500;

/**
 * When the user last typed or asked for something. While either is recent the server's thread
 * leaves workspace indexing to the index worker: an analysis it starts (a few to tens of ms)
 * would stand between the user and the next diagnostics or answer.
 */
export class UserActivity {
  private typedAt = -Infinity;
  private askedAt = -Infinity;

  constructor(private readonly now: () => number = Date.now) {}

  /** A keystroke in an article. */
  typed(): void {
    this.typedAt = this.now();
  }

  /** A request from the editor (hover, completion, navigation…). */
  asked(): void {
    this.askedAt = this.now();
  }

  /** Whether the user is typing or waiting for answers. */
  busy(): boolean {
    const t = this.now();
    return t - this.typedAt < TYPING_MS || t - this.askedAt < POINTING_MS;
  }
}
