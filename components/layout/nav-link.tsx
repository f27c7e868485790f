"use client";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** Marks the current section for sighted users and screen readers alike. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  // The teacher's own articles (/articles/new/, /articles/mine/) have their own link; the rest of /articles is the library's.
  const own = pathname.startsWith("/articles/new") || pathname.startsWith("/articles/mine");
  const current =
    href === "/"
      ? pathname === "/" || (pathname.startsWith("/articles") && !own)
      : href === "/articles/new/"
        ? own
        : pathname.startsWith(href.replace(/\/$/, ""));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block rounded-control px-2 py-1.5 text-sm font-medium whitespace-nowrap no-underline transition-colors sm:px-3 ${
        current ? "bg-accent-soft text-accent-strong" : "text-muted hover:bg-surface-muted hover:text-ink"
      }`}
    >
      {children}
    </Link>
  );
}
