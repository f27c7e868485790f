/**
 * Reading preferences as plain data. The same names are used by the inline
 * theme script in app/layout.tsx (data-theme and data-text-size on <html>).
 */
import { isRecord } from "../storage";

export const PREFERENCES_VERSION = 1;

export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const TEXT_SIZES = ["small", "medium", "large", "x-large"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Preferences {
  theme: ThemeChoice;
  textSize: TextSize;
  /**
   * Read-aloud speed and voice, shared by the article's and the quiz's
   * controls. Optional, so what version 1 stored before them is still valid
   * as it is (and a build without them keeps reading this one). The speed
   * is checked by the control against its own list of speeds, so this
   * module, which every page loads, does not load the read-aloud code.
   */
  readRate?: number;
  /** A voice's name; "" or a name this browser lacks: its first English voice. */
  readVoice?: string;
}

// Every key the store persists is in the defaults (it persists the keys of its initial state).
export const defaultPreferences: Preferences = { theme: "system", textSize: "medium", readRate: 1, readVoice: "" };

export function isPreferences(x: unknown): x is Preferences {
  return (
    isRecord(x) &&
    THEME_CHOICES.includes(x.theme as ThemeChoice) &&
    TEXT_SIZES.includes(x.textSize as TextSize) &&
    (x.readRate === undefined || (typeof x.readRate === "number" && x.readRate > 0 && x.readRate <= 4)) &&
    (x.readVoice === undefined || (typeof x.readVoice === "string" && x.readVoice.length <= 200))
  );
}

/** Version 0 stored `{ dark: boolean, fontScale: number }` (1 = medium). */
export interface PreferencesV0 {
  dark: boolean;
  fontScale: number;
}

function isPreferencesV0(x: unknown): x is PreferencesV0 {
  return isRecord(x) && typeof x.dark === "boolean" && typeof x.fontScale === "number";
}

export function acceptsStoredPreferences(state: unknown, version: number): boolean {
  if (version === 0) return isPreferencesV0(state);
  if (version === 1) return isPreferences(state);
  return false;
}

/** The check in the shape the persisted-store factory takes (no zod: every page loads this store). */
export const preferencesSchema = { safeParse: (x: unknown) => ({ success: isPreferences(x) }) };

/** Preferences an older version stored, as this version's (undefined: not recognised). */
export function migrateOldPreferences(state: unknown, fromVersion: number): Preferences | undefined {
  return fromVersion === 0 && isPreferencesV0(state) ? migratePreferences(state, 0) : undefined;
}

export function migratePreferences(state: unknown, fromVersion: number): Preferences {
  if (fromVersion === 0 && isPreferencesV0(state)) {
    const textSize: TextSize =
      state.fontScale < 1 ? "small" : state.fontScale < 1.2 ? "medium" : state.fontScale < 1.4 ? "large" : "x-large";
    return { theme: state.dark ? "dark" : "light", textSize };
  }
  if (fromVersion === PREFERENCES_VERSION && isPreferences(state)) return state;
  return defaultPreferences;
}
