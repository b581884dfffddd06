// /api/admin/* (any other path, any method) — the admin guard answers first (401 without
// a token, 403 for a non-admin), then 404: nothing about the admin API leaks to others.
import { withApi } from "@/lib/api/with-api";
import { AppError } from "@/lib/api/app-error";

const notFound = withApi({ access: "admin" }, async () => {
  throw new AppError("not_found", "Not found");
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
