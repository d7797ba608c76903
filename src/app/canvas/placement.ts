import { NEW_NODE_SIZE } from './palette-drag';

/** A point in flow or screen coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle, as `getBoundingClientRect` gives it. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const GAP = { x: 40, y: 30 };

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
  );
}

/**
 * Finds the spot nearest to `start` (flow coordinates, top-left corner) where
 * a new node covers no other node, searching outwards ring by ring so that it
 * stays near the view centre instead of drifting down one column.
 */
export function freeSpot(taken: readonly Point[], start: Point, size = NEW_NODE_SIZE): Point {
  const stepX = size.width + GAP.x;
  const stepY = size.height + GAP.y;
  const isFree = (spot: Point) =>
    taken.every(
      (other) =>
        Math.abs(other.x - spot.x) >= size.width + 10 ||
        Math.abs(other.y - spot.y) >= size.height + 10,
    );
  for (let ring = 0; ring <= 20; ring += 1) {
    const candidates: Point[] = [];
    for (let row = -ring; row <= ring; row += 1) {
      for (let column = -ring; column <= ring; column += 1) {
        if (Math.max(Math.abs(row), Math.abs(column)) === ring) {
          candidates.push({ x: start.x + column * stepX, y: start.y + row * stepY });
        }
      }
    }
    candidates.sort(
      (a, b) => Math.hypot(a.x - start.x, a.y - start.y) - Math.hypot(b.x - start.x, b.y - start.y),
    );
    const found = candidates.find(isFree);
    if (found) {
      return found;
    }
  }

  return start;
}

/**
 * Returns the smallest screen shift that moves `rect` off every obstacle (the
 * minimap, the zoom controls) while keeping it inside `bounds`; {0, 0} when it
 * is clear already or no shift fits.
 */
export function shiftClear(rect: Rect, obstacles: readonly Rect[], bounds: Rect): Point {
  const hit = obstacles.filter((obstacle) => overlaps(rect, obstacle));
  if (hit.length === 0) {
    return { x: 0, y: 0 };
  }
  const margin = 12;
  const shifts: Point[] = [];
  for (const obstacle of hit) {
    shifts.push(
      { x: obstacle.x - margin - (rect.x + rect.width), y: 0 },
      { x: 0, y: obstacle.y - margin - (rect.y + rect.height) },
      { x: obstacle.x + obstacle.width + margin - rect.x, y: 0 },
      { x: 0, y: obstacle.y + obstacle.height + margin - rect.y },
    );
  }
  const fits = (shift: Point) => {
    const moved = { ...rect, x: rect.x + shift.x, y: rect.y + shift.y };
    const inside =
      moved.x >= bounds.x &&
      moved.y >= bounds.y &&
      moved.x + moved.width <= bounds.x + bounds.width &&
      moved.y + moved.height <= bounds.y + bounds.height;

    return inside && obstacles.every((obstacle) => !overlaps(moved, obstacle));
  };
  const best = shifts
    .filter(fits)
    .sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y))[0];

  return best ?? { x: 0, y: 0 };
}

/** Screen rectangles of the canvas overlays that a new node must not sit under. */
export function canvasOverlays(canvas: Element): Rect[] {
  return [...canvas.querySelectorAll('.react-flow__minimap, .react-flow__controls, .toasts')]
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
}

/** The parts of React Flow's instance that placement needs. */
export interface FlowView {
  flowToScreenPosition(point: Point): Point;
  getZoom(): number;
}

/**
 * Moves a new node's flow position so that on screen it sits inside the
 * canvas and off its overlays, as far as the canvas has room.
 */
export function placeOnScreen(
  flow: FlowView,
  canvas: Element | null,
  position: Point,
  size = NEW_NODE_SIZE,
): Point {
  if (!canvas) {
    return position;
  }
  const zoom = flow.getZoom();
  const corner = flow.flowToScreenPosition(position);
  const rect = { ...corner, width: size.width * zoom, height: size.height * zoom };
  const box = canvas.getBoundingClientRect();
  const bounds = { x: box.x, y: box.y, width: box.width, height: box.height };
  const shift = shiftClear(rect, canvasOverlays(canvas), bounds);

  return { x: position.x + shift.x / zoom, y: position.y + shift.y / zoom };
}
