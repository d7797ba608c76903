/** Caps one invocation's application log lines; the rest are dropped. */
export const MAX_LOG_LINES = 2_000;
/** Caps one invocation's application log volume, in characters. */
export const MAX_LOG_CHARS = 1_000_000;

/** Runtime lines kept past the caps, so a flood cannot hide the error. */
const MAX_FORCED_LINES = 10;

/** Collects log lines up to the caps, then writes one notice line. */
export class LogBuffer {
  readonly lines: string[] = [];
  private chars = 0;
  private dropped = 0;

  /** Adds a line; `force` keeps runtime lines such as `Invoke Error`. */
  push(line: string, force = false): void {
    const full = this.lines.length >= MAX_LOG_LINES || this.chars + line.length > MAX_LOG_CHARS;
    const forced = force && this.lines.length < MAX_LOG_LINES + MAX_FORCED_LINES;
    if (full && !forced) {
      this.dropped++;

      return;
    }
    this.chars += line.length;
    this.lines.push(line);
  }

  /** Counts lines the environment dropped before sending them. */
  addDropped(count: number): void {
    if (Number.isSafeInteger(count) && count > 0) this.dropped += count;
  }

  /** Returns the lines, plus a notice when some were dropped, and clears. */
  drain(): string[] {
    const lines = this.lines.splice(0);
    if (this.dropped > 0) {
      lines.push(
        `[lambda-playground] ${this.dropped} more log lines were dropped: ` +
          `the playground keeps ${MAX_LOG_LINES} lines or ${MAX_LOG_CHARS} characters per invocation.`,
      );
    }
    this.chars = 0;
    this.dropped = 0;

    return lines;
  }
}
