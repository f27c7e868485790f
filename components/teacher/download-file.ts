/** Saves `text` as a file named `name` through the browser's download. */
export function downloadFile(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a quiz's title ("Climate & AI" → "climate-ai-results.csv"): letters and digits of any script, nothing a file system refuses. */
export function fileNameFor(title: string, suffix: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${base || "quiz"}-${suffix}`;
}
