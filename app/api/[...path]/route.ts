// /api/* (any path no other route serves, any method) — the contract's JSON 404, not the
// storefront's HTML page.
import { withApi } from "@/lib/api/with-api";
import { AppError } from "@/lib/api/app-error";

const notFound = withApi({ access: "public" }, async () => {
  throw new AppError("not_found", "Not found");
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
