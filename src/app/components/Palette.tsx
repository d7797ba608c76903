import { useReactFlow } from '@xyflow/react';
import { useId, useState, type DragEvent } from 'react';
import {
  NODE_TYPE_INFO,
  NODE_TYPES,
  type NodeType,
  type NodeTypeInfo,
} from '../../engine/model';
import { ServiceIcon } from '../canvas/icons';
import { NEW_NODE_SIZE, NODE_DRAG_TYPE } from '../canvas/palette-drag';
import { freeSpot, placeOnScreen } from '../canvas/placement';
import { useAppStore } from '../store';

const GROUPS: NodeTypeInfo['group'][] = ['Entry points', 'Messaging', 'Compute', 'Data'];

function matches(type: NodeType, query: string): boolean {
  const info = NODE_TYPE_INFO[type];
  const text = `${type} ${info.label} ${info.summary} ${info.group}`.toLowerCase();

  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word));
}

function PaletteCard({ type }: { type: NodeType }) {
  const info = NODE_TYPE_INFO[type];
  const flow = useReactFlow();

  const addAtCentre = () => {
    const canvas = document.querySelector('[data-testid="canvas"]');
    const box = canvas?.getBoundingClientRect();
    const centre = box
      ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
      : { x: 0, y: 0 };
    const taken = useAppStore.getState().scenario.nodes.map((node) => node.position);
    const spot = freeSpot(taken, {
      x: centre.x - NEW_NODE_SIZE.width / 2,
      y: centre.y - NEW_NODE_SIZE.height / 2,
    });
    const id = useAppStore.getState().addNode(type, placeOnScreen(flow, canvas, spot));
    useAppStore.getState().announce(`Added ${info.label} ${id} at the centre of the canvas.`);
  };

  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(NODE_DRAG_TYPE, type);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <li>
      <button
        type="button"
        className="palette-card"
        draggable
        onDragStart={onDragStart}
        onClick={addAtCentre}
        aria-label={`Add ${info.label}`}
        aria-describedby={`palette-summary-${type}`}
      >
        <ServiceIcon type={type} size={24} />
        <span className="palette-card-text">
          <span className="palette-card-label">{info.label}</span>
          <span className="palette-card-summary" id={`palette-summary-${type}`}>
            {info.summary}
          </span>
        </span>
      </button>
    </li>
  );
}

/** Renders the services to add, grouped by role and searchable. */
export function Palette() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const visible = NODE_TYPES.filter((type) => matches(type, query.trim()));

  return (
    <aside className="palette" aria-label="Services">
      <label className="visually-hidden" htmlFor={searchId}>
        Search services
      </label>
      <input
        id={searchId}
        className="palette-search"
        type="search"
        placeholder="Search services"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {GROUPS.map((group) => {
        const types = visible.filter((type) => NODE_TYPE_INFO[type].group === group);
        if (types.length === 0) {
          return null;
        }

        return (
          <section key={group} className="palette-group" aria-label={group}>
            <h2 className="palette-group-title">{group}</h2>
            <ul>
              {types.map((type) => (
                <PaletteCard key={type} type={type} />
              ))}
            </ul>
          </section>
        );
      })}
      {visible.length === 0 && (
        <p className="muted">No service matches “{query}”. Try queue, API or database.</p>
      )}
      <p className="palette-hint muted">
        Drag a card onto the canvas, or press Enter on it to add it at the centre.
      </p>
    </aside>
  );
}
