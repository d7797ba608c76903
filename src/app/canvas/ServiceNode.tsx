import {
  Handle,
  Position,
  useConnection,
  type ConnectionState,
  type InternalNode,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { memo } from 'react';
import {
  NODE_TYPE_INFO,
  isNodeType,
  type ScenarioNode,
} from '../../engine/model';
import { acceptsIncoming, checkDrop, sendsOutgoing } from './connection-rules';
import { ServiceIcon } from './icons';
import { displayName, keySettings } from './node-summary';
import { NodeBadge } from '../sim/NodeBadge';

/** The data a canvas node carries: the scenario node it draws. */
export type ServiceNodeData = { node: ScenarioNode };
/** A React Flow node drawing one service. */
export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;

/** `fromNodeId|fromType|handleType` while a connection is dragged, else ''. */
function dragKey(connection: ConnectionState<InternalNode>): string {
  if (!connection.inProgress) {
    return '';
  }
  const data = connection.fromNode.data as Partial<ServiceNodeData> | undefined;
  const nodeType = data?.node?.type;

  return `${connection.fromNode.id}|${nodeType ?? ''}|${connection.fromHandle.type}`;
}

/** Computes a node's class during a connection drag, and why it is faded. */
function useDragState(node: ScenarioNode): { className: string; reason?: string } {
  const key = useConnection(dragKey);
  if (key === '') {
    return { className: '' };
  }
  const [fromId, fromType, handle] = key.split('|');
  if (fromId === node.id) {
    return { className: 'drag-origin' };
  }
  if (!isNodeType(fromType) || (handle !== 'source' && handle !== 'target')) {
    return { className: '' };
  }
  const check = checkDrop({ type: fromType, handle }, node.type);

  return check.ok
    ? { className: 'compatible' }
    : { className: 'faded', reason: check.reason };
}

function ServiceNodeView({ data, selected }: NodeProps<ServiceFlowNode>) {
  const node = data.node;
  const info = NODE_TYPE_INFO[node.type];
  const drag = useDragState(node);
  const classes = ['service-node', `type-${node.type}`, drag.className];
  if (selected) {
    classes.push('selected');
  }

  return (
    <div
      className={classes.join(' ')}
      data-testid={`node-${node.id}`}
      title={drag.reason}
    >
      {acceptsIncoming(node.type) && (
        <Handle
          type="target"
          position={Position.Left}
          data-testid={`handle-${node.id}-target`}
          aria-label={`Connect into ${displayName(node)}`}
        />
      )}
      <div className="service-node-header">
        <ServiceIcon type={node.type} />
        <div className="service-node-titles">
          <span className="service-node-name">{displayName(node)}</span>
          <span className="service-node-type">{info.label}</span>
        </div>
      </div>
      <ul className="service-node-settings">
        {keySettings(node).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <NodeBadge node={node} />
      {sendsOutgoing(node.type) && (
        <Handle
          type="source"
          position={Position.Right}
          data-testid={`handle-${node.id}-source`}
          aria-label={`Connect from ${displayName(node)}`}
        />
      )}
    </div>
  );
}

/** The canvas drawing of one service, with its handles. */
export const ServiceNode = memo(ServiceNodeView);
