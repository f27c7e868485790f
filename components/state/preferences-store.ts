"use client";
/**
 * Reading preferences (theme, article text size), persisted under
 * "reader:preferences". The inline script in app/layout.tsx reads the same
 * key before first paint, so the page never flashes the wrong theme or size.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import {
  PREFERENCES_VERSION,
  acceptsStoredPreferences,
  defaultPreferences,
  migratePreferences,
  type Preferences,
  type TextSize,
  type ThemeChoice,
} from "@/lib/preferences/preferences";
import type { KeyValueStorage } from "@/lib/storage";
import { browserStorage } from "./browser-storage";

export const PREFERENCES_KEY = "reader:preferences";

type State = Preferences;

interface Actions {
  setTheme: (theme: ThemeChoice) => void;
  setTextSize: (size: TextSize) => void;
}

export type PreferencesStore = State & Actions;

export function createPreferencesStore(getBackend?: () => KeyValueStorage | null) {
  return create<PreferencesStore>()(
    persist(
      (set) => ({
        ...defaultPreferences,
        setTheme: (theme) => set({ theme }),
        setTextSize: (textSize) => set({ textSize }),
      }),
      {
        name: PREFERENCES_KEY,
        version: PREFERENCES_VERSION,
        storage: browserStorage<Preferences>({ version: PREFERENCES_VERSION, accepts: acceptsStoredPreferences }, getBackend),
        partialize: (s): Preferences => ({ theme: s.theme, textSize: s.textSize }),
        migrate: (persisted, version) => migratePreferences(persisted, version) as PreferencesStore,
        skipHydration: true,
      },
    ),
  );
}

export const usePreferencesStore = createPreferencesStore();

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === PREFERENCES_KEY && usePreferencesStore.persist.hasHydrated()) void usePreferencesStore.persist.rehydrate();
  });
}

export const useTheme = () => usePreferencesStore((s) => s.theme);
export const useTextSize = () => usePreferencesStore((s) => s.textSize);
export const useSetTheme = () => usePreferencesStore((s) => s.setTheme);
export const useSetTextSize = () => usePreferencesStore((s) => s.setTextSize);
