/** Caps one invocation's application log lines; the rest are dropped. */
export const MAX_LOG_LINES = 2_000;
/** Caps one invocation's application log volume, in characters. */
export const MAX_LOG_CHARS = 1_000_000;

/** Collects log lines up to the caps, then writes one notice line. */
export class LogBuffer {
  readonly lines: string[] = [];
  private chars = 0;
  private dropped = 0;

  push(line: string): void {
    if (this.lines.length >= MAX_LOG_LINES || this.chars + line.length > MAX_LOG_CHARS) {
      this.dropped++;

      return;
    }
    this.chars += line.length;
    this.lines.push(line);
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
