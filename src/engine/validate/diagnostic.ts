/** Severity of a problem: errors stop a request, warnings advise. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a scenario, shown in the Problems tab. */
export interface Diagnostic {
  severity: Severity;
  /** Stable rule id, for example `alb/missing-invoke-permission`. */
  code: string;
  nodeId?: string;
  edgeId?: string;
  /** Config field the problem is about, for example `Timeout`. */
  field?: string;
  /** Description of the problem, with the values involved and AWS's numbers. */
  message: string;
  /** Change that fixes the problem. */
  fix?: string;
  /** AWS documentation page that states the rule. */
  docUrl?: string;
}
