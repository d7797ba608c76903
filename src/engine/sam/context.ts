/**
 * The state the SAM export builds up while it walks a scenario: logical ids,
 * resources with the node or edge they came from, parameters, outputs,
 * warnings, and the parts of each function that its edges add to.
 */
import { resolveResource } from '../lambda/async/resources';
import type { LambdaConfig } from '../model/configs/lambda';
import { findNode, nodeConfig } from '../model/resolve';
import type { Scenario, ScenarioNode } from '../model/scenario';
import { LogicalIds } from './logical-ids';
import { getAtt, ref, sub, type YamlValue } from './yaml';

/** A resource's body: Type, Properties and the other resource attributes. */
export type ResourceBody = Record<string, YamlValue | undefined>;

/** A resource and the nodes or edges it represents. */
export interface SamResource {
  origins: string[];
  body: ResourceBody;
}

/** The parts of an AWS::Serverless::Function that edges add to. */
export interface FunctionParts {
  node: ScenarioNode & { type: 'lambda' };
  config: LambdaConfig;
  logicalId: string;
  /** Folder of the handler source, such as `src/hello`. */
  codeDir: string;
  environment: Record<string, YamlValue>;
  events: Record<string, YamlValue>;
  policies: YamlValue[];
  /** True when the function needs subnets and security groups, for RDS. */
  vpc: boolean;
}

/** The files one export writes. */
export interface SamFile {
  path: string;
  content: string;
}

// Pseudo parameters cannot be logical ids of our own.
const RESERVED_IDS = ['AWS'];

/** The default bus has no resource; rules and PutEvents name it `default`. */
export const DEFAULT_BUS = 'default';

/** State shared by the export steps. */
export class SamContext {
  readonly ids = new LogicalIds(RESERVED_IDS);
  readonly resources = new Map<string, SamResource>();
  readonly parameters: Record<string, YamlValue> = {};
  readonly outputs: Record<string, YamlValue> = {};
  readonly warnings: string[] = [];
  readonly functions = new Map<string, FunctionParts>();
  readonly extraFiles: SamFile[] = [];

  constructor(readonly scenario: Scenario) {
    // Nodes get their ids first, so that `orders` is always `Orders`.
    for (const node of scenario.nodes) this.nodeId(node.id);
  }

  /** Returns the logical id of a node. */
  nodeId(nodeId: string): string {
    return this.ids.forKey(`node:${nodeId}`, nodeId);
  }

  /** Returns a logical id derived from a node or edge id and a suffix, such as `AlbHelloTargetGroup`. */
  derivedId(ownerId: string, suffix: string): string {
    return this.ids.forKey(`${ownerId}#${suffix}`, `${ownerId}-${suffix}`);
  }

  addResource(logicalId: string, origins: string[], body: ResourceBody): void {
    this.resources.set(logicalId, { origins, body });
  }

  addParameter(name: string, body: Record<string, YamlValue>): void {
    this.parameters[name] ??= body;
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  node(nodeId: string): ScenarioNode | undefined {
    return findNode(this.scenario, nodeId);
  }

  /** Returns the bus name a rule or a PutEvents policy uses: `!Ref Bus`, or `default`. */
  busName(nodeId: string): YamlValue {
    const node = this.node(nodeId);
    if (node?.type !== 'eventbridge') return DEFAULT_BUS;
    const name = nodeConfig(node as ScenarioNode & { type: 'eventbridge' }).Name;

    return name === DEFAULT_BUS ? DEFAULT_BUS : ref(this.nodeId(nodeId));
  }

  /**
   * Turns a node id or an ARN of a scenario node into a reference to its
   * resource's ARN; other ARNs stay as written.
   */
  arnOf(reference: string): { value: YamlValue; kind: string; nodeId?: string } {
    const resolved = resolveResource(this.scenario, reference);
    const nodeId = resolved.nodeId;
    if (nodeId === undefined) return { value: reference, kind: resolved.kind };
    if (resolved.kind === 'eventbridge' && this.busName(nodeId) === DEFAULT_BUS) {
      const value = sub('arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default');
      return { value, kind: resolved.kind, nodeId };
    }

    return { value: getAtt(this.nodeId(nodeId), 'Arn'), kind: resolved.kind, nodeId };
  }
}
