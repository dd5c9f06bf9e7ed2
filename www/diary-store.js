// Where the pain diary's entries live: IndexedDB, on this device only, used
// directly (no library). The diary's UI calls these through wasm-bindgen;
// the Rust side (src/diary/) makes and reads each entry's JSON text, and
// this store never looks into it beyond its date. Nothing here sends
// anything, and nothing touches storage until openDiary(), which the UI
// calls only once the patient has opted in (importing this module opens
// nothing).
//
// Every function but onChange resolves to a plain value and never throws:
// { ok: true, ... } or { refused, message }, `refused` being
//   'sandboxed'  the page has an opaque origin (an iframe sandboxed without
//                allow-same-origin, a data: URL): the browser gives it no
//                storage (SecurityError);
//   'private'    the browser refuses storage to this page: a private window
//                of an older Firefox (InvalidStateError), or settings that
//                block site data (SecurityError on a real origin), or no
//                IndexedDB in this window at all;
//   'quota'      the disk or the site's quota is full (QuotaExceededError);
//   'blocked'    the diary is held open in another tab (an older copy of
//                the page that does not let go): erasing, or opening, waits
//                for it;
//   'closed'     the diary is not open in this tab: openDiary() was not
//                called, or the diary was erased here or in another tab
//                (the patient opts in again before anything is written);
//   'unknown'    anything else (the browser's own message is kept).
// `message` is the browser's text, for a log; the UI words its own.
//
// One database `oih-checklist-diary`, version 1, one object store `entries`
// keyed by `date` ('YYYY-MM-DD'); each value is { date, text }.
//
// Two tabs: each write is one transaction (one entry saved, or the entries
// of an imported file), and puts or deletes only the days it names, so two
// tabs writing different days never lose an entry. When both write the same day,
// the later transaction wins (IndexedDB runs them one after the other), and
// the other tab hears { changed: date } over a BroadcastChannel (dates only,
// never an entry's text) and reloads its entries. onChange() hands these to
// the UI: { changed: date }, { erased: true }, and { closed: true } when this
// tab's connection was closed for another tab (it then says 'closed').

const NAME = 'oih-checklist-diary';
const VERSION = 1;
const STORE = 'entries';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** How long eraseDiary() waits for other tabs to let go before it says
 * 'blocked' (the deletion still happens once they do). */
const BLOCKED_WAIT_MS = 3000;

let db = null; // the open connection, or null
let connecting = null; // a promise of one, while opening
let opened = false; // openDiary() was called and the diary not erased since
let channel = null;
const listeners = new Set();

const refusal = (refused, message) => ({ refused, message: String(message || refused) });

/** The refusal for an error the browser gave (thrown or on a request). */
function refusalFor(error) {
  const name = error?.name || '';
  const message = error?.message || name || 'IndexedDB failed';
  if (name === 'QuotaExceededError') return refusal('quota', message);
  if (opaqueOrigin() && (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError')) return refusal('sandboxed', message);
  if (name === 'SecurityError') return refusal('private', message);
  // Firefox before 115 in a private window: "A mutation operation was
  // attempted on a database that did not allow mutations."
  if (name === 'InvalidStateError' && /mutation/i.test(message)) return refusal('private', message);
  return refusal('unknown', `${name ? `${name}: ` : ''}${message}`);
}

/** A sandboxed iframe without allow-same-origin, or a data: page. */
function opaqueOrigin() {
  try { return self.origin === 'null'; } catch { return false; }
}

/** IndexedDB, or a refusal when this window has none (reading the property
 * itself throws in some browsers when storage is blocked). */
function factory() {
  let idb;
  try { idb = globalThis.indexedDB; } catch (e) { return refusalFor(e); }
  if (!idb) return opaqueOrigin() ? refusal('sandboxed', 'no IndexedDB in an opaque origin') : refusal('private', 'no IndexedDB in this window');
  return idb;
}

/** The channel to the other tabs of this origin, made on first use. */
function ensureChannel() {
  if (channel || typeof BroadcastChannel !== 'function') return;
  try {
    channel = new BroadcastChannel(NAME);
  } catch {
    return; // an opaque origin may refuse it; other tabs are not told
  }
  channel.onmessage = ({ data }) => {
    if (!data || typeof data !== 'object') return;
    if (data.close || data.erased) {
      // Another tab erases the diary: let go of it, and write nothing
      // more until the patient opts in again.
      opened = false;
      drop();
    }
    if (data.erased) tell({ erased: true });
    else if (typeof data.changed === 'string') tell({ changed: data.changed });
  };
}

function announce(message) {
  try { channel?.postMessage(message); } catch { /* the channel was closed */ }
}

function tell(event) {
  for (const callback of listeners) {
    try { callback(event); } catch { /* the UI's own error; others still hear */ }
  }
}

/** Closes this tab's connection, if any. */
function drop() {
  const open = db;
  db = null;
  try { open?.close(); } catch { /* already closed */ }
}

/** Opens the database (creating it the first time): the connection or a
 * refusal. */
function connect() {
  if (db) return Promise.resolve(db);
  if (connecting) return connecting;
  const idb = factory();
  if ('refused' in idb) return Promise.resolve(idb);
  connecting = new Promise((resolve) => {
    let request;
    try {
      request = idb.open(NAME, VERSION);
    } catch (e) {
      resolve(refusalFor(e)); // Chromium: SecurityError in an opaque origin
      return;
    }
    let settled = false;
    const settle = (value) => { if (!settled) { settled = true; resolve(value); } };
    request.onupgradeneeded = () => {
      // Version 1: the one store. (A later version adds its steps here.)
      const upgrading = request.result;
      if (!upgrading.objectStoreNames.contains(STORE)) upgrading.createObjectStore(STORE, { keyPath: 'date' });
    };
    request.onsuccess = () => {
      const connection = request.result;
      if (settled) { connection.close(); return; } // refused as blocked meanwhile
      connection.onversionchange = () => {
        // Another tab deletes the database (or a newer page upgrades it):
        // let go at once so it is not blocked.
        if (db === connection) {
          opened = false;
          drop();
          tell({ closed: true });
        } else connection.close();
      };
      // Closed by the browser (site data cleared): reopened on next use.
      connection.onclose = () => { if (db === connection) db = null; };
      db = connection;
      settle(connection);
    };
    request.onerror = (event) => {
      event.preventDefault();
      settle(refusalFor(request.error));
    };
    request.onblocked = () => settle(refusal('blocked', 'the diary is held open in another tab'));
  }).finally(() => { connecting = null; });
  return connecting;
}

/** The connection for a read or write, or why there is none. */
async function ready() {
  if (!opened) return refusal('closed', 'the diary is not open in this tab');
  return connect();
}

/**
 * Runs `work(store)` in one transaction of `mode`; resolves to
 * `{ ok: true, value }` only on `complete` (with strict durability where
 * the browser offers it: written to disk, not only to its cache), or to a
 * refusal.
 */
async function transact(mode, work) {
  for (let attempt = 0; ; attempt++) {
    const connection = await ready();
    if ('refused' in connection) return connection;
    let tx;
    try {
      tx = connection.transaction(STORE, mode, { durability: 'strict' });
    } catch (e) {
      // The connection was closing (WebKit closes idle ones): once more
      // with a fresh one.
      if (e?.name === 'InvalidStateError' && attempt === 0) { if (db === connection) db = null; continue; }
      return refusalFor(e);
    }
    return new Promise((resolve) => {
      let value;
      tx.oncomplete = () => resolve({ ok: true, value });
      tx.onabort = () => resolve(refusalFor(tx.error || { name: 'AbortError', message: 'the transaction was aborted' }));
      try {
        const request = work(tx.objectStore(STORE));
        request.onsuccess = () => { value = request.result; };
      } catch (e) {
        try { tx.abort(); } catch { /* already finished */ }
        resolve(refusalFor(e));
      }
    });
  }
}

/**
 * Opens the diary (creating its database the first time). Call only after
 * the patient opted in. `{ ok: true }` or a refusal.
 */
export async function openDiary() {
  opened = true;
  ensureChannel();
  const connection = await connect();
  if ('refused' in connection) {
    opened = false;
    return connection;
  }
  return { ok: true };
}

/** Every entry's text, by date (the store's key order: 'YYYY-MM-DD' sorts
 * as the calendar does). `{ ok: true, entries }` or a refusal. */
export async function allEntries() {
  const result = await transact('readonly', (store) => store.getAll());
  if ('refused' in result) return result;
  return { ok: true, entries: result.value.map((value) => value.text) };
}

/**
 * Writes several days in one transaction: each `{ date, text }` stores
 * `text` as the entry of `date` (in place of any entry of that day), each
 * `{ date, text: null }` deletes that day's entry (none is fine). All or
 * nothing: `{ ok: true }` once every change is stored, or a refusal and
 * none of them. The other tabs hear it once ({ changed: first date }).
 */
export async function writeEntries(changes) {
  if (!Array.isArray(changes) || changes.length === 0) return refusal('unknown', 'no entries to write');
  for (const { date, text } of changes) {
    if (typeof date !== 'string' || !DATE.test(date)) return refusal('unknown', `not a date (YYYY-MM-DD): ${date}`);
    if (typeof text !== 'string' && text !== null) return refusal('unknown', 'an entry is its JSON text');
  }
  const result = await transact('readwrite', (store) => {
    let request;
    for (const { date, text } of changes) request = text === null ? store.delete(date) : store.put({ date, text });
    return request;
  });
  if ('refused' in result) return result;
  announce({ changed: changes[0].date });
  return { ok: true };
}

/** Stores `text` as the entry of `date`, in place of any entry of that day.
 * `{ ok: true }` once it is stored, or a refusal. */
export function putEntry(date, text) {
  return writeEntries([{ date, text: typeof text === 'string' ? text : undefined }]);
}

/** Deletes the entry of `date` (none is fine). `{ ok: true }` or a refusal. */
export function deleteEntry(date) {
  return writeEntries([{ date, text: null }]);
}

/**
 * Deletes the whole database. Our own connection is closed first; the other
 * tabs close theirs on `versionchange`, and are asked over the channel too.
 * One that still holds it (an older page) makes this resolve to 'blocked'
 * after a few seconds: the deletion then happens as soon as that tab lets
 * go (and onChange hears { erased: true }). `{ ok: true }` or a refusal.
 */
export async function eraseDiary() {
  opened = false;
  ensureChannel();
  drop();
  await connecting; // an open under way lets go once it ends
  drop();
  const idb = factory();
  if ('refused' in idb) return idb;
  return new Promise((resolve) => {
    let request;
    try {
      request = idb.deleteDatabase(NAME);
    } catch (e) {
      resolve(refusalFor(e));
      return;
    }
    let timer = null;
    let late = false; // resolved as 'blocked' already
    request.onsuccess = () => {
      clearTimeout(timer);
      announce({ erased: true });
      if (late) tell({ erased: true }); // this tab hears it too, then
      resolve({ ok: true });
    };
    request.onerror = (event) => {
      event.preventDefault();
      clearTimeout(timer);
      resolve(refusalFor(request.error));
    };
    request.onblocked = () => {
      announce({ close: true });
      timer ??= setTimeout(() => {
        late = true;
        resolve(refusal('blocked', 'the diary is held open in another tab'));
      }, BLOCKED_WAIT_MS);
    };
  });
}

/**
 * Calls `callback(event)` when another tab changes the diary
 * ({ changed: date }, { erased: true }) or this tab's connection is closed
 * for another tab ({ closed: true }); this tab's own writes are not told.
 * Returns (not a promise) a function that stops it. Touches no storage.
 */
export function onChange(callback) {
  listeners.add(callback);
  return () => listeners.delete(callback);
}

/**
 * Asks the browser to keep the diary when space runs low
 * (`navigator.storage.persist()`), where it can. Never required:
 * `{ ok: true, persisted }` (false where the browser says no or cannot).
 * Firefox asks the person first and this waits for their answer: never
 * hold anything else back on it. Chromium answers by itself.
 */
export async function persist() {
  try {
    if (!navigator.storage?.persist) return { ok: true, persisted: false };
    return { ok: true, persisted: (await navigator.storage.persisted?.()) || (await navigator.storage.persist()) === true };
  } catch (e) {
    return { ok: true, persisted: false };
  }
}

/**
 * Whether this device already holds a diary (the patient chose to keep it
 * before), without opening or creating anything: `{ ok: true, exists }`.
 * Where the browser cannot list its databases, `exists` is false: the
 * patient then chooses again, which opens the same diary.
 */
export async function hasDiary() {
  try {
    // (An opaque origin has no storage; Chromium's databases() there rejects
    // in a way it also reports as unhandled.)
    if (self.origin === 'null' || typeof indexedDB?.databases !== 'function') return { ok: true, exists: false };
    const list = await indexedDB.databases();
    return { ok: true, exists: list.some((d) => d.name === NAME) };
  } catch {
    return { ok: true, exists: false };
  }
}
