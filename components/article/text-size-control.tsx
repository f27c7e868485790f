"use client";
import { useEffect } from "react";
import { TEXT_SIZES, type TextSize } from "@/lib/preferences";
import { usePreferencesStore, useSetTextSize, useTextSize } from "@/components/state/preferences-store";
import { useHydratedStore } from "@/components/state/use-hydrated";

const LABELS: Record<TextSize, string> = { small: "Small", medium: "Medium", large: "Large", "x-large": "Extra large" };
const GLYPH_SIZE: Record<TextSize, string> = {
  small: "text-xs",
  medium: "text-sm",
  large: "text-base",
  "x-large": "text-lg",
};

/** Article text size; saved, and applied before paint on the next visit by the layout's inline script. */
export function TextSizeControl() {
  const hydrated = useHydratedStore(usePreferencesStore);
  const size = useTextSize();
  const setSize = useSetTextSize();

  useEffect(() => {
    if (hydrated) document.documentElement.setAttribute("data-text-size", size);
  }, [hydrated, size]);

  return (
    <fieldset className="flex items-center gap-2">
      <legend className="float-left mr-2 text-sm text-muted">Text size</legend>
      <div className="flex rounded-control border border-line bg-surface-muted p-0.5">
        {TEXT_SIZES.map((option) => (
          <label
            key={option}
            title={LABELS[option]}
            className="flex h-8 w-9 cursor-pointer items-end justify-center rounded-[0.375rem] pb-1.5 font-serif leading-none font-semibold text-muted hover:text-ink has-[:checked]:bg-surface has-[:checked]:text-accent has-[:checked]:shadow-card has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus"
          >
            <input
              type="radio"
              name="text-size"
              value={option}
              checked={hydrated && size === option}
              onChange={() => setSize(option)}
              className="sr-only"
            />
            <span aria-hidden="true" className={GLYPH_SIZE[option]}>
              A
            </span>
            <span className="sr-only">{LABELS[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
