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

/**
 * Whether a host name is one students' devices cannot reach: this computer
 * (localhost, 127.x, ::1) or a private network (10.x, 172.16–31.x, 192.168.x,
 * *.local). Null for any other address.
 */
export function privateAddress(hostname: string): "this-computer" | "private-network" | null {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127\./.test(host) ||
    host === "::1" ||
    host === "0.0.0.0"
  )
    return "this-computer";
  if (
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    host.endsWith(".local") ||
    /^f[cd][0-9a-f]{2}:/.test(host)
  )
    return "private-network";
  return null;
}
