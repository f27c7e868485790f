"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { renderSVG } from "uqr";

interface Rendered {
  src: string;
  /** Modules across, margin included: the code is drawn at a whole number of pixels per module. */
  modules: number;
}

function render(text: string): Rendered | null {
  try {
    // One unit a module, so the viewBox is the module count.
    const svg = renderSVG(text, { ecc: "L", border: 4, pixelSize: 1 });
    const modules = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1] ?? 0);
    return { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, modules };
  } catch {
    return null;
  }
}

/**
 * A QR code for `text` as an SVG image, black on white in both themes (phone
 * cameras read dark-on-light best) with the standard four-module margin.
 * Text too long for any QR code gives a message instead. With `fill`, the
 * code takes the largest size its container allows at a whole number of
 * pixels per module: a dense code drawn at 4.4 pixels a module blurs its
 * edges, and cameras (and decoders) misread it.
 */
export function QrCode({ text, label, fill = false }: { text: string; label: string; fill?: boolean }) {
  const rendered = useMemo(() => render(text), [text]);
  const box = useRef<HTMLDivElement>(null);
  const [side, setSide] = useState<number | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!fill || !element || !rendered?.modules) return;
    const fit = () => {
      const available = Math.min(element.clientWidth, element.clientHeight);
      const perModule = Math.max(1, Math.floor(available / rendered.modules));
      setSide(perModule * rendered.modules);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fill, rendered]);
  if (!rendered)
    return <p className="text-sm text-muted">This link is too long for a QR code. Share the link itself instead.</p>;
  const image = (
    // eslint-disable-next-line @next/next/no-img-element -- a data: URL; next/image adds nothing here.
    <img
      src={rendered.src}
      alt={label}
      width={fill && side ? side : 448}
      height={fill && side ? side : 448}
      className={
        fill
          ? "rounded-control bg-white [image-rendering:pixelated]"
          : "h-auto w-full max-w-md rounded-control bg-white [image-rendering:pixelated]"
      }
    />
  );
  return fill ? (
    <div ref={box} className="flex h-full w-full items-center justify-center">
      {image}
    </div>
  ) : (
    image
  );
}
