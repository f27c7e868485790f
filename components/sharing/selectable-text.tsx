"use client";

/**
 * A link or code shown for copying: read-only, monospace, selected whole on
 * focus so a student or teacher without a working Copy button (plain http,
 * a refusing browser) can still copy it by keyboard. One line, or `rows`
 * lines for long links.
 */
export function SelectableText({
  id,
  value,
  rows,
  describedBy,
  className = "",
}: {
  id: string;
  value: string;
  rows?: number;
  describedBy?: string;
  className?: string;
}) {
  const shared = {
    id,
    value,
    readOnly: true,
    "aria-describedby": describedBy,
    onFocus: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => e.currentTarget.select(),
  };
  const look = `rounded-control border-2 border-line bg-surface-muted px-3 font-mono text-xs text-ink ${className}`;
  return rows === undefined ? (
    <input {...shared} className={`w-full py-2 ${look}`} />
  ) : (
    <textarea {...shared} rows={rows} className={`w-full resize-none py-2 break-all ${look}`} />
  );
}
