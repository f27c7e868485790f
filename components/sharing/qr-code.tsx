"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { loadOnce } from "@/lib/load-once";

type Encoder = typeof import("uqr").renderSVG;

// The encoder is fetched with the first code drawn, not with the page: on /play/ that is only the results.
const uqr = loadOnce(() => import("uqr"));

interface Rendered {
  src: string;
  /** Modules across, margin included: the code is drawn at a whole number of pixels per module. */
  modules: number;
}

function render(renderSVG: Encoder, text: string): Rendered | null {
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
  const [renderSVG, setRenderSVG] = useState<Encoder | undefined>(() => uqr.current()?.renderSVG);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (renderSVG) return;
    let live = true;
    uqr.load().then(
      (loaded) => live && setRenderSVG(() => loaded.renderSVG),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [renderSVG]);
  const rendered = useMemo(() => (renderSVG ? render(renderSVG, text) : undefined), [renderSVG, text]);
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
  if (failed)
    return <p className="text-sm text-muted">The QR code could not be drawn. Share the link itself instead.</p>;
  // The code's own square, kept while the encoder arrives, so nothing below it moves.
  if (rendered === undefined)
    return (
      <div
        aria-hidden="true"
        className={fill ? "h-full w-full" : "aspect-square w-full max-w-md rounded-control bg-white"}
      />
    );
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
