/**
 * An in-memory Web Storage for unit tests, with switches for the failures
 * real browsers produce: a full quota and storage blocked outright.
 */
export class MemoryStorage {
  readonly data = new Map<string, string>();
  /** setItem throws QuotaExceededError. */
  full = false;
  /** Every call throws SecurityError, as in some private modes. */
  blocked = false;

  private guard() {
    if (this.blocked) throw new DOMException("The operation is insecure.", "SecurityError");
  }

  getItem(key: string): string | null {
    this.guard();
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.guard();
    if (this.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.guard();
    this.data.delete(key);
  }
}
