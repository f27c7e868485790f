/** What a page shows while its main part loads: the same line the part itself shows until its data is ready. */
export function LoadingStatus({ children }: { children: string }) {
  return (
    <p className="py-10 text-center text-muted" role="status">
      {children}
    </p>
  );
}
