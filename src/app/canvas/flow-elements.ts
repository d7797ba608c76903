import { MarkerType, type Edge } from '@xyflow/react';
import {
  NODE_TYPE_INFO,
  edgeKind,
  type Scenario,
} from '../../engine/model';
import type { Selection } from '../store/scenario-slice';
import { albEdgeLabel, displayName } from './node-summary';
import type { ServiceFlowNode } from './ServiceNode';

/** Node size as React Flow measured it, kept across scenario updates. */
export type Measured = { width?: number; height?: number };

/** Builds React Flow nodes from the scenario, keeping measured sizes. */
export function toFlowNodes(
  scenario: Scenario,
  selection: Selection,
  measured: Readonly<Record<string, Measured>>,
): ServiceFlowNode[] {
  return scenario.nodes.map((node) => ({
    id: node.id,
    type: 'service',
    position: node.position,
    data: { node },
    selected: selection.nodeId === node.id,
    measured: measured[node.id],
    ariaLabel: `${NODE_TYPE_INFO[node.type].label} ${displayName(node)}`,
  }));
}

/** Builds React Flow edges; ALB→Lambda edges show their rule priority. */
export function toFlowEdges(scenario: Scenario, selection: Selection): Edge[] {
  return scenario.edges.map((edge) => {
    const kind = edgeKind(scenario, edge);

    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      selected: selection.edgeId === edge.id,
      label: kind === 'alb-target' ? albEdgeLabel(edge) : undefined,
      markerEnd: { type: MarkerType.ArrowClosed },
      ariaLabel: `Connection from ${edge.source} to ${edge.target}`,
      data: { kind },
    };
  });
}
