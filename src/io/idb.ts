/**
 * The few IndexedDB calls Capot needs, as promises: a request's result, a transaction's end, opening a database.
 * Nothing is cached here; the callers hold the database.
 */

/** Resolves with a request's result; rejects with its error (a `DOMException`, e.g. `DataCloneError`). */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the storage request failed'));
  });
}

/**
 * Resolves when a transaction has committed; rejects when it fails or is aborted. A full disk shows up here, as a
 * `QuotaExceededError` on the transaction, not on the request that wrote the data.
 */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the storage transaction failed'));
    tx.onabort = () => reject(tx.error ?? new DOMException('the storage transaction was aborted', 'AbortError'));
  });
}

/**
 * Opens (and on first use creates, through `upgrade`) a database. Rejects when the browser refuses storage: no
 * `indexedDB` at all, private browsing modes that throw on `open`, or another tab holding an older version open.
 */
export function openDatabase(
  factory: IDBFactory | undefined,
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (factory === undefined) {
      reject(new DOMException('this browser has no IndexedDB', 'NotSupportedError'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (thrown) {
      reject(thrown);
      return;
    }
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the browser refused to open its storage'));
    request.onblocked = () => reject(new Error('another tab has an older Capot open; close it and reload'));
  });
}

/**
 * Says in plain words why storage failed, for a notice in the page: a full disk, storage switched off (private
 * browsing), or the browser's own message.
 */
export function storageProblem(thrown: unknown): string {
  const name = errorName(thrown);
  if (name === 'QuotaExceededError') return 'the browser’s storage for this site is full';
  if (name === 'NotSupportedError' || name === 'SecurityError' || name === 'InvalidStateError') {
    return 'this browser does not let the page keep data (private browsing, or storage switched off)';
  }
  if (name === 'DataCloneError') return 'the map could not be copied into storage';
  const message = typeof thrown === 'object' && thrown !== null && 'message' in thrown ? thrown.message : thrown;
  return `the browser’s storage failed (${String(message)})`;
}

/** The `name` of a thrown `DOMException` or `Error` (from any realm: a worker's, a test DOM's), else `''`. */
export function errorName(thrown: unknown): string {
  return typeof thrown === 'object' && thrown !== null && 'name' in thrown ? String(thrown.name) : '';
}
