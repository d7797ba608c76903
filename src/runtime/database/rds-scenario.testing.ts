import { functionDefinition } from '../../engine/lambda/definition';
import type { FunctionDefinition } from '../../engine/lambda/invocation';
import { parseScenario } from '../../engine/model/parse';
import { findNode, isNodeOfType } from '../../engine/model/resolve';
import type { Scenario } from '../../engine/model/scenario';

/** Handler code per function node of the test scenario. */
export type TestFunctions = Record<
  string,
  {
    code: string;
    auth?: 'password' | 'secret' | 'iam';
    env?: Record<string, string>;
    timeout?: number;
  }
>;

/** Builds a scenario with one RDS node (max_connections 3) and functions connected to it. */
export function rdsScenario(
  functions: TestFunctions,
  unconnected: Record<string, string> = {},
): Scenario {
  const lambda = (
    id: string,
    code: string,
    env: Record<string, string> = {},
    timeout = 10,
  ) => ({
    id,
    type: 'lambda',
    config: {
      code,
      language: 'javascript',
      Timeout: timeout,
      Environment: { Variables: env },
    },
  });
  const parsed = parseScenario({
    version: 1,
    name: 'rds test',
    nodes: [
      {
        id: 'orders-db',
        type: 'rds',
        config: {
          maxConnections: 3,
          seedSql:
            'CREATE TABLE orders (id serial PRIMARY KEY, item text NOT NULL, qty int NOT NULL);',
        },
      },
      ...Object.entries(functions).map(([id, fn]) =>
        lambda(id, fn.code, fn.env, fn.timeout),
      ),
      ...Object.entries(unconnected).map(([id, code]) => lambda(id, code)),
    ],
    edges: Object.entries(functions).map(([id, fn]) => ({
      id: `${id}-db`,
      source: id,
      target: 'orders-db',
      config: fn.auth ? { auth: fn.auth } : {},
    })),
  });
  if (!parsed.ok) throw new Error(parsed.error.message);

  return parsed.value;
}

/** The definition of a function node of a scenario. */
export function definitionOf(scenario: Scenario, nodeId: string): FunctionDefinition {
  const node = findNode(scenario, nodeId);
  if (!isNodeOfType(node, 'lambda')) throw new Error(`no function ${nodeId}`);

  return functionDefinition(scenario, node);
}
