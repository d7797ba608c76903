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

/** max_connections is reached (SQLSTATE 53300, too_many_connections). */
export function tooManyClients(): PostgresErrorFields {
  return {
    name: 'error',
    message: 'sorry, too many clients already',
    severity: 'FATAL',
    code: '53300',
  };
}

/** Wrong user or password; PostgreSQL does not say which (SQLSTATE 28P01). */
export function passwordFailed(user: string): PostgresErrorFields {
  return {
    name: 'error',
    message: `password authentication failed for user "${user}"`,
    severity: 'FATAL',
    code: '28P01',
  };
}

/**
 * Builds the error for a rejected IAM token. RDS checks tokens through PAM,
 * so the failure reads as a PAM one (SQLSTATE 28000)
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Troubleshooting.html).
 */
export function pamFailed(user: string): PostgresErrorFields {
  return {
    name: 'error',
    message: `PAM authentication failed for user "${user}"`,
    severity: 'FATAL',
    code: '28000',
  };
}

/** Builds the error for a database name at connect time that does not exist (SQLSTATE 3D000). */
export function databaseMissing(database: string): PostgresErrorFields {
  return {
    name: 'error',
    message: `database "${database}" does not exist`,
    severity: 'FATAL',
    code: '3D000',
  };
}

/**
 * Builds the error RDS Proxy returns when no pooled connection frees up
 * within ConnectionBorrowTimeout. AWS documents the message but no SQLSTATE, so
 * the code is left empty
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.troubleshooting.html).
 */
export function borrowTimedOut(): PostgresErrorFields {
  return {
    name: 'error',
    message: 'Timed-out waiting to acquire database connection.',
    severity: 'FATAL',
    code: '',
  };
}
