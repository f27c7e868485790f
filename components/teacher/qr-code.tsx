"use client";
import { useMemo } from "react";
import { renderSVG } from "uqr";

/**
 * A QR code for `text` as an SVG image, black on white in both themes (phone
 * cameras read dark-on-light best) with the standard four-module margin.
 * Text too long for any QR code gives a message instead.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const src = useMemo(() => {
    try {
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text, { ecc: "L", border: 4 }))}`;
    } catch {
      return null;
    }
  }, [text]);
  if (!src) return <p className="text-sm text-muted">This link is too long for a QR code. Share the link itself instead.</p>;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a data: URL; next/image adds nothing here.
    <img src={src} alt={label} width={448} height={448} className="h-auto w-full max-w-md rounded-control bg-white [image-rendering:pixelated]" />
  );
}
