import { ZodError } from 'zod';
import { albRules } from './alb-rules';
import type { Diagnostic } from './diagnostic';
import { generalRules } from './general-rules';
import { lambdaRules } from './lambda-rules';
import type { Scenario } from '../model/scenario';
import { validateSqs } from '../sqs/validate';
import { validateEventBridgeRules } from '../eventbridge/rules/validate';
import { validateApiGateway } from '../apigateway/validate';
import { validateRdsProxies } from '../rds/validate';
import { validateRoute53 } from '../route53/validate';

export type { Diagnostic, Severity } from './diagnostic';

/**
 * Runs rules that read configs with their defaults filled in. An invalid
 * config makes them throw, and the general rules already report it.
 */
function rulesOnValidConfigs(rules: () => Diagnostic[]): Diagnostic[] {
  try {
    return rules();
  } catch (error) {
    if (error instanceof ZodError) {
      return [];
    }
    throw error;
  }
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Checks a scenario against AWS's rules and returns every problem found,
 * errors first. Configs the schema rejects become diagnostics, not exceptions.
 */
export function validateScenario(scenario: Scenario): Diagnostic[] {
  const diagnostics = [
    ...generalRules(scenario),
    ...albRules(scenario),
    ...lambdaRules(scenario),
    ...rulesOnValidConfigs(() => validateSqs(scenario)),
    ...rulesOnValidConfigs(() => validateEventBridgeRules(scenario)),
    ...rulesOnValidConfigs(() => validateApiGateway(scenario)),
    ...rulesOnValidConfigs(() => validateRdsProxies(scenario)),
    ...rulesOnValidConfigs(() => validateRoute53(scenario)),
  ];

  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (left, right) =>
        SEVERITY_ORDER[left.diagnostic.severity] - SEVERITY_ORDER[right.diagnostic.severity] ||
        left.index - right.index,
    )
    .map(({ diagnostic }) => diagnostic);
}
