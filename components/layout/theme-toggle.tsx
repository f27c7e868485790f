"use client";
import { useEffect } from "react";
import { THEME_CHOICES, type ThemeChoice } from "@/lib/preferences";
import { usePreferencesStore, useSetTheme, useTheme } from "@/components/state/preferences-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { SegmentedControl } from "@/components/ui/segmented-control";

const LABELS: Record<ThemeChoice, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };

function ThemeIcon({ theme }: { theme: ThemeChoice }) {
  const common = {
    "aria-hidden": true,
    viewBox: "0 0 24 24",
    className: "h-4 w-4",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 2,
  } as const;
  if (theme === "light")
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="4" />
        <path
          d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
          strokeLinecap="round"
        />
      </svg>
    );
  if (theme === "dark")
    return (
      <svg {...common}>
        <path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z" strokeLinejoin="round" />
      </svg>
    );
  return (
    <svg {...common}>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" strokeLinecap="round" />
    </svg>
  );
}

function applyTheme(choice: ThemeChoice) {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.setAttribute("data-theme", dark ? "dark" : "light");
}

/** Light / dark / follow the system; the choice is saved and applied before paint on the next visit. */
export function ThemeToggle() {
  const hydrated = useHydratedStore(usePreferencesStore);
  const theme = useTheme();
  const setTheme = useSetTheme();

  useEffect(() => {
    if (!hydrated) return;
    applyTheme(theme);
    if (theme !== "system") return;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => applyTheme("system");
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [hydrated, theme]);

  return (
    <SegmentedControl
      name="theme"
      legend="Theme"
      options={THEME_CHOICES}
      value={hydrated ? theme : undefined}
      onChange={setTheme}
      labels={LABELS}
      glyph={(choice) => <ThemeIcon theme={choice} />}
      optionClassName="relative items-center transition-colors"
    />
  );
}
