import { isNodeType, type NodeType } from '../../engine/model';

/** The drag data type a palette card carries. */
export const NODE_DRAG_TYPE = 'application/x-lambda-playground-node';

/** Approximate size of a new node, used to centre it on the drop point. */
export const NEW_NODE_SIZE = { width: 220, height: 90 };

/** Reads the node type carried by a palette drag, if any. */
export function draggedNodeType(transfer: DataTransfer): NodeType | undefined {
  const value = transfer.getData(NODE_DRAG_TYPE);

  return isNodeType(value) ? value : undefined;
}

/** Tells whether a drag carries a palette card. */
export function isPaletteDrag(transfer: DataTransfer): boolean {
  return transfer.types.includes(NODE_DRAG_TYPE);
}
