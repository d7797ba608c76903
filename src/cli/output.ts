/** Writes a result to stdout, ending it with one newline. */
export function printResult(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes a value to stdout as JSON indented by two spaces. */
export function printJson(value: unknown): void {
  printResult(JSON.stringify(value, null, 2));
}
