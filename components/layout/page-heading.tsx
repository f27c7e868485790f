import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

interface Props {
  /** Where "← …" leads back to, e.g. the article a quiz is about. */
  back?: { href: string; label: string };
  /** Small line above the title that says what this page is: "Quiz", "Build a quiz for your class". */
  eyebrow: string;
  title: string;
  className?: string;
  /** An introduction under the title. */
  children?: ReactNode;
}

/** The top of a page about one article: a way back, what the page is, and the article's title. */
export function PageHeading({ back, eyebrow, title, className = "", children }: Props) {
  return (
    <div className={`mb-6 ${className}`}>
      {back && (
        <Link href={back.href} className="text-sm font-medium text-accent underline-offset-4 hover:underline">
          ← {back.label}
        </Link>
      )}
      <h1 className="mt-3 font-serif text-2xl leading-tight font-bold tracking-tight text-balance sm:text-3xl">
        <span className="block font-sans text-sm font-semibold tracking-widest text-muted uppercase">{eyebrow}</span>
        {title}
      </h1>
      {children && <p className="mt-2 max-w-measure text-muted">{children}</p>}
    </div>
  );
}
