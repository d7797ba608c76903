import { lambdaConfigSchema } from '../model/configs/lambda';
import type { Scenario } from '../model/scenario';
import type { Diagnostic } from './diagnostic';
import { DOCS } from './docs';

/** Checks each function's code, handler export and triggers. */
export function lambdaRules(scenario: Scenario): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const node of scenario.nodes) {
    if (node.type !== 'lambda') {
      continue;
    }
    const parsed = lambdaConfigSchema.safeParse(node.config);
    if (!parsed.success) {
      continue;
    }
    const config = parsed.data;
    const name = config.FunctionName ?? node.id;
    if (config.code.trim() === '') {
      diagnostics.push({
        severity: 'error',
        code: 'lambda/empty-code',
        nodeId: node.id,
        field: 'code',
        message: `Function ${name} has no code, so every invocation fails with Runtime.HandlerNotFound.`,
        fix: 'Write a handler such as export const handler = async (event) => ({ statusCode: 200 });',
        docUrl: DOCS.lambdaHandler,
      });
    } else {
      const exportName = config.Handler.slice(config.Handler.lastIndexOf('.') + 1);
      if (!new RegExp(`\\b${exportName.replace(/\$/g, '\\$')}\\b`).test(config.code)) {
        diagnostics.push({
          severity: 'warning',
          code: 'lambda/handler-not-exported',
          nodeId: node.id,
          field: 'Handler',
          message: `Handler is ${config.Handler}, but the code never mentions "${exportName}", so Lambda may not find the export.`,
          fix: `Export a function named ${exportName}, or change Handler to FILE.EXPORT of the function you export.`,
          docUrl: DOCS.lambdaHandler,
        });
      }
    }
    const triggered = scenario.edges.some((edge) => edge.target === node.id);
    if (!triggered) {
      diagnostics.push({
        severity: 'info',
        code: 'lambda/no-trigger',
        nodeId: node.id,
        message: `Function ${name} has no trigger; it runs only when invoked directly.`,
        fix: 'Connect a load balancer, API, queue or bus to it, or run it with an event.',
        docUrl: DOCS.lambdaTriggers,
      });
    }
  }

  return diagnostics;
}
