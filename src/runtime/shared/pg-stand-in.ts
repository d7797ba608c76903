/**
 * Source of the `pg` stand-in: node-postgres's `Client` and `Pool` as a
 * handler uses them (https://node-postgres.com/apis/client,
 * https://node-postgres.com/apis/pool). Settings come from the config, a
 * `connectionString` (which wins, as in node-postgres) or the libpq
 * variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE. The host owns
 * the database; every connection is one host-side connection id.
 * NOTE: a query on a client that never connected fails at once; node-postgres
 * would queue it and wait forever.
 */
export const PG_SOURCE = String.raw`
const host = globalThis[Symbol.for('lambda-playground.host')];

function environment() {
  return (globalThis.process && globalThis.process.env) || {};
}

function parseConnectionString(text) {
  const url = new URL(text);
  const result = {};
  if (url.hostname) result.host = decodeURIComponent(url.hostname);
  if (url.port) result.port = Number(url.port);
  if (url.username) result.user = decodeURIComponent(url.username);
  if (url.password) result.password = decodeURIComponent(url.password);
  const database = url.pathname.replace(/^\//, '');
  if (database) result.database = decodeURIComponent(database);
  return result;
}

function firstDefined(...values) {
  return values.find((value) => value !== undefined);
}

function settingsOf(config) {
  const options = typeof config === 'string' ? { connectionString: config } : Object.assign({}, config || {});
  if (options.connectionString) {
    Object.assign(options, parseConnectionString(options.connectionString));
  }
  const env = environment();
  const user = firstDefined(options.user, env.PGUSER, env.USER);
  return {
    host: firstDefined(options.host, env.PGHOST, 'localhost'),
    port: Number(firstDefined(options.port, env.PGPORT, 5432)),
    user: user,
    password: firstDefined(options.password, env.PGPASSWORD),
    database: firstDefined(options.database, env.PGDATABASE, user),
  };
}

function withCallback(promise, callback) {
  if (typeof callback !== 'function') return promise;
  promise.then(function (value) { callback(null, value); }, function (error) { callback(error); });
  return undefined;
}

function queryInput(text, values) {
  if (typeof text === 'object' && text !== null) {
    return {
      text: text.text,
      values: text.values !== undefined ? text.values : Array.isArray(values) ? values : undefined,
      rowMode: text.rowMode,
    };
  }
  return { text: text, values: Array.isArray(values) ? values : undefined };
}

class Emitter {
  on() { return this; }
  once() { return this; }
  off() { return this; }
  removeListener() { return this; }
  removeAllListeners() { return this; }
}

export class Client extends Emitter {
  constructor(config) {
    super();
    const settings = settingsOf(config);
    Object.defineProperty(this, '_password', { value: settings.password, writable: true });
    this.host = settings.host;
    this.port = settings.port;
    this.user = settings.user;
    this.database = settings.database;
    this._connectionId = null;
    this._connecting = false;
    this._ended = false;
  }

  connect(callback) {
    return withCallback(this._connect(), callback);
  }

  async _connect() {
    if (this._connecting || this._ended) {
      throw new Error('Client has already been connected. You cannot reuse a client.');
    }
    this._connecting = true;
    const password = typeof this._password === 'function' ? await this._password() : this._password;
    const reply = await host.call('pg', 'connect', {
      host: this.host,
      port: this.port,
      user: this.user,
      password: password === undefined ? null : String(password),
      database: this.database,
    });
    this._connectionId = reply.connectionId;
    this.processID = reply.processId;
  }

  query(text, values, callback) {
    const done = typeof values === 'function' ? values : callback;
    return withCallback(this._query(text, typeof values === 'function' ? undefined : values), done);
  }

  async _query(text, values) {
    if (this._connectionId === null) {
      throw new Error(this._ended
        ? 'Client was closed and is not queryable'
        : 'Client is not connected: call await client.connect() before client.query().');
    }
    const input = queryInput(text, values);
    input.connectionId = this._connectionId;
    return host.call('pg', 'query', input);
  }

  end(callback) {
    return withCallback(this._end(), callback);
  }

  async _end() {
    const id = this._connectionId;
    this._connectionId = null;
    this._ended = true;
    if (id !== null) await host.call('pg', 'end', { connectionId: id });
  }
}

export class Pool extends Emitter {
  constructor(config) {
    super();
    this.options = Object.assign({ max: 10 }, typeof config === 'object' && config !== null ? config : {});
    this._clients = new Set();
    this._idle = [];
    this._waiting = [];
    this.ending = false;
    this.ended = false;
  }

  get totalCount() { return this._clients.size; }
  get idleCount() { return this._idle.length; }
  get waitingCount() { return this._waiting.length; }

  connect(callback) {
    const promise = this._acquire();
    if (typeof callback !== 'function') return promise;
    promise.then(
      function (client) { callback(null, client, client.release); },
      function (error) { callback(error); },
    );
    return undefined;
  }

  async _acquire() {
    if (this.ending) throw new Error('Cannot use a pool after calling end on the pool');
    const idle = this._idle.pop();
    if (idle) return this._lease(idle);
    if (this._clients.size < this.options.max) return this._open();
    const pool = this;
    return new Promise(function (resolve, reject) { pool._waiting.push({ resolve: resolve, reject: reject }); });
  }

  async _open() {
    const client = new Client(this.options);
    this._clients.add(client);
    try {
      await client.connect();
    } catch (error) {
      this._clients.delete(client);
      throw error;
    }
    return this._lease(client);
  }

  _lease(client) {
    const pool = this;
    let released = false;
    client.release = function (error) {
      if (released) throw new Error('Release called on client which has already been released to the pool.');
      released = true;
      pool._release(client, error);
    };
    return client;
  }

  _release(client, error) {
    const waiter = this._waiting.shift();
    if (error || this.ending) {
      this._clients.delete(client);
      client.end().catch(function () {});
      if (waiter) this._open().then(waiter.resolve, waiter.reject);
      return;
    }
    if (waiter) waiter.resolve(this._lease(client));
    else this._idle.push(client);
  }

  query(text, values, callback) {
    const done = typeof values === 'function' ? values : callback;
    const args = typeof values === 'function' ? undefined : values;
    const promise = this._acquire().then(function (client) {
      return client.query(text, args).then(
        function (result) { client.release(); return result; },
        function (error) { client.release(); throw error; },
      );
    });
    return withCallback(promise, done);
  }

  end(callback) {
    this.ending = true;
    const clients = Array.from(this._clients);
    this._clients.clear();
    this._idle = [];
    const pool = this;
    const promise = Promise.all(clients.map(function (client) { return client.end(); })).then(function () {
      pool.ended = true;
    });
    return withCallback(promise, callback);
  }
}

export default { Client: Client, Pool: Pool };
`;
