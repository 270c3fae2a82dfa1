// IndexedDB's classes (IDBRequest, IDBKeyRange, ...) as globals, as idb expects them.
import 'fake-indexeddb/auto';
