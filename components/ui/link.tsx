// eslint-disable-next-line no-restricted-imports -- the one place next/link is wrapped
import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Every in-app link. Next.js prefetches each link in view while the page loads; on a phone over a slow school
 * network those fetches compete with the chunk the page itself needs (Lighthouse, same run: the quiz page's
 * largest paint and the builder's scripts after load both dropped without them), and once the app is
 * installed the service worker holds every page anyway. So no prefetch, unless a link asks for it.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
