import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-measure px-4 py-16 sm:px-6">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-muted">There is nothing at this address.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-accent underline-offset-4 hover:underline">
        Go to the library
      </Link>
    </div>
  );
}
