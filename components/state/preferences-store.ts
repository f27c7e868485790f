"use client";
/**
 * Reading preferences (theme, article text size, read-aloud speed and voice), persisted under
 * "reader:preferences". The inline script in app/layout.tsx reads the same
 * key before first paint, so the page never flashes the wrong theme or size.
 * The last choice made in any tab wins.
 */
import {
  PREFERENCES_VERSION,
  defaultPreferences,
  migrateOldPreferences,
  preferencesSchema,
  type Preferences,
  type TextSize,
  type ThemeChoice,
} from "@/lib/preferences";
import type { KeyValueStorage } from "@/lib/storage";
import { createPersistedStore } from "./persisted-store";

export const PREFERENCES_KEY = "reader:preferences";

interface Actions {
  setTheme: (theme: ThemeChoice) => void;
  setTextSize: (size: TextSize) => void;
  setReadRate: (rate: number) => void;
  setReadVoice: (name: string) => void;
}

export type PreferencesStore = Preferences & Actions;

export function createPreferencesStore(getBackend?: () => KeyValueStorage | null) {
  return createPersistedStore<Preferences, Actions>(
    {
      key: PREFERENCES_KEY,
      version: PREFERENCES_VERSION,
      schema: preferencesSchema,
      initial: () => ({ ...defaultPreferences }),
      migrate: migrateOldPreferences,
      actions: (set) => ({
        setTheme: (theme) => set({ theme }),
        setTextSize: (textSize) => set({ textSize }),
        setReadRate: (readRate) => set({ readRate }),
        setReadVoice: (readVoice) => set({ readVoice }),
      }),
    },
    getBackend,
  );
}

export const usePreferencesStore = createPreferencesStore();

export const useTheme = () => usePreferencesStore((s) => s.theme);
export const useTextSize = () => usePreferencesStore((s) => s.textSize);
export const useSetTheme = () => usePreferencesStore((s) => s.setTheme);
export const useSetTextSize = () => usePreferencesStore((s) => s.setTextSize);
