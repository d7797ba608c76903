import { Compile, parse } from 'velocityjs';
import { JAVA_METHOD_HANDLERS } from './java-methods';

/** A rendered template, or why it failed with the template line for the editor. */
export type RenderResult =
  | { ok: true; text: string }
  | { ok: false; message: string; line?: number; phase: 'parse' | 'render' };

/** A position velocityjs reports on parse errors and keeps on each node. */
interface Located {
  pos?: { first_line?: number };
}

interface ParseErrorShape {
  hash?: { loc?: { first_line?: number } };
}

/** The part of velocityjs's compiler that is wrapped to track the current line. */
interface TrackedCompiler {
  render(context: Record<string, unknown>, macros?: unknown, silence?: boolean): string;
  getReferences(ast: Located, isVal?: boolean): unknown;
}

/** Joins velocityjs's first line with its last (what was expected), skipping the caret lines. */
function describeParseError(message: string): string {
  const lines = message.split('\n');
  const first = lines[0] ?? message;

  return lines.length > 1 ? `${first} ${lines.at(-1) ?? ''}` : first;
}

/**
 * Renders a VTL mapping template. References that resolve to nothing render
 * as empty text (velocityjs's silent mode). Parse and render failures are
 * returned with their line instead of thrown.
 */
export function renderTemplate(template: string, context: Record<string, unknown>): RenderResult {
  let asts: ReturnType<typeof parse>;
  try {
    asts = parse(template);
  } catch (error) {
    const line = (error as ParseErrorShape).hash?.loc?.first_line;
    const message = error instanceof Error ? describeParseError(error.message) : String(error);
    return { ok: false, phase: 'parse', message, ...(line === undefined ? {} : { line }) };
  }
  const compiler = new Compile(asts, {
    escape: false,
    customMethodHandlers: JAVA_METHOD_HANDLERS,
  }) as unknown as TrackedCompiler;
  let line: number | undefined;
  const getReferences = compiler.getReferences.bind(compiler);
  compiler.getReferences = (ast, isVal) => {
    line = ast.pos?.first_line ?? line;
    return getReferences(ast, isVal);
  };
  try {
    return { ok: true, text: compiler.render(context, undefined, true) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, phase: 'render', message, ...(line === undefined ? {} : { line }) };
  }
}
