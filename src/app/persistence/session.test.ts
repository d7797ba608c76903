import { describe, expect, it } from 'vitest';
import { encodeShareFragment } from '../../engine/model';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { openSession } from './session';
import { BACKUP_KEY, loadStored, saveStored } from './storage';

/** An in-memory Web Storage, as the browser's localStorage behaves. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

function at(hash: string): Location {
  return { hash } as Location;
}

const MINE = { ...ALB_HELLO_SAMPLE, name: 'mine', nodes: ALB_HELLO_SAMPLE.nodes.slice(0, 1), edges: [] };

describe('session', () => {
  it('empty storage opens the sample', () => {
    const session = openSession(at(''), new MemoryStorage());
    expect(session.source).toBe('sample');
  });

  it('saved work is restored', () => {
    const storage = new MemoryStorage();
    saveStored(storage, MINE);
    const session = openSession(at(''), storage);
    expect(session.scenario.name).toBe('mine');
  });

  it('share link wins and backs up', () => {
    const storage = new MemoryStorage();
    saveStored(storage, MINE);
    const shared = { ...ALB_HELLO_SAMPLE, name: 'shared' };
    const session = openSession(at(`#${encodeShareFragment(shared)}`), storage);
    expect(session.scenario.name).toBe('shared');
    expect(session.notice?.message).toContain('Opened a shared scenario: shared.');
    const backup = loadStored(storage, BACKUP_KEY);
    expect(backup.kind).toBe('loaded');
    expect(backup.kind === 'loaded' ? backup.scenario.name : '').toBe('mine');
  });

  it('damaged link keeps saved work', () => {
    const storage = new MemoryStorage();
    saveStored(storage, MINE);
    const session = openSession(at('#scenario=1.AAAA'), storage);
    expect(session.scenario.name).toBe('mine');
    expect(session.notice?.tone).toBe('error');
    expect(session.notice?.message).toContain('damaged');
  });

  it('corrupt storage falls back with notice', () => {
    const storage = new MemoryStorage();
    storage.setItem('lambda-playground:scenario', '{oops');
    const session = openSession(at(''), storage);
    expect(session.source).toBe('sample');
    expect(session.notice?.tone).toBe('error');
  });
});
