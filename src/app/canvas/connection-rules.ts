import {
  checkConnection,
  NODE_TYPES,
  type ConnectionCheck,
  type NodeType,
} from '../../engine/model';

/** Start point of a connection drag: from a source or a target handle. */
export type DragOrigin = { type: NodeType; handle: 'source' | 'target' };

/** Checks a drop on a node of `other` type for a drag started at `origin`. */
export function checkDrop(origin: DragOrigin, other: NodeType): ConnectionCheck {
  return origin.handle === 'source'
    ? checkConnection(origin.type, other)
    : checkConnection(other, origin.type);
}

/** Tells whether any node type can send to `type`. */
export function acceptsIncoming(type: NodeType): boolean {
  return NODE_TYPES.some((source) => checkConnection(source, type).ok);
}

/** Tells whether `type` can send to any node type. */
export function sendsOutgoing(type: NodeType): boolean {
  return NODE_TYPES.some((target) => checkConnection(type, target).ok);
}
