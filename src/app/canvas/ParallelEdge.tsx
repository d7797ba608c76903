import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { EdgeKind } from '../../engine/model';
import type { Selection } from '../store/scenario-slice';
import { curvedPath, slotOffset, type ParallelSlot } from './edge-geometry';

/** Data the canvas stores on each React Flow edge. */
export type ConnectionEdgeData = {
  kind: EdgeKind | undefined;
  slot: ParallelSlot;
  /** Set on a dashed reference edge: what a click on it selects. */
  owner?: Selection;
};

/** A React Flow edge drawn by ParallelEdge. */
export type ConnectionFlowEdge = Edge<ConnectionEdgeData, 'connection'>;

/**
 * Draws a connection. A lone edge is React Flow's bezier curve. Edges that
 * join the same two nodes bend apart, so each one can be seen and clicked.
 */
export function ParallelEdge(props: EdgeProps<ConnectionFlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, data } = props;
  const offset = data ? slotOffset(data.slot) : 0;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (offset === 0 && (data?.slot.count ?? 1) === 1) {
    [path, labelX, labelY] = getBezierPath(props);
  } else {
    ({ path, labelX, labelY } = curvedPath(
      { x: sourceX, y: sourceY },
      { x: targetX, y: targetY },
      offset,
    ));
  }

  return (
    <BaseEdge
      id={props.id}
      path={path}
      labelX={labelX}
      labelY={labelY}
      label={props.label}
      labelStyle={props.labelStyle}
      labelShowBg={props.labelShowBg}
      labelBgStyle={props.labelBgStyle}
      labelBgPadding={props.labelBgPadding}
      labelBgBorderRadius={props.labelBgBorderRadius}
      markerStart={props.markerStart}
      markerEnd={props.markerEnd}
      style={props.style}
      interactionWidth={props.interactionWidth}
    />
  );
}
