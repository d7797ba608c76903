/** Bare import specifiers a handler may use, and the modules they resolve to. */

/** Packages a handler may import; each resolves to a stand-in module. */
export const STAND_IN_PACKAGES = [
  '@aws-sdk/client-sqs',
  '@aws-sdk/client-eventbridge',
  '@aws-sdk/client-secrets-manager',
  '@aws-sdk/rds-signer',
  'pg',
] as const;

/** Name of a package served by a stand-in module. */
export type StandInPackage = (typeof STAND_IN_PACKAGES)[number];

/** Node.js built-in modules offered by both executors. */
export const SHARED_BUILTINS = ['node:crypto', 'node:util'] as const;

/** Resolution target of an import. */
export type ModuleTarget =
  | { kind: 'stand-in'; name: StandInPackage }
  | { kind: 'builtin'; name: string };

/** Resolves a specifier, or returns undefined when nothing provides it. */
export function resolveSpecifier(
  specifier: string,
  builtins: readonly string[],
): ModuleTarget | undefined {
  if ((STAND_IN_PACKAGES as readonly string[]).includes(specifier)) {
    return { kind: 'stand-in', name: specifier as StandInPackage };
  }
  const canonical = specifier.startsWith('node:') ? specifier : `node:${specifier}`;
  if (builtins.includes(canonical)) return { kind: 'builtin', name: canonical };

  return undefined;
}
