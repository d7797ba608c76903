/** Describes a failed dynamic import for a message to the person. */
export function loadFailure(part: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);

  return `The ${part} could not load (${reason}). Reload the page and try again.`;
}
