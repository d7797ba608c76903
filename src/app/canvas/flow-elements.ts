import { MarkerType } from '@xyflow/react';
import {
  NODE_TYPE_INFO,
  edgeKind,
  type Scenario,
} from '../../engine/model';
import type { Selection } from '../store/scenario-slice';
import { parallelSlots } from './edge-geometry';
import { edgeAriaLabel, edgeLabelParts, edgeLabelText } from './edge-labels';
import { displayName } from './node-summary';
import { referenceAriaLabel, referenceEdges } from './reference-edges';
import type { ConnectionFlowEdge } from './ParallelEdge';
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

/**
 * Builds React Flow edges: each is labelled by what it is (rule priority, API
 * route, batch size, schedule, failover role), and edges joining the same two
 * nodes get separate slots so they are drawn apart.
 */
export function toFlowEdges(
  scenario: Scenario,
  selection: Selection,
): ConnectionFlowEdge[] {
  const slots = parallelSlots(scenario.edges);
  const connections = scenario.edges.map((edge): ConnectionFlowEdge => {
    const kind = edgeKind(scenario, edge);
    const parts = edgeLabelParts(kind, edge);

    return {
      id: edge.id,
      type: 'connection',
      source: edge.source,
      target: edge.target,
      selected: selection.edgeId === edge.id,
      label: edgeLabelText(parts),
      markerEnd: { type: MarkerType.ArrowClosed },
      ariaLabel: edgeAriaLabel(edge, parts),
      data: {
        kind,
        slot: slots.get(edge.id) ?? { index: 0, count: 1, reversed: false },
      },
    };
  });
  // References are drawn, not edited: React Flow never selects or deletes them.
  const references = referenceEdges(scenario).map(
    (reference): ConnectionFlowEdge => ({
      id: reference.id,
      type: 'connection',
      source: reference.source,
      target: reference.target,
      selectable: false,
      focusable: false,
      deletable: false,
      className: 'reference-edge',
      label: reference.role,
      style: { strokeDasharray: '6 4' },
      markerEnd: { type: MarkerType.ArrowClosed },
      ariaLabel: referenceAriaLabel(reference),
      data: {
        kind: undefined,
        slot: { index: 0, count: 1, reversed: false },
        owner: reference.owner,
      },
    }),
  );

  return [...connections, ...references];
}
