"use client";
import { useEffect } from "react";
import { TEXT_SIZES, type TextSize } from "@/lib/preferences";
import { usePreferencesStore, useSetTextSize, useTextSize } from "@/components/state/preferences-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { SegmentedControl } from "@/components/ui/segmented-control";

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
    <SegmentedControl
      name="text-size"
      legend="Text size"
      showLegend
      options={TEXT_SIZES}
      value={hydrated ? size : undefined}
      onChange={setSize}
      labels={LABELS}
      glyph={(option) => (
        <span aria-hidden="true" className={GLYPH_SIZE[option]}>
          A
        </span>
      )}
      optionClassName="items-end pb-1.5 font-serif leading-none font-semibold"
    />
  );
}
