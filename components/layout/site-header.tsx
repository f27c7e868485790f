import { Link } from "@/components/ui/link";
import { NavLink } from "./nav-link";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-page flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-6 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-control text-lg font-bold tracking-tight text-ink no-underline"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="h-6 w-6 text-accent"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5z" strokeLinejoin="round" />
            <path d="M4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5" strokeLinejoin="round" />
            <path d="m9 10 2 2 4-4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          Evidence Reader
        </Link>
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-0.5 gap-y-1 sm:gap-1">
            <li>
              <NavLink href="/">Library</NavLink>
            </li>
            <li>
              <NavLink href="/articles/new/">Your articles</NavLink>
            </li>
            <li>
              <NavLink href="/progress/">Progress</NavLink>
            </li>
            <li>
              <NavLink href="/gradebook/">Gradebook</NavLink>
            </li>
          </ul>
        </nav>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
