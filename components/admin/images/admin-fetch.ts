// The console's image editors call /api/admin/* with the operator's session cookie (as the
// stock upload does): the same endpoints and checks as automation, no second code path.
export type AdminAnswer = { ok: true; body: Record<string, unknown> } | { ok: false; reason: string };

export async function adminFetch(path: string, init: RequestInit): Promise<AdminAnswer | null> {
  try {
    const response = await fetch(path, init);
    const body = (await response.json()) as { success?: boolean; error?: string };
    return body.success ? { ok: true, body } : { ok: false, reason: body.error ?? String(response.status) };
  } catch {
    return null; // not reached: the caller says "network"
  }
}
