/**
 * Flattens a JSON event into its leaf values by dotted path. Each leaf keeps
 * the index it has in every array around it, so that one match never takes
 * fields from two different elements of the same array.
 */
import type { JsonLeaf } from './pattern-types';

/** One leaf value of an event. */
export interface EventLeaf {
  value: JsonLeaf;
  /** (array id, element index) for each array that contains the leaf. */
  arrays: [arrayId: number, index: number][];
}

/** Leaves grouped by dotted path; empty arrays and empty objects add none. */
export type EventLeaves = Map<string, EventLeaf[]>;

/** Flattens an event; keys join with `.`, so `{"a.b": 1}` is at path `a.b`. */
export function flattenEvent(event: unknown): EventLeaves {
  const leaves: EventLeaves = new Map();
  let nextArrayId = 0;

  const visit = (
    node: unknown,
    path: string,
    arrays: EventLeaf['arrays'],
  ): void => {
    if (Array.isArray(node)) {
      const arrayId = nextArrayId;
      nextArrayId += 1;
      node.forEach((element, index) =>
        visit(element, path, [...arrays, [arrayId, index]]),
      );
      return;
    }
    if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        visit(child, path === '' ? key : `${path}.${key}`, arrays);
      }
      return;
    }
    const list = leaves.get(path) ?? [];
    list.push({ value: node as JsonLeaf, arrays });
    leaves.set(path, list);
  };
  visit(event, '', []);

  return leaves;
}
