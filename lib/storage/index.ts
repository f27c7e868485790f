/**
 * Browser storage that never takes the app down (safe-storage), and the
 * rules for merging two copies of a store by id (records).
 */
export { backupKeyFor, createSafeStorage, isQuotaError, isRecord, MAX_BACKUPS, parseEnvelope } from "./safe-storage";
export type { KeyValueStorage, PersistedEnvelope, SafeStorageOptions, StorageProblem } from "./safe-storage";
export { mergeRecords, mergeRemoved, removeRecords, type Removed } from "./records";
export { isIsoDate } from "./records";
