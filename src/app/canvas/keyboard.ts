/** Tells whether a key event comes from a text field or the code editor. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) {
    return false;
  }
  if (target.closest('input, textarea, select, [contenteditable="true"]')) {
    return true;
  }

  return target.closest('.monaco-editor') !== null;
}
