export function SiteFooter() {
  return (
    <footer className="border-t border-line">
      <p className="mx-auto max-w-page px-4 py-6 text-sm text-muted sm:px-6">
        Every answer points to the sentence that proves it. Your scores stay in this browser: no account, no server.
      </p>
    </footer>
  );
}
