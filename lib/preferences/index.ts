/** The reader's preferences (text size, theme, read-aloud speed and voice): their shape and defaults. */
export {
  PREFERENCES_VERSION,
  TEXT_SIZES,
  THEME_CHOICES,
  defaultPreferences,
  migrateOldPreferences,
  preferencesSchema,
} from "./preferences";
export type { Preferences, TextSize, ThemeChoice } from "./preferences";
