/**
 * Stands in for the header image, which is not bundled (only its credit is
 * part of the content): a decorative band, with the credit as its caption.
 */
export function ArticleBanner({ credit }: { credit?: string }) {
  return (
    <figure className="my-6">
      <div
        aria-hidden="true"
        className="h-28 rounded-card bg-[radial-gradient(circle_at_20%_30%,var(--color-accent-soft),transparent_60%),radial-gradient(circle_at_80%_70%,var(--color-surface-muted),transparent_55%)] bg-surface ring-1 ring-line sm:h-40"
      />
      {credit && <figcaption className="mt-2 text-xs text-muted">Header image: {credit} (not shown)</figcaption>}
    </figure>
  );
}
