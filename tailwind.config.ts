import type { Config } from "tailwindcss";
import plugin from "tailwindcss/plugin";

/**
 * Design tokens. Colours are CSS variables so one class (`bg-surface`,
 * `text-muted`) serves both themes; the values for each theme are below and
 * are emitted by the plugin at the bottom. Every text/background pair used
 * in the UI meets WCAG AA (4.5:1) in both themes.
 */
const palette = {
  light: {
    canvas: "#f8f7f4",
    surface: "#ffffff",
    "surface-muted": "#efede7",
    ink: "#1b1a18",
    muted: "#55524c",
    line: "#cfcbc2",
    accent: "#1f4fbf",
    "accent-strong": "#173c91",
    "on-accent": "#ffffff",
    "accent-soft": "#e6edfb",
    success: "#146c34",
    "success-soft": "#e7f6ec",
    danger: "#b3261e",
    "danger-soft": "#fdecea",
    warning: "#7a4a00",
    "warning-soft": "#fff4dc",
    mark: "#ffe08a",
    "on-mark": "#1b1a18",
    focus: "#1f4fbf",
  },
  dark: {
    canvas: "#121417",
    surface: "#1b1e23",
    "surface-muted": "#262a31",
    ink: "#ebe8e3",
    muted: "#aaa59d",
    line: "#434851",
    accent: "#8fb4ff",
    "accent-strong": "#b5cdff",
    "on-accent": "#0c1424",
    "accent-soft": "#1f2b44",
    success: "#6fd394",
    "success-soft": "#14291c",
    danger: "#ff9b92",
    "danger-soft": "#3a1a18",
    warning: "#f5c26b",
    "warning-soft": "#332611",
    mark: "#6a5210",
    "on-mark": "#fff6db",
    focus: "#a8c4ff",
  },
} as const;

type ColorName = keyof typeof palette.light;

const colorNames = Object.keys(palette.light) as ColorName[];

function cssVariables(theme: "light" | "dark") {
  return Object.fromEntries(colorNames.map((name) => [`--color-${name}`, palette[theme][name]]));
}

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: Object.fromEntries(colorNames.map((name) => [name, `var(--color-${name})`])),
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          '"Segoe UI"',
          "Roboto",
          '"Helvetica Neue"',
          "Arial",
          '"Noto Sans"',
          "sans-serif",
        ],
        serif: [
          "Charter",
          '"Bitstream Charter"',
          '"Sitka Text"',
          '"Iowan Old Style"',
          "Cambria",
          "Georgia",
          '"DejaVu Serif"',
          "serif",
        ],
        mono: ["ui-monospace", '"SFMono-Regular"', "Menlo", "Consolas", '"DejaVu Sans Mono"', "monospace"],
      },
      maxWidth: {
        // A comfortable line for reading: about 65–70 characters.
        measure: "68ch",
        page: "72rem",
      },
      borderRadius: {
        card: "0.875rem",
        control: "0.5rem",
      },
      boxShadow: {
        card: "0 1px 2px rgb(0 0 0 / 0.06), 0 2px 8px rgb(0 0 0 / 0.05)",
      },
    },
  },
  plugins: [
    plugin(({ addBase }) => {
      addBase({
        ":root": { ...cssVariables("light"), colorScheme: "light" },
        // No script (or before it runs): follow the system.
        "@media (prefers-color-scheme: dark)": {
          ':root:not([data-theme="light"])': { ...cssVariables("dark"), colorScheme: "dark" },
        },
        ':root[data-theme="dark"]': { ...cssVariables("dark"), colorScheme: "dark" },
        // Paper is white whatever the screen theme: print in the light palette.
        "@media print": {
          ':root, :root[data-theme="dark"], :root:not([data-theme="light"])': {
            ...cssVariables("light"),
            colorScheme: "light",
          },
        },
      });
    }),
  ],
} satisfies Config;
