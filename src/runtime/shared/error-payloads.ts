/** Lambda's error payloads for failures the platform reports itself. */

/** The Invoke response payload of a function error. */
export interface ErrorPayload {
  errorType: string;
  errorMessage: string;
  trace?: string[];
}

/**
 * Timeout payload in the format recorded from AWS in November 2025; earlier
 * recordings (April 2024) had no `errorType` and a date-prefixed message.
 */
export function timeoutPayload(requestId: string, timeoutSeconds: number): ErrorPayload {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`,
  };
}

/** Payload after `process.exit()` or a crash of the runtime. */
export function exitErrorPayload(requestId: string, exitCode?: number): ErrorPayload {
  const reason =
    exitCode === undefined || exitCode === 0
      ? 'Runtime exited without providing a reason'
      : `Runtime exited with error: exit status ${exitCode}`;

  return { errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${requestId} Error: ${reason}` };
}

/** Largest synchronous response Lambda returns, in bytes. */
export const MAX_RESPONSE_BYTES = 6_291_556;

/** Payload of a response over 6 MB (recorded from AWS, 2025-11-24). */
export function responseTooLargePayload(): ErrorPayload {
  return {
    errorType: 'Function.ResponseSizeTooLarge',
    errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
  };
}

/**
 * Payload of an import the runtime cannot resolve, as the Node.js runtime
 * reports it: `Runtime.ImportModuleError` wrapping "Error: Cannot find module".
 */
export function importModuleErrorPayload(specifier: string): ErrorPayload {
  const message = `Error: Cannot find module '${specifier}'`;

  return {
    errorType: 'Runtime.ImportModuleError',
    errorMessage: message,
    trace: [`Runtime.ImportModuleError: ${message}`],
  };
}

/** Payload of handler code that does not parse. */
export function syntaxErrorPayload(message: string, codeFrame: string[]): ErrorPayload {
  const errorMessage = `SyntaxError: ${message}`;

  return {
    errorType: 'Runtime.UserCodeSyntaxError',
    errorMessage,
    trace: [`Runtime.UserCodeSyntaxError: ${errorMessage}`, ...codeFrame],
  };
}

/** Payload of a `Handler` setting without a dot, such as `index`. */
export function malformedHandlerPayload(): ErrorPayload {
  return { errorType: 'Runtime.MalformedHandlerName', errorMessage: 'Bad handler', trace: [] };
}

/**
 * Returns the log line the Node.js runtime writes for an error it reports:
 * `Invoke Error` during an invocation, `Uncaught Exception` during init.
 */
export function errorLogMessage(
  label: 'Invoke Error' | 'Uncaught Exception',
  payload: ErrorPayload,
): string {
  const logged = {
    errorType: payload.errorType,
    errorMessage: payload.errorMessage,
    stack: payload.trace ?? [],
  };

  return `${label} \t${JSON.stringify(logged)}`;
}
