"use client";
// The last boundary: an error in the locale layout itself, where no translations are loaded.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100vh", margin: 0 }}>
        <main role="alert" style={{ textAlign: "center", padding: 24 }}>
          <h1 style={{ fontSize: 22 }}>页面加载失败 · This page could not be loaded</h1>
          <button type="button" onClick={reset} style={{ marginTop: 16, padding: "8px 16px" }}>
            重试 · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
