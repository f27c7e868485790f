/**
 * Where this copy of the app is served from, for links students open
 * elsewhere. The app may live under a sub-path on a school's server, so
 * the base path comes from the build (NEXT_PUBLIC_BASE_PATH, matching
 * next.config's basePath when one is set), and the origin from the browser.
 */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

export function siteOrigin(): string {
  return typeof window === "undefined" ? "" : window.location.origin;
}
