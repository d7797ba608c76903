/** Distance between the midpoints of two neighbouring parallel edges, in px. */
export const PARALLEL_SPACING = 44;

/** Position of an edge among the edges joining the same two nodes. */
export interface ParallelSlot {
  /** 0-based position among the edges of the pair, in scenario order. */
  index: number;
  /** How many edges join the pair, in either direction. */
  count: number;
  /** True when the edge runs against the pair's first edge. */
  reversed: boolean;
}

/** Returns the key of the unordered node pair, and whether the edge is reversed. */
function pairOf(source: string, target: string): { key: string; reversed: boolean } {
  const reversed = source > target;
  const [first, second] = reversed ? [target, source] : [source, target];

  return { key: JSON.stringify([first, second]), reversed };
}

/** Gives each edge its slot among the edges that join the same two nodes. */
export function parallelSlots(
  edges: readonly { id: string; source: string; target: string }[],
): Map<string, ParallelSlot> {
  const groups = new Map<string, string[]>();
  for (const edge of edges) {
    const { key } = pairOf(edge.source, edge.target);
    groups.set(key, [...(groups.get(key) ?? []), edge.id]);
  }
  const slots = new Map<string, ParallelSlot>();
  for (const edge of edges) {
    const { key, reversed } = pairOf(edge.source, edge.target);
    const ids = groups.get(key) ?? [edge.id];
    slots.set(edge.id, { index: ids.indexOf(edge.id), count: ids.length, reversed });
  }

  return slots;
}

/**
 * Returns the signed distance of an edge's midpoint from the straight line
 * between its nodes. Slots spread evenly around the line, and a lone edge
 * gets 0.
 */
export function slotOffset(slot: ParallelSlot): number {
  const offset = (slot.index - (slot.count - 1) / 2) * PARALLEL_SPACING;

  // Measured from the pair's own direction, so reversed edges do not mirror.
  return slot.reversed ? -offset : offset;
}

/** Builds a quadratic curve whose midpoint lies `offset` px off the straight line. */
export function curvedPath(
  from: { x: number; y: number },
  to: { x: number; y: number },
  offset: number,
): { path: string; labelX: number; labelY: number } {
  const midX = (from.x + to.x) / 2;
  const midY = (from.y + to.y) / 2;
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const normalX = -(to.y - from.y) / length;
  const normalY = (to.x - from.x) / length;
  // A quadratic curve's midpoint is halfway between the chord and the control.
  const controlX = midX + normalX * offset * 2;
  const controlY = midY + normalY * offset * 2;

  return {
    path: `M ${from.x},${from.y} Q ${controlX},${controlY} ${to.x},${to.y}`,
    labelX: midX + normalX * offset,
    labelY: midY + normalY * offset,
  };
}
