import type { NextConfig } from "next";

// Static export: the whole app is files in out/, so it can be served from any
// static host (or a school's intranet) and works without a server.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
