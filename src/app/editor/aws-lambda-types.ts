// Read as text at build time; the d.ts files cannot be imported as modules.
const SOURCES = import.meta.glob<string>(
  [
    '../../../node_modules/@types/aws-lambda/handler.d.ts',
    '../../../node_modules/@types/aws-lambda/common/api-gateway.d.ts',
    '../../../node_modules/@types/aws-lambda/trigger/alb.d.ts',
    '../../../node_modules/@types/aws-lambda/trigger/api-gateway-proxy.d.ts',
    '../../../node_modules/@types/aws-lambda/trigger/eventbridge.d.ts',
    '../../../node_modules/@types/aws-lambda/trigger/sqs.d.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);

function source(relativePath: string): string {
  const text = SOURCES[`../../../node_modules/@types/aws-lambda/${relativePath}`];
  if (text === undefined) {
    throw new Error(`@types/aws-lambda/${relativePath} is missing; run npm install.`);
  }

  return text;
}

const ROOT = 'file:///node_modules/@types/aws-lambda';

// Only the triggers the playground has; the full index re-exports about
// fifty files that would only slow the TypeScript worker down.
const INDEX = `export * from './common/api-gateway';
export * from './handler';
export * from './trigger/alb';
export * from './trigger/api-gateway-proxy';
export * from './trigger/eventbridge';
export * from './trigger/sqs';
export as namespace AWSLambda;
`;

// handler.d.ts imports Writable from node:stream for streaming responses.
const NODE_STUBS = `declare module 'node:stream' {
  export class Writable {
    write(chunk: unknown): boolean;
    end(chunk?: unknown): void;
  }
}
declare var process: {
  env: Record<string, string | undefined>;
  exit(code?: number): never;
  hrtime: { bigint(): bigint };
  memoryUsage(): { rss: number; heapUsed: number; heapTotal: number };
};
`;

/** Declaration files for the editor: `aws-lambda` types and the Node globals handlers use. */
export const LAMBDA_EXTRA_LIBS: { filePath: string; content: string }[] = [
  { filePath: `${ROOT}/package.json`, content: '{"name":"@types/aws-lambda","types":"index.d.ts"}' },
  { filePath: `${ROOT}/index.d.ts`, content: INDEX },
  { filePath: `${ROOT}/handler.d.ts`, content: source('handler.d.ts') },
  { filePath: `${ROOT}/common/api-gateway.d.ts`, content: source('common/api-gateway.d.ts') },
  { filePath: `${ROOT}/trigger/alb.d.ts`, content: source('trigger/alb.d.ts') },
  { filePath: `${ROOT}/trigger/api-gateway-proxy.d.ts`, content: source('trigger/api-gateway-proxy.d.ts') },
  { filePath: `${ROOT}/trigger/eventbridge.d.ts`, content: source('trigger/eventbridge.d.ts') },
  { filePath: `${ROOT}/trigger/sqs.d.ts`, content: source('trigger/sqs.d.ts') },
  { filePath: 'file:///node_modules/@types/node-stubs/index.d.ts', content: NODE_STUBS },
];
