/**
 * Errors PostgreSQL sends while a connection starts, in the fields
 * node-postgres copies onto its `DatabaseError` (`name` is always
 * `'error'`). SQLSTATE codes: https://www.postgresql.org/docs/current/errcodes-appendix.html.
 */
export interface PostgresErrorFields {
  name: 'error';
  message: string;
  severity: 'ERROR' | 'FATAL';
  code: string;
  detail?: string;
  hint?: string;
}

/** Builds a FATAL error, the severity of every failure while connecting. */
function fatal(code: string, message: string): PostgresErrorFields {
  return { name: 'error', message, severity: 'FATAL', code };
}

/** max_connections is reached (SQLSTATE 53300, too_many_connections). */
export function tooManyClients(): PostgresErrorFields {
  return fatal('53300', 'sorry, too many clients already');
}

/** Wrong user or password; PostgreSQL does not say which (SQLSTATE 28P01). */
export function passwordFailed(user: string): PostgresErrorFields {
  return fatal('28P01', `password authentication failed for user "${user}"`);
}

/**
 * Builds the error for a rejected IAM token. RDS checks tokens through PAM,
 * so the failure reads as a PAM one (SQLSTATE 28000)
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Troubleshooting.html).
 */
export function pamFailed(user: string): PostgresErrorFields {
  return fatal('28000', `PAM authentication failed for user "${user}"`);
}

/** Builds the error for a database name at connect time that does not exist (SQLSTATE 3D000). */
export function databaseMissing(database: string): PostgresErrorFields {
  return fatal('3D000', `database "${database}" does not exist`);
}

/**
 * Builds the error RDS Proxy returns when no pooled connection frees up
 * within ConnectionBorrowTimeout. AWS documents the message but no SQLSTATE, so
 * the code is left empty
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.troubleshooting.html).
 */
export function borrowTimedOut(): PostgresErrorFields {
  return fatal('', 'Timed-out waiting to acquire database connection.');
}
