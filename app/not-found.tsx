// Requests the locale proxy does not route (e.g. a missing file): no locale, both languages.
import Link from "next/link";

export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen items-center justify-center bg-slate-50 p-6 text-slate-900">
        <main className="text-center">
          <h1 className="text-2xl font-semibold">404 · 页面不存在 · Page not found</h1>
          <p className="mt-4">
            <Link className="text-indigo-700 underline" href="/zh">
              返回首页
            </Link>{" "}
            ·{" "}
            <Link className="text-indigo-700 underline" href="/en">
              Back to the shop
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
