/**
 * Why RDS Proxy would pin a PostgreSQL client session to its database
 * connection, or undefined when the statement leaves no session state
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-managing.html).
 * Recognised by the statement text, as the proxy reads the protocol.
 */

/** Statements longer than this pin, on every engine. */
export const PIN_STATEMENT_BYTES = 16 * 1024;

const RULES: [RegExp, string][] = [
  [/^\s*(set|reset)\s/i, 'a SET or RESET command'],
  [/^\s*(prepare|execute|deallocate)\s/i, 'a prepared statement'],
  [
    /^\s*create\s+(temp|temporary)\s+(table|sequence|view)\b/i,
    'a temporary table, sequence or view',
  ],
  [/^\s*declare\s/i, 'a cursor'],
  [/^\s*discard\s/i, 'DISCARD'],
  [/^\s*listen\s/i, 'LISTEN'],
  [/^\s*load\s/i, 'LOAD'],
  [/\b(nextval|setval|currval|lastval)\s*\(/i, 'a sequence function such as nextval'],
  [/\bpg_(try_)?advisory(_xact)?_lock(_shared)?\s*\(/i, 'an advisory lock'],
  [/\bset_config\s*\(/i, 'set_config'],
];

/**
 * Returns the reason a statement pins the session. node-postgres sends a
 * statement with values over the extended query protocol, which pins.
 */
export function pinReason(text: string, hasValues: boolean): string | undefined {
  if (new TextEncoder().encode(text).length > PIN_STATEMENT_BYTES) {
    return 'a statement longer than 16 KB';
  }
  if (hasValues) return 'the extended query protocol (a query with values)';
  for (const statement of text.split(';')) {
    for (const [pattern, reason] of RULES) {
      if (pattern.test(statement)) return reason;
    }
  }

  return undefined;
}
