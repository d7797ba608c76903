import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
} from 'react';
import { SERVICE_COLORS } from '../canvas/icons';
import { isTypingTarget } from '../canvas/keyboard';
import {
  draggedNodeType,
  isPaletteDrag,
  NEW_NODE_SIZE,
} from '../canvas/palette-drag';
import { placeOnScreen } from '../canvas/placement';
import { ParallelEdge, type ConnectionFlowEdge } from '../canvas/ParallelEdge';
import { ServiceNode, type ServiceFlowNode } from '../canvas/ServiceNode';
import { toFlowEdges, toFlowNodes, type Measured } from '../canvas/flow-elements';
import { Toasts } from '../canvas/Toasts';
import { useConnectFeedback } from '../canvas/useConnectFeedback';
import { useAppStore } from '../store';

const NODE_TYPES = { service: ServiceNode };
const EDGE_TYPES = { connection: ParallelEdge };

/** Node count above which the minimap is drawn; smaller graphs fit the view. */
const MINIMAP_MIN_NODES = 12;

/** Mirrors React Flow's select changes into the store's single selection. */
function applySelectChanges(
  changes: (NodeChange<ServiceFlowNode> | EdgeChange)[],
  kind: 'nodeId' | 'edgeId',
) {
  const store = useAppStore.getState();
  for (const change of changes) {
    if (change.type !== 'select') {
      continue;
    }
    if (change.selected) {
      store.select({ [kind]: change.id });
    } else if (useAppStore.getState().selection[kind] === change.id) {
      store.select({});
    }
  }
}

/**
 * Renders the canvas: services as nodes, connections as edges, and a drop
 * target for cards.
 */
export function Canvas() {
  const scenario = useAppStore((state) => state.scenario);
  const selection = useAppStore((state) => state.selection);
  const [measured, setMeasured] = useState<Record<string, Measured>>({});
  const wrapper = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  const connectFeedback = useConnectFeedback();

  const nodes = useMemo(
    () => toFlowNodes(scenario, selection, measured),
    [scenario, selection, measured],
  );
  const edges = useMemo(() => toFlowEdges(scenario, selection), [scenario, selection]);

  const onNodesChange = useCallback((changes: NodeChange<ServiceFlowNode>[]) => {
    const sizes = changes.flatMap((change) =>
      change.type === 'dimensions' && change.dimensions
        ? [[change.id, change.dimensions] as const]
        : [],
    );
    if (sizes.length > 0) {
      setMeasured((previous) => ({ ...previous, ...Object.fromEntries(sizes) }));
    }
    const moves = changes.filter((change) => change.type === 'position');
    if (moves.length > 0) {
      useAppStore.getState().moveNodes(moves);
    }
    applySelectChanges(changes, 'nodeId');
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    applySelectChanges(changes, 'edgeId');
  }, []);

  const focusCanvas = useCallback(() => {
    const element = wrapper.current;
    if (element && !element.contains(document.activeElement)) {
      element.focus({ preventScroll: true });
    }
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (isTypingTarget(event.target) || event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        useAppStore.getState().removeSelection();
      } else if (event.key === '1') {
        void flow.fitView({ duration: 200 });
      } else if (event.key === 'Escape') {
        useAppStore.getState().select({});
      }
    },
    [flow],
  );

  const onDragOver = useCallback((event: DragEvent<HTMLDivElement>) => {
    if (isPaletteDrag(event.dataTransfer)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const type = draggedNodeType(event.dataTransfer);
      if (!type) {
        return;
      }
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const position = placeOnScreen(flow, wrapper.current, {
        x: point.x - NEW_NODE_SIZE.width / 2,
        y: point.y - NEW_NODE_SIZE.height / 2,
      });
      useAppStore.getState().addNode(type, position);
      focusCanvas();
    },
    [flow, focusCanvas],
  );

  return (
    <div
      ref={wrapper}
      className="canvas-root"
      data-testid="canvas"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeClick={focusCanvas}
        onEdgeClick={(_event, edge) => {
          const owner = (edge as ConnectionFlowEdge).data?.owner;
          if (owner) {
            useAppStore.getState().select(owner);
          }
          focusCanvas();
        }}
        onPaneClick={() => {
          useAppStore.getState().select({});
          focusCanvas();
        }}
        {...connectFeedback}
        deleteKeyCode={null}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        colorMode="system"
        fitView
        fitViewOptions={{ padding: 0.3, maxZoom: 1.2 }}
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={20} />
        <Controls position="bottom-left" />
        {scenario.nodes.length > MINIMAP_MIN_NODES && (
          <MiniMap
            position="bottom-right"
            pannable
            zoomable
            ariaLabel="Minimap"
            nodeColor={(node) => {
              const data = (node as ServiceFlowNode).data;

              return data ? SERVICE_COLORS[data.node.type] : '#888';
            }}
          />
        )}
      </ReactFlow>
      {scenario.nodes.length === 0 && (
        <p className="canvas-empty">
          The canvas is empty. Drag a service from the palette, or press Enter on
          a card to add it here.
        </p>
      )}
      <Toasts />
    </div>
  );
}
