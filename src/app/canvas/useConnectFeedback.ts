import type {
  Connection,
  FinalConnectionState,
  IsValidConnection,
} from '@xyflow/react';
import { useCallback } from 'react';
import {
  checkConnection,
  findNode,
  NODE_TYPE_INFO,
  type NodeType,
} from '../../engine/model';
import { useAppStore } from '../store';
import { checkDrop } from './connection-rules';

function typeOf(id: string | null | undefined): NodeType | undefined {
  if (!id) {
    return undefined;
  }

  return findNode(useAppStore.getState().scenario, id)?.type;
}

/** Finds the canvas node under the pointer when a connection drag ends. */
function nodeIdAt(event: MouseEvent | TouchEvent): string | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  const element = point
    ? document.elementFromPoint(point.clientX, point.clientY)
    : null;
  const nodeElement = element?.closest('.react-flow__node');

  return nodeElement?.getAttribute('data-id') ?? undefined;
}

/** Connects two nodes and offers Undo in a toast naming what was created. */
export function connectWithToast(source: string, target: string): void {
  const store = useAppStore.getState();
  const sourceType = typeOf(source);
  const targetType = typeOf(target);
  if (!sourceType || !targetType) {
    return;
  }
  const check = checkConnection(sourceType, targetType);
  if (!check.ok) {
    store.showToast({ tone: 'error', message: check.reason });
    return;
  }
  const edgeId = store.connect(source, target);
  if (!edgeId) {
    store.showToast({
      tone: 'info',
      message: `${source} is already connected to ${target}.`,
    });
    return;
  }
  store.select({ edgeId });
  store.showToast({
    tone: 'info',
    message: `Connected ${NODE_TYPE_INFO[sourceType].label} to ${NODE_TYPE_INFO[targetType].label}: created ${check.creates}.`,
    action: { label: 'Undo', run: () => useAppStore.getState().undo() },
  });
}

/** Handlers that check connections while dragging and explain refusals. */
export function useConnectFeedback() {
  const isValidConnection = useCallback<IsValidConnection>((edge) => {
    const source = typeOf(edge.source);
    const target = typeOf(edge.target);
    if (!source || !target || edge.source === edge.target) {
      return false;
    }

    return checkConnection(source, target).ok;
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    connectWithToast(connection.source, connection.target);
  }, []);

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode || !state.fromHandle) {
        return;
      }
      const fromId = state.fromNode.id;
      const toId = state.toNode?.id ?? nodeIdAt(event);
      const fromType = typeOf(fromId);
      const toType = typeOf(toId);
      if (!toId || toId === fromId || !fromType || !toType) {
        return;
      }
      const handle = state.fromHandle.type;
      const check = checkDrop({ type: fromType, handle }, toType);
      if (!check.ok) {
        useAppStore.getState().showToast({ tone: 'error', message: check.reason });
        return;
      }
      // A drop on the node body rather than its handle still connects.
      if (handle === 'source') {
        connectWithToast(fromId, toId);
      } else {
        connectWithToast(toId, fromId);
      }
    },
    [],
  );

  return { isValidConnection, onConnect, onConnectEnd };
}
