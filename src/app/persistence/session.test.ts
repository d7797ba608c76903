import { describe, expect, it } from 'vitest';
import { decodeShareUrl, encodeShareFragment } from '../../engine/model/share';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { acceptSharedScenario, openSession, openShareFragment } from './session';
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

  it('share link waits for saved work', () => {
    const storage = new MemoryStorage();
    saveStored(storage, MINE);
    const shared = { ...ALB_HELLO_SAMPLE, name: 'shared' };
    const session = openSession(at(`#${encodeShareFragment(shared)}`), storage, decodeShareUrl);
    expect(session.scenario.name).toBe('mine');
    expect(session.pendingShare?.name).toBe('shared');
  });

  it('pending share leaves backup empty', () => {
    const storage = new MemoryStorage();
    saveStored(storage, MINE);
    const shared = { ...ALB_HELLO_SAMPLE, name: 'shared' };
    openSession(at(`#${encodeShareFragment(shared)}`), storage, decodeShareUrl);
    expect(loadStored(storage, BACKUP_KEY).kind).toBe('none');
  });

  it('share link of saved work opens quietly', () => {
    const storage = new MemoryStorage();
    saveStored(storage, MINE);
    const session = openSession(at(`#${encodeShareFragment(MINE)}`), storage, decodeShareUrl);
    expect(session.pendingShare).toBeUndefined();
  });

  it('share link opens without saved work', () => {
    const shared = { ...ALB_HELLO_SAMPLE, name: 'shared' };
    const link = at(`#${encodeShareFragment(shared)}`);
    const session = openSession(link, new MemoryStorage(), decodeShareUrl);
    expect([session.source, session.scenario.name]).toEqual(['share-link', 'shared']);
  });

  it('accepting a share backs up work', () => {
    const storage = new MemoryStorage();
    const shared = { ...ALB_HELLO_SAMPLE, name: 'shared' };
    const notice = acceptSharedScenario(shared, MINE, storage);
    expect(notice.message).toContain('Opened a shared scenario: shared.');
    const backup = loadStored(storage, BACKUP_KEY);
    expect(backup.kind === 'loaded' ? backup.scenario.name : '').toBe('mine');
  });

  it('damaged link keeps saved work', () => {
    const storage = new MemoryStorage();
    saveStored(storage, MINE);
    const session = openSession(at('#scenario=1.AAAA'), storage, decodeShareUrl);
    expect(session.scenario.name).toBe('mine');
    expect(session.notice?.tone).toBe('error');
    expect(session.notice?.message).toContain('damaged');
  });

  it('fragment without decoder throws', () => {
    expect(() => openSession(at('#scenario=1.AAAA'), new MemoryStorage())).toThrow('decoder');
  });

  it('corrupt storage falls back with notice', () => {
    const storage = new MemoryStorage();
    storage.setItem('lambda-playground:scenario', '{oops');
    const session = openSession(at(''), storage);
    expect(session.source).toBe('sample');
    expect(session.notice?.tone).toBe('error');
  });
});

describe('share fragment in open tab', () => {
  it('backs up current work', () => {
    const storage = new MemoryStorage();
    const shared = { ...ALB_HELLO_SAMPLE, name: 'shared' };
    const opened = openShareFragment(`#${encodeShareFragment(shared)}`, MINE, storage, decodeShareUrl);
    expect(opened.scenario?.name).toBe('shared');
    const backup = loadStored(storage, BACKUP_KEY);
    expect(backup.kind === 'loaded' ? backup.scenario.name : '').toBe('mine');
  });

  it('notice names the send button', () => {
    const shared = { ...ALB_HELLO_SAMPLE, name: 'shared' };
    const fragment = `#${encodeShareFragment(shared)}`;
    const opened = openShareFragment(fragment, MINE, new MemoryStorage(), decodeShareUrl);
    expect(opened.notice.message).toContain('when you press Send request or Send event.');
  });

  it('damaged fragment opens nothing', () => {
    const storage = new MemoryStorage();
    const opened = openShareFragment('#scenario=1.AAAA', MINE, storage, decodeShareUrl);
    expect(opened.scenario).toBeUndefined();
    expect(opened.notice.tone).toBe('error');
    expect(storage.length).toBe(0);
  });
});
